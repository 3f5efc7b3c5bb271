import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { main } from '../../../../electron/core/cli.ts';
import { parseWavHeader } from '../../../../electron/core/audio/wav/wav-format.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const open: Core[] = [];
const tempDirs = useTempDirs('cabina-rec-');
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function newCore(dataDir = tempDirs.make()): Promise<Core> {
  const core = await createCore({ dataDir, transport: 'cli' });
  open.push(core);
  return core;
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as MethodOutput<M>;
}

/** A 440 Hz tone at -12 dBFS as 16-bit mono PCM. */
function tone(seconds: number, rate = 16_000, startSample = 0): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * rate);
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i += 1) out[i] = Math.round(0.25 * 32767 * Math.sin((2 * Math.PI * 440 * (startSample + i)) / rate));
  return new Uint8Array(out.buffer);
}

async function record(core: Core, id: string, seconds: number, rate = 16_000): Promise<void> {
  const chunk = rate / 4;
  for (let i = 0; i < seconds * 4; i += 1) {
    await call(core, 'recording.appendChunk', { id, offset: i * chunk * 2, pcm: tone(0.25, rate, i * chunk) });
  }
}

const newTake = (title: string) => ({ target: { kind: 'new' as const, title }, languageCode: 'spa', sampleRate: 16_000, channels: 1 as const });

