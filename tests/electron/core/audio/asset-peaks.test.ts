import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssetPeaks, WAVEFORM_RATE } from '../../../../electron/core/audio/asset-peaks.ts';
import { AudioStore } from '../../../../electron/core/audio/audio-store.ts';
import { createFfmpegAdapter } from '../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { PeakPairs } from '../../../../electron/core/audio/peak-pairs.ts';
import { BASE_SPP } from '../../../../electron/core/audio/peaks-file.ts';
import { makeLongCall, type LongCall } from '../../../../scripts/fixtures/long-call.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// Issue #14 §2: the waveform of a testimony's audio is decoded once, however many views ask for it
// while it is made, and stops only when every one of them has stopped waiting.
const media = useTempDir('cabina-asset-peaks-media-', 'all');
const scratch = useTempDir('cabina-asset-peaks-');
let fiveMinutes: LongCall;
beforeAll(async () => {
  fiveMinutes = await makeLongCall(media.path, { durationSec: 300, loudFromSec: 100, loudToSec: 110, name: 'cinco.wav' });
});

/** The real store, counting the peaks files written (one per decode). */
function countingStore() {
  const store = new AudioStore(new Database(':memory:'), scratch.path);
  const written: string[] = [];
  const counting = {
    hasPeaks: (sha: string) => store.hasPeaks(sha),
    readPeaksLevel: store.readPeaksLevel.bind(store),
    writePeaks: async (sha: string, bytes: Buffer) => {
      written.push(sha);
      await store.writePeaks(sha, bytes);
    },
  };
  return { counting, written, store };
}

const SHA = 'c'.repeat(64);
let decodes = 0;
const adapter = createFfmpegAdapter({});
const counted = { ...adapter, runFfmpeg: (...args: Parameters<typeof adapter.runFfmpeg>) => ((decodes += 1), adapter.runFfmpeg(...args)) };
const peaksFor = (store: ReturnType<typeof countingStore>['counting']) => new AssetPeaks({ ffmpeg: () => counted }, store);

describe('PeakPairs', () => {
  it('gives the same pairs however the stream is chunked, the last short pixel included', () => {
    const samples = Float32Array.from({ length: BASE_SPP * 3 + 10 }, (_, i) => (i >= BASE_SPP * 3 ? 0.9 : Math.sin(i / 7) * 0.2));
    const whole = new PeakPairs();
    whole.push(samples);
    const chunked = new PeakPairs();
    for (let at = 0; at < samples.length; at += 97) chunked.push(samples.subarray(at, at + 97));
    const a = whole.result(8000);
    const b = chunked.result(8000);
    expect(a.frames).toBe(samples.length);
    expect(Array.from(a.levels[0]?.data ?? [])).toEqual(Array.from(b.levels[0]?.data ?? []));
    expect(a.levels[0]?.data.length).toBe(8);
    expect(a.levels[0]?.data[7]).toBeGreaterThan(0.85 * 32767);
    expect(a.levels[0]?.data[5]).toBeLessThan(0.21 * 32767);
  });
});

describe('AssetPeaks', () => {
  it('joins a second caller to the decode under way: one file written, both see progress', async () => {
    const { counting, written } = countingStore();
    const peaks = peaksFor(counting);
    decodes = 0;
    const seen: [number[], number[]] = [[], []];
    const run = (i: 0 | 1) => peaks.ensure(SHA, fiveMinutes.file, fiveMinutes.durationSec, new AbortController().signal, (f) => seen[i].push(f));
    await Promise.all([run(0), run(1)]);
    expect(decodes).toBe(1);
    expect(written).toEqual([SHA]);
    expect(seen[0].at(-1)).toBe(1);
    expect(seen[1].at(-1)).toBe(1);
    const level = await peaks.read(SHA, 100);
    expect(level?.sampleRate).toBe(WAVEFORM_RATE);
    expect(level?.durationSec).toBeCloseTo(300, 1);
    // Stored: a third caller reads, no decode.
    await run(0);
    expect(decodes).toBe(1);
    expect(written).toEqual([SHA]);
  });

  it('keeps decoding for the caller still waiting when the other cancels; stops when nobody waits', async () => {
    const { counting, written } = countingStore();
    const peaks = peaksFor(counting);
    decodes = 0;
    const leaving = new AbortController();
    // Leaves once the decode is under way (both have joined by then: they started together).
    const left = peaks.ensure(SHA, fiveMinutes.file, fiveMinutes.durationSec, leaving.signal, (f) => f > 0 && leaving.abort());
    const stayedSaw: number[] = [];
    const stayed = peaks.ensure(SHA, fiveMinutes.file, fiveMinutes.durationSec, new AbortController().signal, (f) => stayedSaw.push(f));
    await expect(left).rejects.toMatchObject({ code: 'cancelled' });
    await stayed;
    expect(decodes).toBe(1);
    expect(stayedSaw.at(-1)).toBe(1);
    expect(written).toEqual([SHA]);

    const other = 'd'.repeat(64);
    const alone = new AbortController();
    await expect(peaks.ensure(other, fiveMinutes.file, fiveMinutes.durationSec, alone.signal, () => alone.abort())).rejects.toMatchObject({ code: 'cancelled' });
    // The stopped decode writes nothing, and a later caller starts a fresh one.
    expect(await counting.hasPeaks(other)).toBe(false);
    await peaks.ensure(other, fiveMinutes.file, fiveMinutes.durationSec, new AbortController().signal, () => undefined);
    expect(written).toEqual([SHA, other]);
  });
});
