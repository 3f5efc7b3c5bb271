import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { DEFAULT_LIMITS, readEntries, readSmallEntry } from '../../../../electron/core/packs/zip-entries.ts';
import { rawZip, type RawEntry } from '../packs/raw-zip.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §1 "Packs carry scripts, translations, back-translations and task status": a task's
// oral translation and spoken back-translation travel as files in the pack, listed and hashed like
// every other, and the second station's database gets them back on its task.
const dirs = useTempDirs('cabina-task-recordings-pack-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

async function publish(a: Core): Promise<{ pack: string; oral: string; back: string }> {
  const imported = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'salud.mp3', title: 'Salud', languageCode: 'spa' });
  const segmentId = imported.segment.id;
  await call(a, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Si te enfermas, tienes derecho a atención médica.' });
  const task = await call(a, 'production.task.save', { segmentId, languageCode: 'mjc', mode: 'oral', backTranslation: 'Si te enfermas…' });
  const recordingOf = (role: 'oral' | 'back_translation', name: string) =>
    call(a, 'production.recording.import', { jobId: randomUUID(), taskId: task.id, role, source: { kind: 'path', path: path.join(fixtures, name) }, originalName: name });
  const oral = (await recordingOf('oral', 'speech-es.ogg')).oralRecording?.assetId ?? '';
  // A voice note the browser cannot play: it travels as the preview this station plays.
  const back = (await recordingOf('back_translation', 'speech-es.amr')).backTranslationRecording?.assetId ?? '';
  await call(a, 'production.task.move', { taskId: task.id, to: 'translated' });
  const pack = path.join(dirs.make(), 'salud.cabina');
  await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master'], redact: false, title: 'Salud', outPath: pack });
  return { pack, oral, back };
}

async function receiving(a: Core): Promise<Core> {
  const b = await cores.open(dirs.make());
  const key = await call(a, 'packs.keyInfo', {});
  await call(b, 'packs.trustKey', { publicKeyPem: key.publicKeyPem, name: 'Radio A' });
  return b;
}

const open = (core: Core, file: string) => call(core, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file) });

describe('task recordings in packs (issue #14 §1)', () => {
  it('travel as listed, hashed files and come back on the task at the other station', async () => {
    const a = await cores.open(dirs.make());
    const { pack, oral, back } = await publish(a);
    const { manifest } = await readPack(pack);
    const task = manifest.segments[0]?.production?.tasks.find((t) => t.languageCode === 'mjc');
    expect(task?.oralRecording).toMatchObject({ sha256: oral, container: expect.stringMatching(/^(ogg|opus)$/), path: expect.stringMatching(/^audio\//) });
    // The AMR original stays home; its Opus/MP3 preview is what travels.
    expect(task?.backTranslationRecording?.sha256).not.toBe(back);
    expect(task?.backTranslationRecording?.container).toMatch(/^(ogg|opus|mp3)$/);

    const b = await receiving(a);
    const preview = await open(b, pack);
    // The free-space check counts the recordings it will keep, not only the versions' audio.
    const versionBytes = (manifest.segments[0]?.versions ?? []).reduce((n, v) => n + (v.audio[0]?.sizeBytes ?? 0), 0);
    expect(preview.bytesNeeded).toBe(versionBytes + (task?.oralRecording?.sizeBytes ?? 0) + (task?.backTranslationRecording?.sizeBytes ?? 0));
    const result = await call(b, 'packs.import', { jobId: randomUUID(), openId: preview.openId });
    const there = await call(b, 'production.script.get', { segmentId: result.segmentIds[0] ?? '' });
    const mjc = there.tasks.find((t) => t.languageCode === 'mjc');
    expect(mjc).toMatchObject({ status: 'translated', mode: 'oral', backTranslation: 'Si te enfermas…', oralRecording: { assetId: oral }, backTranslationRecording: { assetId: task?.backTranslationRecording?.sha256 } });
    expect(mjc?.oralRecording?.durationSec).toBeCloseTo(task?.oralRecording?.durationSec ?? 0, 3);
    for (const assetId of [mjc?.oralRecording?.assetId ?? '', mjc?.backTranslationRecording?.assetId ?? '']) {
      expect((await b.media(new Request('http://x/'), assetId)).status).toBe(200);
    }
    // The receiving station may work on it: its oral task moves on from the recording that arrived.
    expect(await call(b, 'production.task.move', { taskId: mjc?.id ?? '', to: 'recorded' })).toMatchObject({ status: 'recorded' });
  });

  it('a pack whose task recording was altered is refused, writing nothing', async () => {
    const a = await cores.open(dirs.make());
    const { pack } = await publish(a);
    const { manifest } = await readPack(pack);
    const target = manifest.segments[0]?.production?.tasks.find((t) => t.languageCode === 'mjc')?.oralRecording?.path ?? '';
    const { zip, entries } = await readEntries(pack, DEFAULT_LIMITS);
    const rewritten: RawEntry[] = [];
    for (const [name, { entry }] of entries) {
      const data = await readSmallEntry(zip, entry, 64 * 1024 * 1024, () => new Error('too large'));
      // One byte changed, same size: only the hash can tell.
      if (name === target) data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 0xff;
      rewritten.push({ name, data, deflate: name === 'manifest.json' });
    }
    zip.close();
    const altered = path.join(dirs.make(), 'alterado.cabina');
    fs.writeFileSync(altered, rawZip(rewritten));

    const b = await receiving(a);
    await expect(open(b, altered)).rejects.toMatchObject({ code: 'pack.hash_mismatch', details: { entry: target } });
    expect((await call(b, 'production.board', {})).total).toBe(0);
  });
});