describe('recording through the core', () => {
  it('records a take into a new draft segment with its language, findable in search, the WAV moved to the store', async () => {
    const core = await newCore();
    const changed: unknown[] = [];
    core.events.on((name, payload) => name === 'recording.changed' && changed.push(payload));
    const started = await call(core, 'recording.start', newTake('Entrevista con doña Rosa'));
    expect(started.status).toBe('recording');
    expect(fs.existsSync(started.file)).toBe(true);
    await record(core, started.id, 2);
    const take = await call(core, 'recording.stop', { id: started.id, jobId: randomUUID() });
    expect(take).toMatchObject({ status: 'finished', durationSec: 2, languageCode: 'spa', keeper: true, needsReview: false, segmentTitle: 'Entrevista con doña Rosa' });
    expect(fs.existsSync(started.file)).toBe(false);
    expect(fs.existsSync(take.file)).toBe(true);
    expect(parseWavHeader(fs.readFileSync(take.file))?.dataBytes).toBe(64_000);
    const segment = await call(core, 'segments.get', { id: take.segmentId ?? '' });
    expect(segment.status).toBe('draft');
    expect(segment.versions.map((v) => [v.id, v.languageCode, v.asset.durationSec])).toEqual([[take.versionId, 'spa', 2]]);
    const found = await call(core, 'library.search', { query: 'dona rosa' });
    expect(found.items.map((s) => s.id)).toEqual([take.segmentId]);
    expect(changed.length).toBeGreaterThanOrEqual(2);
  });

  it('adds later takes as versions of the same segment; the keeper can move; a discarded take leaves the rest', async () => {
    const core = await newCore();
    const first = await call(core, 'recording.start', newTake('Aviso de vacunación'));
    await record(core, first.id, 1);
    const one = await call(core, 'recording.stop', { id: first.id, jobId: randomUUID() });
    const segmentId = one.segmentId ?? '';
    const second = await call(core, 'recording.start', { ...newTake('x'), target: { kind: 'existing', segmentId }, languageCode: 'nhe' });
    await record(core, second.id, 1);
    const two = await call(core, 'recording.stop', { id: second.id, jobId: randomUUID() });
    expect(two.segmentId).toBe(segmentId);
    expect((await call(core, 'segments.get', { id: segmentId })).versions.map((v) => v.languageCode)).toEqual(['spa', 'nhe']);

    const third = await call(core, 'recording.start', { ...newTake('x'), target: { kind: 'existing', segmentId } });
    await record(core, third.id, 1);
    await call(core, 'recording.stop', { id: third.id, jobId: randomUUID() });
    const takes = await call(core, 'recording.setKeeper', { id: third.id });
    expect(takes.filter((t) => t.languageCode === 'spa').map((t) => [t.id, t.keeper])).toEqual([[third.id, true], [first.id, false]]);

    expect(await call(core, 'recording.discard', { id: third.id })).toEqual({ discarded: true });
    expect((await call(core, 'segments.get', { id: segmentId })).versions).toHaveLength(2);
    expect((await call(core, 'recording.takes', { segmentId })).map((t) => t.id)).toEqual([second.id, first.id]);
  });

  it('writes a retried chunk once and refuses gaps and half frames', async () => {
    const core = await newCore();
    const take = await call(core, 'recording.start', { ...newTake('Reintentos'), channels: 2 });
    const chunk = tone(0.25);
    expect(await call(core, 'recording.appendChunk', { id: take.id, offset: 0, pcm: chunk })).toMatchObject({ bytes: chunk.length });
    expect(await call(core, 'recording.appendChunk', { id: take.id, offset: 0, pcm: chunk })).toMatchObject({ bytes: chunk.length });
    await expect(call(core, 'recording.appendChunk', { id: take.id, offset: chunk.length * 3, pcm: chunk })).rejects.toMatchObject({ code: 'recording.bad_chunk' });
    await expect(call(core, 'recording.appendChunk', { id: take.id, offset: chunk.length, pcm: chunk.subarray(0, 6) })).rejects.toMatchObject({ code: 'recording.bad_chunk' });
    await expect(call(core, 'recording.appendChunk', { id: randomUUID(), offset: 0, pcm: chunk })).rejects.toMatchObject({ code: 'recording.not_active' });
  });

  it('says an empty take recorded nothing and forgets it', async () => {
    const core = await newCore();
    const take = await call(core, 'recording.start', newTake('Vacía'));
    await expect(call(core, 'recording.stop', { id: take.id, jobId: randomUUID() })).rejects.toMatchObject({ code: 'recording.empty' });
    expect(await call(core, 'recording.takes', {})).toEqual([]);
    expect(fs.existsSync(take.file)).toBe(false);
  });

  it('keeps what was captured when the data folder is removed mid-take, and imports it on stop', async () => {
    const core = await newCore();
    const take = await call(core, 'recording.start', newTake('Carpeta borrada'));
    await record(core, take.id, 1);
    fs.rmSync(path.dirname(take.file), { recursive: true });
    await new Promise((r) => setTimeout(r, 600));
    await expect(call(core, 'recording.appendChunk', { id: take.id, offset: 32_000, pcm: tone(0.25) })).rejects.toMatchObject({ code: 'recording.folder_missing' });
    const stopped = await call(core, 'recording.stop', { id: take.id, jobId: randomUUID() });
    expect(stopped.durationSec).toBeGreaterThanOrEqual(1);
    expect(stopped.versionId).not.toBeNull();
  });

  it('recovers a take a crash left open: repaired from the file length, imported, listed by the CLI', async () => {
    const dataDir = tempDirs.make();
    const crashed = await newCore(dataDir);
    const take = await call(crashed, 'recording.start', newTake('Testimonio'));
    await record(crashed, take.id, 3);
    // Half a sample at the end, as a kill mid-write leaves it.
    fs.appendFileSync(take.file, Buffer.from([7]));

    const restarted = await newCore(dataDir);
    const [recovered] = await call(restarted, 'recording.takes', {});
    expect(recovered).toMatchObject({ id: take.id, status: 'recovered', durationSec: 3, needsReview: true, languageCode: 'spa' });
    expect(recovered?.versionId).not.toBeNull();
    expect(parseWavHeader(fs.readFileSync(recovered?.file ?? ''))?.dataBytes).toBe(96_000);

    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    expect(await main(['recordings', 'list', '--json', '--data-dir', dataDir], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([{ id: take.id, file: recovered?.file, durationSec: 3, status: 'recovered', segmentId: recovered?.segmentId, versionId: recovered?.versionId, languageCode: 'spa' }]);
    out.length = 0;
    expect(await main(['recordings', 'recover', '--data-dir', dataDir, '--lang', 'es'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Se recuperó 1 grabación/);

    expect((await call(restarted, 'recording.keep', { id: take.id })).needsReview).toBe(false);
  });

  it('reports the free disk space', async () => {
    const core = await newCore();
    expect((await call(core, 'recording.storage', {})).freeBytes).toBeGreaterThan(0);
  });
});
