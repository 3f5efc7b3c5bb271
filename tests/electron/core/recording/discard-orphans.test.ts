import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Discarding a take removes exactly what the take wrote: its session row and WAV, its version (and
// the draft segment it made, with its search row), its asset row, cached analysis and files in the
// content store — unless something else still names those bytes — and a language task's claim
// that it was recorded with that version.
const dirs = useTempDirs('cabina-discard-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

/** A 440 Hz tone as 16-bit mono PCM at 16 kHz; the same `seconds` give the same bytes. */
function tone(seconds: number): Uint8Array<ArrayBuffer> {
  const out = new Int16Array(Math.round(seconds * 16_000));
  for (let i = 0; i < out.length; i += 1) out[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 16_000));
  return new Uint8Array(out.buffer);
}

type Target = { kind: 'new'; title: string } | { kind: 'existing'; segmentId: string };

async function recordTake(core: Core, target: Target, languageCode: string, seconds = 1) {
  const started = await call(core, 'recording.start', { target, languageCode, sampleRate: 16_000, channels: 1 });
  await call(core, 'recording.appendChunk', { id: started.id, offset: 0, pcm: tone(seconds) });
  const take = await call(core, 'recording.stop', { id: started.id, jobId: randomUUID() });
  if (!take.assetId || !take.versionId || !take.segmentId) throw new Error('take not imported');
  return { ...take, assetId: take.assetId, versionId: take.versionId, segmentId: take.segmentId };
}

/** Row counts per table, read through a second connection (what a user's disk holds, not a cache). */
function rows(core: Core, sql: string, ...args: unknown[]): number {
  const db = new Database(path.join(core.dataDir, 'cabina.db'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(...args) as number;
  } finally {
    db.close();
  }
}

function assetIds(core: Core): string[] {
  const db = new Database(path.join(core.dataDir, 'cabina.db'), { readonly: true });
  try {
    return db.prepare('SELECT id FROM assets ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** The asset ids the store holds a file for: originals, previews and peaks (content-store.ts, audio-store.ts). */
function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'store');
  const walk = (dir: string): string[] =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [e.name])) : [];
  const ids = ['originals', 'previews', 'peaks'].flatMap((kind) => walk(path.join(root, kind))).map((name) => name.split('.')[0] ?? name);
  return [...new Set(ids)].sort();
}

/** Every file in the store belongs to an asset row, and every asset row has its original. */
function expectNoOrphans(core: Core): void {
  expect(storedFiles(core.dataDir)).toEqual(assetIds(core));
  expect(rows(core, 'SELECT asset_id FROM audio_analysis WHERE asset_id NOT IN (SELECT id FROM assets)')).toBe(0);
  const recordings = path.join(core.dataDir, 'recordings');
  expect(fs.existsSync(recordings) ? fs.readdirSync(recordings) : []).toEqual([]);
}

describe('recording.discard leaves no orphans', () => {
  it('a plain take: session, WAV, version, its draft segment and search row, asset, analysis and peaks all go', async () => {
    const core = await cores.open(dirs.make());
    const take = await recordTake(core, { kind: 'new', title: 'Aviso de lluvias' }, 'spa');
    // Analysis writes the cached row and the peaks file: both are the take's too.
    await call(core, 'audio.analysis', { versionId: take.versionId, jobId: randomUUID() });
    expect(rows(core, 'SELECT 1 FROM audio_analysis WHERE asset_id = ?', take.assetId)).toBe(1);
    expect(fs.existsSync(path.join(core.dataDir, 'store', 'peaks', `${take.assetId}.peaks`))).toBe(true);

    expect(await call(core, 'recording.discard', { id: take.id })).toEqual({ discarded: true });
    expect(rows(core, 'SELECT 1 FROM recording_sessions')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM versions')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM segments')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM segments_fts')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM assets')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM audio_analysis')).toBe(0);
    expect(storedFiles(core.dataDir)).toEqual([]);
    expect((await call(core, 'library.search', { query: 'lluvias' })).items).toEqual([]);
    expectNoOrphans(core);
  });

  it('an asset another take still names survives; the last discard frees it', async () => {
    const core = await cores.open(dirs.make());
    const first = await recordTake(core, { kind: 'new', title: 'Dos tomas iguales' }, 'spa');
    const second = await recordTake(core, { kind: 'existing', segmentId: first.segmentId }, 'spa');
    // The same samples in the same format: the same bytes, one asset in the store.
    expect(second.assetId).toBe(first.assetId);

    await call(core, 'recording.discard', { id: second.id });
    expect(assetIds(core)).toEqual([first.assetId]);
    expect(storedFiles(core.dataDir)).toEqual([first.assetId]);
    expect((await call(core, 'segments.get', { id: first.segmentId })).versions.map((v) => v.id)).toEqual([first.versionId]);
    expect((await core.media(new Request(`http://x/media/asset/${first.assetId}`), first.assetId)).status).toBe(200);

    await call(core, 'recording.discard', { id: first.id });
    expect(assetIds(core)).toEqual([]);
    expectNoOrphans(core);
  });

  it('a take recorded for a translated task: the task is no longer recorded, the segment and its own audio stay', async () => {
    const core = await cores.open(dirs.make());
    const imported = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'salario.mp3', languageCode: 'spa' });
    const segmentId = imported.segment.id;
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'El salario mínimo sube el 1 de enero.' });
    const saved = await call(core, 'production.task.save', { segmentId, languageCode: 'mjc', mode: 'written', translation: 'Tu̱ʼun ñuu' });
    await call(core, 'production.task.move', { taskId: saved.id, to: 'translated' });
    const changed: unknown[] = [];
    core.events.on((name, payload) => name === 'production.changed' && changed.push(payload));

    const ownAsset = (await call(core, 'segments.get', { id: segmentId })).versions[0]?.asset.id;
    const take = await recordTake(core, { kind: 'existing', segmentId }, 'mjc');
    const task = () => call(core, 'production.script.get', { segmentId }).then((s) => s.tasks.find((t) => t.id === saved.id));
    expect(await task()).toMatchObject({ status: 'recorded', versionId: take.versionId });

    changed.length = 0;
    await call(core, 'recording.discard', { id: take.id });
    expect(await task()).toMatchObject({ status: 'translated', versionId: null, outdated: false });
    expect(changed).toEqual([{ segmentIds: [segmentId] }]);
    expect((await call(core, 'segments.get', { id: segmentId })).versions.map((v) => v.languageCode)).toEqual(['spa']);
    expect(rows(core, 'SELECT 1 FROM versions WHERE id = ?', take.versionId)).toBe(0);
    expect(assetIds(core)).toEqual([ownAsset]);
    expectNoOrphans(core);
  });

  it('a take that became an oral translation: the take and its draft segment go, the task keeps the audio until it is removed', async () => {
    const core = await cores.open(dirs.make());
    const imported = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'salario.mp3', languageCode: 'spa' });
    const segmentId = imported.segment.id;
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'El salario mínimo sube el 1 de enero.' });
    const { id: taskId } = await call(core, 'production.task.save', { segmentId, languageCode: 'mjc', mode: 'oral' });
    // As Grabar does it (oral-take-choice.tsx): a take into a draft segment, attached, then discarded.
    const take = await recordTake(core, { kind: 'new', title: 'Traducción oral' }, 'mjc');
    await call(core, 'production.recording.attach', { taskId, role: 'oral', assetId: take.assetId, originalName: 'Traducción oral' });
    await call(core, 'recording.discard', { id: take.id });

    expect(rows(core, 'SELECT 1 FROM recording_sessions')).toBe(0);
    expect(rows(core, 'SELECT 1 FROM segments WHERE id = ?', take.segmentId)).toBe(0);
    expect(rows(core, 'SELECT 1 FROM segments')).toBe(1);
    expect(rows(core, 'SELECT 1 FROM segments_fts')).toBe(1);
    expect(rows(core, 'SELECT 1 FROM task_recordings WHERE task_id = ? AND asset_id = ?', taskId, take.assetId)).toBe(1);
    expect(assetIds(core)).toContain(take.assetId);
    expectNoOrphans(core);

    await call(core, 'production.recording.remove', { taskId, role: 'oral' });
    expect(assetIds(core)).not.toContain(take.assetId);
    expectNoOrphans(core);
  });
});
