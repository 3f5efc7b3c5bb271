import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call } from '../support/core-calls.ts';
import { useTempDir } from '../support/temp-dirs.ts';
import { decodeMono, toneShare } from './tone-measure.ts';

// Issue #14 §2 across rooms: a listener's voice note, redacted at the station that received it,
// taken to the Library, packed, imported by another station, scheduled and exported for its
// playout PC. The bleep must be in what the other station airs, and the unredacted original must
// never leave the first one.

const root = useTempDir('cabina-voices-travel-', 'all');
const DAY = '2026-12-07';
// 08:00 in Mexico City that Monday.
const clock = () => new Date('2026-12-07T14:00:00Z');
const cores: Core[] = [];
let fixtures = '';

beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterAll(() => {
  for (const c of cores.splice(0)) c.close();
});

async function station(): Promise<Core> {
  const core = await createCore({ dataDir: fs.mkdtempSync(path.join(root.path, 'station-')), transport: 'cli', clock });
  cores.push(core);
  return core;
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a redacted testimony travels to another station and airs redacted', () => {
  it('the pack carries only the redacted rendition; the receiving station exports the bleep', async () => {
    const a = await station();
    const note = path.join(fixtures, 'speech-es.opus');
    const t = await call(a, 'voices.import', { jobId: randomUUID(), source: { kind: 'path', path: note }, originalName: 'nota.opus' });
    await call(a, 'voices.update', { id: t.id, languageCode: 'spa' });
    await call(a, 'voices.consent.add', { id: t.id, givenBy: 'la persona que llamó', uses: ['broadcast'], method: 'checkbox', atSec: null, givenOn: '2026-11-20' });
    await call(a, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.5, note: 'nombre del contratista' }] });
    const { segmentId } = await call(a, 'voices.publish', { id: t.id, jobId: randomUUID(), title: 'Voces del campo' });

    const packFile = path.join(root.path, 'voces.cabina');
    await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master'], redact: false, title: 'Voces', outPath: packFile });
    const { manifest } = await readPack(packFile);
    const carried = manifest.segments.flatMap((s) => s.versions.flatMap((v) => v.audio.map((x) => x.sha256)));
    expect(carried.length).toBeGreaterThan(0);
    // Neither the voice note as received nor the testimony's stored original is in the pack.
    expect(carried).not.toContain(sha(note));
    expect(carried).not.toContain(t.assetId);

    const b = await station();
    const opened = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: packFile }, originalName: 'voces.cabina' });
    await call(b, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: true });
    const imported = (await call(b, 'library.search', {})).items.find((s) => s.title === 'Voces del campo');
    expect(imported).toBeDefined();
    // The receiving station has no testimony: Voces stays at the station the listener called.
    expect((await call(b, 'voices.list', {})).total).toBe(0);

    await call(b, 'station.set', { timeZone: 'America/Mexico_City' });
    const program = await call(b, 'schedule.program.save', { title: 'Voces del campo', startTime: '07:00', durationMin: 30, rrule: 'FREQ=DAILY', startDate: DAY, languages: ['spa'] });
    const week = await call(b, 'schedule.week', { from: DAY, days: 1 });
    const instance = week.instances.find((i) => i.programId === program.id);
    await call(b, 'schedule.rundown.add', { instanceId: instance?.id ?? '', kind: 'segment', segmentId: imported?.id ?? '' });
    const outDir = fs.mkdtempSync(path.join(root.path, 'usb-'));
    await call(b, 'schedule.export', { jobId: randomUUID(), from: DAY, to: DAY, format: 'm3u', outDir, copyAudio: true });
    const shipped = fs.readdirSync(path.join(outDir, 'audio')).map((n) => path.join(outDir, 'audio', n));
    expect(shipped).toHaveLength(1);
    const aired = decodeMono(shipped[0] ?? '');
    expect(toneShare(aired, 0.55, 1.45, 1000)).toBeGreaterThan(0.9);
    expect(toneShare(decodeMono(note), 0.55, 1.45, 1000)).toBeLessThan(0.2);
  }, 120_000);
});
