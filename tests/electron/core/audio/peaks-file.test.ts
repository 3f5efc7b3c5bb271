import { describe, expect, it } from 'vitest';
import { OnePassMeter } from '../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { BASE_SPP, decodePeaks, encodePeaks, LEVEL_COUNT, peaksFromPairs, pickLevel, readPeaksIndex } from '../../../../electron/core/audio/peaks-file.ts';
import { FrameSink } from '../../../../electron/core/audio/ffmpeg/pcm-stream.ts';

describe('peaks file', () => {
  const build = (frames: number, chunk: number) => {
    const meter = new OnePassMeter(48000, 2);
    const pcm = new Float32Array(frames * 2);
    for (let i = 0; i < frames; i += 1) {
      pcm[i * 2] = Math.sin(i / 50) * 0.5;
      pcm[i * 2 + 1] = i % 1000 === 0 ? -1 : 0;
    }
    for (let at = 0; at < pcm.length; at += chunk * 2) meter.push(pcm.subarray(at, Math.min(pcm.length, at + chunk * 2)));
    return peaksFromPairs(48000, frames, meter.pairs());
  };

  it('keeps min/max of both channels per 256 frames, whatever the chunking', () => {
    const a = build(10_000, 1000);
    const b = build(10_000, 77);
    expect(a).toEqual(b);
    expect(a.frames).toBe(10_000);
    const base = a.levels[0];
    expect(base?.samplesPerPixel).toBe(BASE_SPP);
    expect(base?.data.length).toBe(Math.ceil(10_000 / 256) * 2);
    expect(base?.data[0]).toBe(-32767); // frame 0 of the right channel is −1
    expect(Math.max(...(base?.data ?? []))).toBe(Math.round(0.5 * 32767));
  });

  it('builds coarser levels that bound the finer ones', () => {
    const file = build(100_000, 4096);
    expect(file.levels).toHaveLength(LEVEL_COUNT);
    for (let l = 1; l < file.levels.length; l += 1) {
      const fine = file.levels[l - 1]!;
      const coarse = file.levels[l]!;
      expect(coarse.samplesPerPixel).toBe(fine.samplesPerPixel * 2);
      for (let i = 0; i < coarse.data.length / 2; i += 1) {
        expect(coarse.data[i * 2]).toBe(Math.min(fine.data[i * 4]!, fine.data[i * 4 + 2] ?? 32767));
        expect(coarse.data[i * 2 + 1]).toBe(Math.max(fine.data[i * 4 + 1]!, fine.data[i * 4 + 3] ?? -32767));
      }
    }
  });

  it('round-trips through the binary format and picks a level for a width', () => {
    const file = build(300_000, 4096);
    const bytes = encodePeaks(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('CBPK');
    expect(decodePeaks(bytes)).toEqual(file);
    const index = readPeaksIndex(bytes);
    expect(pickLevel(index, 1000)?.samplesPerPixel).toBe(256);
    expect(pickLevel(index, 100)?.samplesPerPixel).toBe(2048);
    expect(() => readPeaksIndex(Buffer.from('not a peaks file at all'))).toThrow(/peaks/);
    expect(() => readPeaksIndex(bytes.subarray(0, bytes.length - 10))).toThrow(/Truncated/);
  });
});

describe('FrameSink', () => {
  it('hands over whole frames when the pipe splits anywhere', async () => {
    const frames: number[] = [];
    const sink = new FrameSink(2, (samples) => frames.push(...samples));
    const source = Buffer.from(new Float32Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]).buffer);
    for (const [a, b] of [[0, 3], [3, 9], [9, 17], [17, 24]] as const) {
      await new Promise<void>((resolve, reject) => sink.write(source.subarray(a, b), (e) => (e ? reject(e) : resolve())));
    }
    expect(frames.map((v) => Math.round(v * 10) / 10)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    expect(sink.bytes).toBe(24);
  });
});
