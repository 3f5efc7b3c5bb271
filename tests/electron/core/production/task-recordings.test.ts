import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { TASK_RECORDING_MAX_SEC, type TaskRecordingRole } from '../../../../shared/domain/production.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §1: an oral translation (and a spoken back-translation) attached to a language task
// through the API the UI uses: the audio lands in the content store, plays through the media
// handler, and leaves the store when it is replaced or removed and nothing else uses it.
const dirs = useTempDirs('cabina-task-recordings-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

const fixture = (name: string) => ({ kind: 'path' as const, path: path.join(fixtures, name) });

/** A segment with a Spanish master script and an oral Mixteco task. */
async function oralTask(core: Core): Promise<{ segmentId: string; taskId: string }> {
  const imported = await call(core, 'library.import', { jobId: randomUUID(), source: fixture('speech-es.mp3'), originalName: 'salario.mp3', languageCode: 'spa' });
  const segmentId = imported.segment.id;
  await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'El salario mínimo sube el 1 de enero.' });
  const task = await call(core, 'production.task.save', { segmentId, languageCode: 'mjc', mode: 'oral' });
  return { segmentId, taskId: task.id };
}

const attach = (core: Core, taskId: string, role: TaskRecordingRole, name: string) =>
  call(core, 'production.recording.import', { jobId: randomUUID(), taskId, role, source: fixture(name), originalName: name });

/** The asset's row and its original file: both there, or both gone. */
function stored(dataDir: string, assetId: string): { file: boolean } {
  const shard = path.join(dataDir, 'store', 'originals', assetId.slice(0, 2));
  const names = fs.existsSync(shard) ? fs.readdirSync(shard) : [];
  return { file: names.some((n) => n.startsWith(assetId)) };
}

async function assetKnown(core: Core, assetId: string): Promise<boolean> {
  return (await core.media(new Request(`http://x/media/asset/${assetId}`), assetId)).status === 200;
}

/** A silent 8 kHz 8-bit mono WAV of `seconds`: cheap to write and to decode, however long. */
function silentWav(file: string, seconds: number): void {
  const bytes = Math.round(seconds * 8000);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(bytes, 40);
  fs.writeFileSync(file, Buffer.concat([header, Buffer.alloc(bytes, 128)]));
}

