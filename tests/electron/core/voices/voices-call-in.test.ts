import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core-types.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §2: a listener's call recorded in Grabar becomes a private testimony with its audio,
// through the real recording service, and never a segment, a version or a search hit.
const dirs = useTempDirs('cabina-voices-call-');
const cores = useCores();

const RATE = 16_000;

/** A 440 Hz tone at -12 dBFS as 16-bit mono PCM, `seconds` long from sample `from`. */
function tone(seconds: number, from: number): Uint8Array<ArrayBuffer> {
  const out = new Int16Array(Math.round(seconds * RATE));
  for (let i = 0; i < out.length; i += 1) out[i] = Math.round(0.25 * 32767 * Math.sin((2 * Math.PI * 440 * (from + i)) / RATE));
  return new Uint8Array(out.buffer);
}

/** Starts a call take, sends `seconds` of audio in 250 ms chunks as the client does, and stops it. */
async function recordCall(core: Core, seconds: number) {
  const take = await call(core, 'recording.start', { target: { kind: 'call_in' }, languageCode: null, sampleRate: RATE, channels: 1 });
  const frames = RATE / 4;
  for (let i = 0; i < seconds * 4; i += 1) await call(core, 'recording.appendChunk', { id: take.id, offset: i * frames * 2, pcm: tone(0.25, i * frames) });
  return call(core, 'recording.stop', { id: take.id, jobId: randomUUID() });
}

