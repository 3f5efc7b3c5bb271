import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { decodeMono, medianPitchHz, toneShare } from './tone-measure.ts';

// Issue #14 §2 through the API the UI uses: a WhatsApp voice note becomes a testimony, its consent
// decides every exit, its redaction is what leaves (played back and measured), deleting it deletes
// its audio.
const dirs = useTempDirs('cabina-voices-api-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

const job = () => randomUUID();

async function importNote(core: Core, file = 'speech-es.opus') {
  return call(core, 'voices.import', { jobId: job(), source: { kind: 'path', path: path.join(fixtures, file) }, originalName: file });
}

const consent = (uses: ('internal' | 'anonymised' | 'broadcast')[], givenOn = '2026-11-20') => ({ givenBy: 'la persona que llamó', uses, method: 'checkbox' as const, atSec: null, givenOn });

describe('Voces through the API (issue #14 §2)', () => {
  it('imports Opus, AMR and M4A voice notes as testimonies and lists them with their consent', async () => {
    const core = await cores.open(dirs.make());
    const changed: string[][] = [];
    core.events.subscribe('voices.changed', (e) => changed.push(e.ids));
    const opus = await importNote(core, 'speech-es.opus');
    const amr = await importNote(core, 'speech-es.amr');
    const m4a = await importNote(core, 'speech-es.m4a');
    for (const t of [opus, amr, m4a]) {
      expect(t).toMatchObject({ source: 'voice_note', redactions: [], consents: [], disguise: 'none', segmentId: null });
      expect(t.durationSec).toBeGreaterThan(3);
    }
    expect(changed).toEqual([[opus.id], [amr.id], [m4a.id]]);

    await call(core, 'voices.update', { id: amr.id, categories: ['salarios-no-pagados', 'vivienda'], summary: 'No les pagan desde hace tres semanas.', work: { stateCode: '25', municipalityCode: '25006' } });
    await call(core, 'voices.consent.add', { id: amr.id, ...consent(['internal', 'anonymised']) });
    const list = await call(core, 'voices.list', {});
    expect(list.total).toBe(3);
    const row = list.rows.find((r) => r.id === amr.id);
    expect(row).toMatchObject({ categories: ['salarios-no-pagados', 'vivienda'], workState: '25', consentUses: ['internal', 'anonymised'] });
    expect((await call(core, 'voices.list', { category: 'vivienda' })).rows.map((r) => r.id)).toEqual([amr.id]);
    expect((await call(core, 'voices.list', { stateCode: '25' })).rows.map((r) => r.id)).toEqual([amr.id]);
    expect((await call(core, 'voices.list', { query: 'tres semanas' })).total).toBe(1);
  });

  it('refuses unknown places, categories and spans past the end, with the field named', async () => {
    const core = await cores.open(dirs.make());
    const t = await importNote(core);
    await expect(call(core, 'voices.update', { id: t.id, work: { stateCode: '25', municipalityCode: '25999' } })).rejects.toMatchObject({ code: 'invalid_input', details: { field: 'work.municipalityCode' } });
    await expect(call(core, 'voices.update', { id: t.id, origin: { stateCode: '20', municipalityCode: '25006' } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call(core, 'voices.update', { id: t.id, categories: ['brujería'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 1, endSec: 60 }] })).rejects.toMatchObject({ code: 'voices.redaction_outside' });
    await expect(call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 2, endSec: 1 }] })).rejects.toMatchObject({ code: 'invalid_input' });
    const note = await call(core, 'voices.create', { assetId: null });
    await expect(call(core, 'voices.redactions.save', { id: note.id, redactions: [{ kind: 'cut', startSec: 0, endSec: 1 }] })).rejects.toMatchObject({ code: 'voices.no_audio' });
    await expect(call(core, 'voices.consent.add', { id: t.id, givenBy: 'ella', uses: ['broadcast'], method: 'audio', atSec: null, givenOn: '2026-11-20' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('lets nothing leave without the consent that covers it; the latest record is the one in force', async () => {
    const core = await cores.open(dirs.make());
    const t = await importNote(core);
    const exportAs = (use: 'broadcast' | 'anonymised') => call(core, 'voices.export', { id: t.id, jobId: job(), use });
    await expect(exportAs('broadcast')).rejects.toMatchObject({ code: 'voices.consent_missing', details: { id: t.id, use: 'broadcast' } });
    await expect(call(core, 'voices.publish', { id: t.id, jobId: job(), title: 'Testimonio' })).rejects.toMatchObject({ code: 'voices.consent_missing' });

    await call(core, 'voices.consent.add', { id: t.id, ...consent(['anonymised']) });
    await expect(exportAs('broadcast')).rejects.toMatchObject({ code: 'voices.consent_missing' });
    const report = await exportAs('anonymised');
    expect(path.basename(report.files[0] ?? '')).toMatch(/^testimonio-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-informe\.mp3$/);
    expect(existsSync(report.files[0] ?? '')).toBe(true);

    // Consent said on the call, then withdrawn a week later: the withdrawal is in force.
    await call(core, 'voices.consent.add', { id: t.id, givenBy: 'ella misma', uses: ['anonymised', 'broadcast'], method: 'audio', atSec: 2.5, givenOn: '2026-11-21' });
    expect((await exportAs('broadcast')).files).toHaveLength(1);
    const withdrawn = await call(core, 'voices.consent.add', { id: t.id, ...consent([], '2026-11-28') });
    expect(withdrawn.consents.map((c) => c.uses)).toEqual([['anonymised'], ['anonymised', 'broadcast'], []]);
    await expect(exportAs('anonymised')).rejects.toMatchObject({ code: 'voices.consent_missing' });
  });

  it('renders the redaction into what leaves: a bleep measured as a 1 kHz tone, a cut that shortens it', async () => {
    const core = await cores.open(dirs.make());
    const t = await importNote(core);
    await call(core, 'voices.consent.add', { id: t.id, ...consent(['broadcast']) });
    const original = decodeMono(path.join(fixtures, 'speech-es.opus'));
    expect(toneShare(original, 0.5, 1.5, 1000)).toBeLessThan(0.2);

    await call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.5, note: 'nombre' }] });
    const bleeped = decodeMono((await call(core, 'voices.export', { id: t.id, jobId: job(), use: 'broadcast', format: 'wav' })).files[0] ?? '');
    expect(toneShare(bleeped, 0.55, 1.45, 1000)).toBeGreaterThan(0.95);
    expect(toneShare(bleeped, 2.0, 3.0, 1000)).toBeLessThan(0.2);
    expect(bleeped.length / 48000).toBeCloseTo(t.durationSec ?? 0, 1);

    await call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.5, note: '' }, { kind: 'cut', startSec: 2.0, endSec: 3.0, note: 'lugar' }] });
    const preview = await call(core, 'voices.preview', { id: t.id, jobId: job() });
    expect(preview.durationSec).toBeCloseTo((t.durationSec ?? 0) - 1, 1);
    const response = await core.media(new Request(`http://cabina/media/${preview.mediaId}`), preview.mediaId);
    expect(response.status).toBe(200);
    const cut = decodeMono((await call(core, 'voices.export', { id: t.id, jobId: job(), use: 'broadcast', format: 'wav' })).files[0] ?? '');
    expect(cut.length / 48000).toBeCloseTo((t.durationSec ?? 0) - 1, 1);
    expect(toneShare(cut, 0.55, 1.45, 1000)).toBeGreaterThan(0.95);
  });

  it('disguises the voice (pitched down) without moving the bleep', async () => {
    const core = await cores.open(dirs.make());
    const t = await importNote(core, 'speech-es-16.wav');
    await call(core, 'voices.consent.add', { id: t.id, ...consent(['broadcast']) });
    await call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.0 }] });
    const plain = decodeMono((await call(core, 'voices.export', { id: t.id, jobId: job(), use: 'broadcast', format: 'wav' })).files[0] ?? '');
    await call(core, 'voices.update', { id: t.id, disguise: 'lower' });
    const lower = decodeMono((await call(core, 'voices.export', { id: t.id, jobId: job(), use: 'broadcast', format: 'wav' })).files[0] ?? '');
    // Rubber Band's own latency trims some tens of milliseconds; the bleep is laid after it, on time.
    expect(Math.abs(lower.length - plain.length) / 48000).toBeLessThan(0.1);
    expect(toneShare(lower, 0.55, 0.95, 1000)).toBeGreaterThan(0.95);
    // Rubber Band at 0.8: the voice's fundamental falls by about a fifth.
    const ratio = medianPitchHz(lower, 1.0, 3.5) / medianPitchHz(plain, 1.0, 3.5);
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(0.9);
  });

  it('deletes a testimony with its audio, and keeps bytes another testimony still uses', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const first = await importNote(core);
    const again = await importNote(core);
    expect(again.assetId).toBe(first.assetId);
    const stored = readdirSync(path.join(dataDir, 'store', 'originals'), { recursive: true, encoding: 'utf8' }).find((f) => f.includes(first.assetId ?? '-'));
    const original = path.join(dataDir, 'store', 'originals', stored ?? 'missing');
    expect(existsSync(original)).toBe(true);
    expect(await call(core, 'voices.delete', { id: first.id })).toEqual({ deleted: true });
    expect(existsSync(original)).toBe(true);
    expect(await call(core, 'voices.delete', { id: again.id })).toEqual({ deleted: true });
    expect(existsSync(original)).toBe(false);
    expect(await call(core, 'voices.delete', { id: again.id })).toEqual({ deleted: false });
    await expect(call(core, 'voices.get', { id: again.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('"Llevar a la Biblioteca" makes a segment of the redacted audio; a withdrawn consent stops its pack', async () => {
    const core = await cores.open(dirs.make());
    const t = await importNote(core);
    await call(core, 'voices.update', { id: t.id, languageCode: 'spa' });
    await call(core, 'voices.consent.add', { id: t.id, ...consent(['broadcast']) });
    await call(core, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.5 }] });
    const { segmentId } = await call(core, 'voices.publish', { id: t.id, jobId: job(), title: 'Voces del campo: salarios' });
    const segment = await call(core, 'segments.get', { id: segmentId });
    const version = segment.versions[0];
    expect(version?.asset.id).not.toBe(t.assetId);
    expect(version?.languageCode).toBe('spa');
    expect((await call(core, 'voices.get', { id: t.id })).segmentId).toBe(segmentId);

    const build = () => call(core, 'packs.build', { jobId: job(), title: 'Voces', segmentIds: [segmentId], encodes: ['opus'] });
    expect((await build()).segments).toBe(1);
    await call(core, 'voices.consent.add', { id: t.id, ...consent([], '2026-11-30') });
    // From the day of the withdrawal the segment is no longer valid: the parrilla leaves it out.
    expect((await call(core, 'segments.get', { id: segmentId })).validUntil).toBe('2026-11-29');
    await expect(build()).rejects.toMatchObject({ code: 'voices.pack_consent', details: { segmentId, title: 'Voces del campo: salarios' } });
  });

  it('exports the anonymised summary as CSV with a BOM, counting only consented testimonies', async () => {
    const core = await cores.open(dirs.make());
    const make = async (receivedOn: string, categories: string[], workState: string, uses: ('anonymised' | 'internal')[]) => {
      const t = await call(core, 'voices.create', { assetId: null });
      await call(core, 'voices.update', { id: t.id, receivedOn, categories, work: { stateCode: workState, municipalityCode: null } });
      if (uses.length > 0) await call(core, 'voices.consent.add', { id: t.id, ...consent(uses) });
    };
    await make('2026-10-03', ['salarios-no-pagados'], '25', ['anonymised']);
    await make('2026-10-17', ['salarios-no-pagados', 'vivienda'], '25', ['anonymised']);
    await make('2026-11-02', ['vivienda'], '26', ['internal']);
    await make('2026-11-09', [], '26', []);
    const summary = await call(core, 'voices.summary', { from: '2026-10', to: '2026-11', placeRole: 'work' });
    expect(summary).toEqual({
      cells: [
        { category: 'salarios-no-pagados', stateCode: '25', month: '2026-10', count: 2 },
        { category: 'vivienda', stateCode: '25', month: '2026-10', count: 1 },
      ],
      counted: 2,
      leftOut: 2,
      stations: 1,
    });
    const { files } = await call(core, 'voices.summary.export', { from: '2026-10', to: '2026-11', placeRole: 'work', jobId: job(), format: 'csv', lang: 'es' });
    const csv = readFileSync(files[0] ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Salarios no pagados,Sinaloa,25,2026-10,2');
    expect(path.basename(files[0] ?? '')).toBe('testimonios-radio-2026-10-2026-11-work.csv');
    expect(csv).toContain('No contados (su consentimiento no cubre informes anónimos),2');
  });
});
