import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { main } from '../../../../electron/core/cli.ts';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { DEFAULT_LIMITS, readEntries } from '../../../../electron/core/packs/zip-entries.ts';
import { manifestFiles, taskRecordings } from '../../../../shared/domain/pack-manifest.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// `includeTaskRecordings` (default on): a distribution pack sent by WhatsApp can leave Producción's
// oral translations and back-translations at home. The scripts and task statuses still travel,
// and the other station imports it with tasks that simply have no recording.
const dirs = useTempDirs('cabina-pack-task-audio-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

/** A segment with a master script, an oral Mixteco task with both recordings, marked translated. */
async function segmentWithRecordings(a: Core): Promise<{ segmentId: string; recordings: string[] }> {
  const imported = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'salud.mp3', title: 'Salud', languageCode: 'spa' });
  const segmentId = imported.segment.id;
  await call(a, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Si te enfermas, tienes derecho a atención médica.' });
  const task = await call(a, 'production.task.save', { segmentId, languageCode: 'mjc', mode: 'oral', backTranslation: 'Si te enfermas…' });
  const attach = (role: 'oral' | 'back_translation', name: string) =>
    call(a, 'production.recording.import', { jobId: randomUUID(), taskId: task.id, role, source: { kind: 'path', path: path.join(fixtures, name) }, originalName: name });
  const oral = (await attach('oral', 'speech-es.ogg')).oralRecording?.assetId ?? '';
  const back = (await attach('back_translation', 'tone-1k.wav')).backTranslationRecording?.assetId ?? '';
  await call(a, 'production.task.move', { taskId: task.id, to: 'translated' });
  return { segmentId, recordings: [oral, back] };
}

async function entryNames(pack: string): Promise<string[]> {
  const { zip, entries } = await readEntries(pack, DEFAULT_LIMITS);
  zip.close();
  return [...entries.keys()].sort();
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main([...args, '--lang', 'en'], { out: (t) => out.push(t), err: (t) => out.push(t) }, {});
  return { code, out: out.join('\n') };
}

describe('packs with and without task recordings', () => {
  it('carry the recordings by default; without them, the same scripts and statuses and no recording files', async () => {
    const a = await cores.open(dirs.make());
    const { segmentId, recordings } = await segmentWithRecordings(a);
    const selection = { segmentIds: [segmentId], encodes: ['master' as const], redact: false };
    const full = path.join(dirs.make(), 'completo.cabina');
    const light = path.join(dirs.make(), 'ligero.cabina');
    await call(a, 'packs.build', { ...selection, jobId: randomUUID(), title: 'Salud', outPath: full });
    const built = await call(a, 'packs.build', { ...selection, includeTaskRecordings: false, jobId: randomUUID(), title: 'Salud', outPath: light });
    expect(built.sizeBytes).toBe(fs.statSync(light).size);

    const withAudio = (await readPack(full)).manifest;
    const without = (await readPack(light)).manifest;
    const carried = taskRecordings(withAudio.segments[0]?.production);
    expect(carried).toHaveLength(2);
    expect(taskRecordings(without.segments[0]?.production)).toEqual([]);
    // Everything but the recordings is the same production.
    const strip = (m: typeof withAudio) => m.segments[0]?.production?.tasks.map(({ oralRecording: _o, backTranslationRecording: _b, ...rest }) => rest);
    expect(strip(without)).toEqual(strip(withAudio));
    expect(without.segments[0]?.production?.script).toEqual(withAudio.segments[0]?.production?.script);
    expect(without.segments[0]?.production?.tasks.find((t) => t.languageCode === 'mjc')).toMatchObject({ languageCode: 'mjc', status: 'translated', mode: 'oral', backTranslation: 'Si te enfermas…' });

    // The zip holds the recording files only when asked, and lists no file it does not hold.
    const fullNames = await entryNames(full);
    const lightNames = await entryNames(light);
    for (const r of carried) {
      expect(fullNames).toContain(r.path);
      expect(lightNames).not.toContain(r.path);
    }
    expect(fullNames.filter((n) => !lightNames.includes(n)).sort()).toEqual(carried.map((r) => r.path).sort());
    expect(manifestFiles(without).map((f) => f.path).sort()).toEqual(lightNames.filter((n) => !n.startsWith('manifest.')));
    expect(fs.statSync(light).size).toBeLessThan(fs.statSync(full).size);

    // The estimate shown before building agrees.
    const estimateWith = await call(a, 'packs.estimate', selection);
    const estimateWithout = await call(a, 'packs.estimate', { ...selection, includeTaskRecordings: false });
    expect(estimateWith.sizeBytes - estimateWithout.sizeBytes).toBeGreaterThanOrEqual(carried.reduce((n, r) => n + r.sizeBytes, 0));

    // A fresh station imports the light pack: the task is there, translated, with no recording.
    const b = await cores.open(dirs.make());
    const key = await call(a, 'packs.keyInfo', {});
    await call(b, 'packs.trustKey', { publicKeyPem: key.publicKeyPem, name: 'IREX' });
    const preview = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: light }, originalName: 'ligero.cabina' });
    const result = await call(b, 'packs.import', { jobId: randomUUID(), openId: preview.openId });
    expect(result.imported).toBe(1);
    const there = await call(b, 'production.script.get', { segmentId: result.segmentIds[0] ?? '' });
    expect(there.revisions[0]?.text).toBe('Si te enfermas, tienes derecho a atención médica.');
    expect(there.tasks.find((t) => t.languageCode === 'mjc')).toMatchObject({ status: 'translated', mode: 'oral', backTranslation: 'Si te enfermas…', oralRecording: null, backTranslationRecording: null });
    for (const assetId of recordings) expect((await b.media(new Request('http://x/'), assetId)).status).toBe(404);
  });

  it('the CLI leaves them out with --no-task-recordings', async () => {
    const dataDir = dirs.make();
    const a = await cores.open(dataDir);
    const { segmentId } = await segmentWithRecordings(a);
    const out = path.join(dirs.make(), 'whatsapp.cabina');
    const built = await cli(['pack', 'build', '--segment', segmentId, '--encodes', 'master', '--no-task-recordings', '--out', out, '--data-dir', dataDir]);
    expect(built.code).toBe(0);
    expect(taskRecordings((await readPack(out)).manifest.segments[0]?.production)).toEqual([]);
    const usage = await cli(['--help']);
    expect(usage.out).toContain('--no-task-recordings');
  });
});