/** What the library holds, read from the database file itself (not through the API that might hide a row). */
function libraryCounts(dataDir: string): { segments: number; versions: number; sessions: number } {
  const db = new Database(path.join(dataDir, 'cabina.db'), { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { segments: count('segments'), versions: count('versions'), sessions: count('recording_sessions') };
  } finally {
    db.close();
  }
}

function storedOriginal(dataDir: string, assetId: string): string | undefined {
  const root = path.join(dataDir, 'store', 'originals');
  const found = readdirSync(root, { recursive: true, encoding: 'utf8' }).find((f) => f.includes(assetId));
  return found && path.join(root, found);
}

describe('a call recorded in Grabar becomes a testimony (issue #14 §2)', () => {
  it('keeps the stopped call out of the library, then makes it a testimony with its audio and removes the take', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const stopped = await recordCall(core, 2);
    expect(stopped).toMatchObject({ status: 'finished', callIn: true, durationSec: 2, segmentId: null, versionId: null, assetId: null });
    expect(path.basename(stopped.file)).toMatch(/^call-/);
    expect(existsSync(stopped.file)).toBe(true);
    expect(libraryCounts(dataDir)).toMatchObject({ segments: 0, versions: 0, sessions: 1 });

    const testimony = await call(core, 'voices.fromTake', { takeId: stopped.id });
    expect(testimony).toMatchObject({ source: 'call_in', segmentId: null });
    expect(testimony.durationSec).toBeCloseTo(2, 1);
    const original = storedOriginal(dataDir, testimony.assetId ?? 'none');
    expect(original && existsSync(original)).toBe(true);
    const played = await core.media(new Request('http://cabina/media'), testimony.assetId ?? '');
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toMatch(/audio\/(wav|x-wav|wave)/);

    expect(libraryCounts(dataDir)).toEqual({ segments: 0, versions: 0, sessions: 0 });
    expect(existsSync(stopped.file)).toBe(false);
    expect(await call(core, 'recording.takes', {})).toEqual([]);
    expect((await call(core, 'library.search', { query: '' })).items).toEqual([]);
    expect((await call(core, 'voices.list', {})).rows.map((r) => [r.id, r.source, r.durationSec])).toEqual([[testimony.id, 'call_in', testimony.durationSec]]);
    // Saved twice (a second window): the take is gone, nothing is made again.
    await expect(call(core, 'voices.fromTake', { takeId: stopped.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await call(core, 'voices.list', {})).total).toBe(1);
  });

  it('attaches a recorded call to a call noted by hand, and refuses once it has audio, leaving the take', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const noted = await call(core, 'voices.create', { assetId: null, testimonySource: 'call_in' });
    const first = await recordCall(core, 1);
    const attached = await call(core, 'voices.audio.attach', { id: noted.id, takeId: first.id });
    expect(attached.id).toBe(noted.id);
    expect(attached.assetId).toMatch(/^[0-9a-f]{64}$/);
    expect(attached.durationSec).toBeCloseTo(1, 1);

    const second = await recordCall(core, 1);
    await expect(call(core, 'voices.audio.attach', { id: noted.id, takeId: second.id })).rejects.toMatchObject({ code: 'voices.has_audio' });
    // No lost audio: the refused call is still there to save another way.
    expect((await call(core, 'recording.takes', {})).map((t) => [t.id, t.callIn])).toEqual([[second.id, true]]);
    expect(existsSync(second.file)).toBe(true);
    expect((await call(core, 'voices.get', { id: noted.id })).assetId).toBe(attached.assetId);
    expect(libraryCounts(dataDir)).toMatchObject({ segments: 0, versions: 0, sessions: 1 });
  });

  it('refuses a library take and a call still being recorded', async () => {
    const core = await cores.open(dirs.make());
    const live = await call(core, 'recording.start', { target: { kind: 'call_in' }, languageCode: null, sampleRate: RATE, channels: 1 });
    await call(core, 'recording.appendChunk', { id: live.id, offset: 0, pcm: tone(0.25, 0) });
    await expect(call(core, 'voices.fromTake', { takeId: live.id })).rejects.toMatchObject({ code: 'recording.not_active' });
    const segmentTake = await call(core, 'recording.start', { target: { kind: 'new', title: 'Aviso' }, languageCode: 'spa', sampleRate: RATE, channels: 1 });
    await call(core, 'recording.appendChunk', { id: segmentTake.id, offset: 0, pcm: tone(0.25, 0) });
    const imported = await call(core, 'recording.stop', { id: segmentTake.id, jobId: randomUUID() });
    await expect(call(core, 'voices.fromTake', { takeId: imported.id })).rejects.toMatchObject({ code: 'voices.not_a_call' });
    expect((await call(core, 'voices.list', {})).total).toBe(0);
  });

  it('repairs a call a crash left open without putting it in the library, and it can still become a testimony', async () => {
    const dataDir = dirs.make();
    const crashed = await cores.open(dataDir);
    const live = await call(crashed, 'recording.start', { target: { kind: 'call_in' }, languageCode: null, sampleRate: RATE, channels: 1 });
    for (let i = 0; i < 8; i += 1) await call(crashed, 'recording.appendChunk', { id: live.id, offset: i * 8000, pcm: tone(0.25, i * 4000) });

    const restarted = await cores.open(dataDir);
    const [recovered] = await call(restarted, 'recording.takes', {});
    expect(recovered).toMatchObject({ id: live.id, status: 'recovered', callIn: true, needsReview: true, versionId: null, assetId: null });
    expect(libraryCounts(dataDir)).toMatchObject({ segments: 0, versions: 0 });
    const testimony = await call(restarted, 'voices.fromTake', { takeId: live.id });
    expect(testimony.durationSec).toBeGreaterThanOrEqual(1.9);
    expect(libraryCounts(dataDir)).toEqual({ segments: 0, versions: 0, sessions: 0 });
  });

  it('adopts a call WAV that lost its row as a call again, never as a library segment', async () => {
    const dataDir = dirs.make();
    const core = await cores.open(dataDir);
    const stopped = await recordCall(core, 1);
    // As the old data folder's database went missing: the file is there, no row names it.
    const orphan = path.join(path.dirname(stopped.file), 'call-20260401-100000-deadbeef.wav');
    copyFileSync(stopped.file, orphan);
    await call(core, 'recording.discard', { id: stopped.id });
    await call(core, 'recording.recover', {});
    const [adopted] = await call(core, 'recording.takes', {});
    expect(adopted).toMatchObject({ callIn: true, status: 'recovered', durationSec: 1, versionId: null, assetId: null });
    expect(libraryCounts(dataDir)).toMatchObject({ segments: 0, versions: 0, sessions: 1 });
    expect((await call(core, 'voices.fromTake', { takeId: adopted?.id ?? '' })).durationSec).toBeCloseTo(1, 1);
  });
});
