import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core-types.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §2 across rooms: a station's testimonies reach IREX only as anonymised counts inside
// its signed receipt, and IREX's network summary adds stations up without double-counting a month.
const dirs = useTempDirs('cabina-voices-receipts-');
const cores = useCores();

async function testimony(core: Core, receivedOn: string, categories: string[], origin: string, work: string, uses: ('anonymised' | 'internal')[]) {
  const t = await call(core, 'voices.create', { assetId: null });
  await call(core, 'voices.update', { id: t.id, receivedOn, categories, summary: 'El enganchador se llama Fulano y cobra 2000 pesos.', origin: { stateCode: origin, municipalityCode: null }, work: { stateCode: work, municipalityCode: null } });
  await call(core, 'voices.consent.add', { id: t.id, givenBy: 'quien llamó', uses, method: 'checkbox', atSec: null, givenOn: receivedOn });
  return t;
}

const importAt = (irex: Core, file: string) =>
  call(irex, 'receipts.import', { jobId: randomUUID(), files: [{ source: { kind: 'path', path: file }, originalName: path.basename(file) }], trust: [] });

describe('testimony counts in receipts (issue #14 §2)', () => {
  it('carry only counts; IREX sums stations and a newer receipt replaces a month instead of adding to it', async () => {
    const station = await cores.open(dirs.make());
    const irex = await cores.open(dirs.make());
    const counted = await testimony(station, '2026-10-05', ['fraude-reclutamiento', 'transporte'], '12', '25', ['anonymised']);
    await testimony(station, '2026-10-20', ['fraude-reclutamiento'], '20', '25', ['anonymised']);
    await testimony(station, '2026-10-22', ['violencia'], '20', '26', ['internal']);

    const first = await call(station, 'receipts.build', { from: '2026-10-01', to: '2026-10-31' });
    const body = JSON.parse(gunzipSync(Buffer.from(JSON.parse(readFileSync(first.path, 'utf8')).body, 'base64')).toString('utf8')) as Record<string, unknown>;
    const travelling = JSON.stringify(body.testimonies);
    expect(body.testimonies).toMatchObject({ months: ['2026-10'], totals: [{ month: '2026-10', counted: 2 }] });
    // Nothing in it names a person, a testimony or what they said; the internal-only one is not there at all.
    for (const secret of [counted.id, 'Fulano', '2000 pesos', 'violencia']) expect(travelling).not.toContain(secret);

    const trust = await call(irex, 'receipts.trustStation', { source: { kind: 'path', path: first.path }, originalName: first.fileName });
    expect(trust.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await importAt(irex, first.path))[0]).toMatchObject({ ok: true });
    const network = () => call(irex, 'voices.summary', { from: '2026-10', to: '2026-10', placeRole: 'work', scope: 'network' });
    expect(await network()).toEqual({
      cells: [
        { category: 'fraude-reclutamiento', stateCode: '25', month: '2026-10', count: 2 },
        { category: 'transporte', stateCode: '25', month: '2026-10', count: 1 },
      ],
      counted: 2, leftOut: 0, stations: 1,
    });
    expect((await call(irex, 'voices.summary', { from: '2026-10', to: '2026-10', placeRole: 'origin', scope: 'network' })).cells.map((c) => `${c.category}:${c.stateCode}`)).toEqual([
      'fraude-reclutamiento:12', 'fraude-reclutamiento:20', 'transporte:12',
    ]);

    // A late entry for October, then a receipt for the whole autumn: October is replaced, not doubled.
    await testimony(station, '2026-10-30', ['salud'], '20', '25', ['anonymised']);
    const wider = await call(station, 'receipts.build', { from: '2026-09-15', to: '2026-11-10' });
    expect((await importAt(irex, wider.path))[0]).toMatchObject({ ok: true });
    const after = await network();
    expect(after.counted).toBe(3);
    expect(after.cells.find((c) => c.category === 'fraude-reclutamiento')?.count).toBe(2);
    expect(after.cells.find((c) => c.category === 'salud')?.count).toBe(1);
  });
});