describe('task recordings (issue #14 §1)', () => {
  it('an oral task is translated only once it has its recording; the recording plays and is announced', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { segmentId, taskId } = await oralTask(core);
    await expect(call(core, 'production.task.move', { taskId, to: 'translated' })).rejects.toMatchObject({ code: 'production.no_oral_recording' });

    const events: string[][] = [];
    core.events.subscribe('production.changed', (e) => events.push(e.segmentIds));
    const task = await attach(core, taskId, 'oral', 'speech-es.ogg');
    expect(task.oralRecording).toMatchObject({ originalName: 'speech-es.ogg' });
    expect(task.oralRecording?.durationSec).toBeGreaterThan(1);
    expect(task.backTranslationRecording).toBeNull();
    expect(events).toEqual([[segmentId]]);
    const response = await core.media(new Request('http://x/'), task.oralRecording?.assetId ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/ogg/);

    expect(await call(core, 'production.task.move', { taskId, to: 'translated' })).toMatchObject({ status: 'translated' });
    // Read back the way the editor and the prompter read it.
    const script = await call(core, 'production.script.get', { segmentId });
    expect(script.tasks.find((t) => t.id === taskId)?.oralRecording?.assetId).toBe(task.oralRecording?.assetId);
    // A translation never shows in the Library as a segment of its own.
    expect((await call(core, 'library.search', { query: '' })).items.map((s) => s.id)).toEqual([segmentId]);
  });

  it('replacing or removing a recording frees its audio; audio a version also uses stays', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { taskId } = await oralTask(core);
    const first = (await attach(core, taskId, 'oral', 'speech-es.ogg')).oralRecording?.assetId ?? '';
    expect(stored(dataDir, first).file).toBe(true);

    const replaced = await attach(core, taskId, 'oral', 'tone-1k.wav');
    const second = replaced.oralRecording?.assetId ?? '';
    expect(second).not.toBe(first);
    expect(stored(dataDir, first).file).toBe(false);
    expect(await assetKnown(core, first)).toBe(false);

    // The back-translation is the segment's own Spanish audio: removing the recording keeps it.
    const back = await attach(core, taskId, 'back_translation', 'speech-es.mp3');
    const shared = back.backTranslationRecording?.assetId ?? '';
    expect(back.oralRecording?.assetId).toBe(second);
    const removed = await call(core, 'production.recording.remove', { taskId, role: 'back_translation' });
    expect(removed.backTranslationRecording).toBeNull();
    expect(await assetKnown(core, shared)).toBe(true);

    // The same file as both recordings: removing one keeps the bytes the other names.
    await attach(core, taskId, 'back_translation', 'tone-1k.wav');
    await call(core, 'production.recording.remove', { taskId, role: 'oral' });
    expect(stored(dataDir, second).file).toBe(true);
    await call(core, 'production.recording.remove', { taskId, role: 'back_translation' });
    expect(stored(dataDir, second).file).toBe(false);
    // Removing what is not there is no error: the task comes back as it is.
    expect(await call(core, 'production.recording.remove', { taskId, role: 'oral' })).toMatchObject({ oralRecording: null });
  });

  it('deleting a task takes its recordings with it', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { taskId } = await oralTask(core);
    const assetId = (await attach(core, taskId, 'oral', 'tone-1k.wav')).oralRecording?.assetId ?? '';
    expect(await call(core, 'production.task.delete', { taskId })).toEqual({ deleted: true });
    expect(stored(dataDir, assetId).file).toBe(false);
    expect(await assetKnown(core, assetId)).toBe(false);
  });

  it('refuses a file that is not audio, one that is too long, and a task that is gone, leaving nothing in the store', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const { taskId } = await oralTask(core);
    await expect(attach(core, taskId, 'oral', 'text.mp3')).rejects.toMatchObject({ code: 'import.not_audio' });

    const long = path.join(dirs.make(), 'larga.wav');
    silentWav(long, TASK_RECORDING_MAX_SEC + 5);
    await expect(call(core, 'production.recording.import', { jobId: randomUUID(), taskId, role: 'oral', source: { kind: 'path', path: long }, originalName: 'larga.wav' })).rejects.toMatchObject({
      code: 'production.recording_too_long',
      details: { name: 'larga.wav', minutes: 30 },
    });
    await expect(attach(core, randomUUID(), 'oral', 'tone-1k.wav')).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(core, 'production.recording.attach', { taskId, role: 'oral', assetId: 'a'.repeat(64), originalName: 'toma.wav' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(core, 'production.recording.remove', { taskId, role: 'spoken' as TaskRecordingRole })).rejects.toMatchObject({ code: 'invalid_input' });

    // Only the segment's own audio is in the store.
    const originals = path.join(dataDir, 'store', 'originals');
    const files = fs.readdirSync(originals).flatMap((shard) => fs.readdirSync(path.join(originals, shard)));
    expect(files).toHaveLength(1);
    expect((await call(core, 'production.script.get', { segmentId: (await call(core, 'production.board', {})).rows[0]?.segmentId ?? '' })).tasks.find((t) => t.id === taskId)?.oralRecording).toBeNull();
  });

  it('a take recorded in Grabar becomes the oral translation', async () => {
    const core = await cores.open(dirs.make());
    const { taskId } = await oralTask(core);
    const take = await call(core, 'recording.start', { target: { kind: 'new', title: 'Traducción oral' }, languageCode: 'mjc', sampleRate: 16_000, channels: 1 });
    const pcm = new Uint8Array(new Int16Array(8000).map((_, i) => Math.round(8000 * Math.sin(i / 5))).buffer);
    for (let i = 0; i < 4; i += 1) await call(core, 'recording.appendChunk', { id: take.id, offset: i * pcm.length, pcm });
    const stopped = await call(core, 'recording.stop', { id: take.id, jobId: randomUUID() });
    const assetId = stopped.assetId ?? '';
    const task = await call(core, 'production.recording.attach', { taskId, role: 'oral', assetId, originalName: 'Traducción oral' });
    expect(task.oralRecording).toMatchObject({ assetId, originalName: 'Traducción oral' });
    // The take and its draft segment go; the translation keeps the audio.
    await call(core, 'recording.discard', { id: take.id });
    expect(await assetKnown(core, assetId)).toBe(true);
  });
});
