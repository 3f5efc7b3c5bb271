import { describe, expect, it } from 'vitest';
import { KWeightingFilter } from '../../../../../electron/core/audio/dsp/k-weighting.ts';
import { OnePassMeter } from '../../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { BASE_SPP, toI16 } from '../../../../../electron/core/audio/peaks-file.ts';
import { speechLikeBursts } from '../synthetic-pcm.ts';

// The one-pass meter cuts every chunk at 64-frame blocks, 100 ms sub-blocks and pixels on the
// file's grid: whatever the chunking, it must give what the plain definitions give over the whole
// signal: the K-weighting summed per sub-block, and min/max per BASE_SPP frames over both channels.

function referenceSubBlocks(samples: Float32Array, rate: number, channels: number): number[] {
  const filter = new KWeightingFilter(rate, channels);
  const size = Math.round(rate / 10);
  const frames = samples.length / channels;
  const out: number[] = [];
  for (let at = 0; at + size <= frames; at += size) out.push(filter.run(samples, at, size));
  return out;
}

function referencePairs(samples: Float32Array, channels: number): number[] {
  const out: number[] = [];
  for (let at = 0; at < samples.length; at += BASE_SPP * channels) {
    const pixel = samples.subarray(at, at + BASE_SPP * channels);
    out.push(toI16(pixel.reduce((m, v) => Math.min(m, v), Infinity)), toI16(pixel.reduce((m, v) => Math.max(m, v), -Infinity)));
  }
  return out;
}

const peakAbs = (values: Float32Array) => values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

function meterOver(samples: Float32Array, rate: number, channels: number, chunks: number[]): OnePassMeter {
  const meter = new OnePassMeter(rate, channels);
  for (let at = 0, i = 0; at < samples.length; i += 1) {
    const frames = chunks[i % chunks.length] as number;
    meter.push(samples.subarray(at, Math.min(samples.length, at + frames * channels)));
    at += frames * channels;
  }
  return meter;
}

describe('OnePassMeter', () => {
  it.each([
    ['stereo 48 kHz', 48000, 2, [4096]],
    ['stereo 44.1 kHz (sub-blocks of 4410 frames, off the 64-frame grid)', 44100, 2, [1000, 7, 5000, 63, 65]],
    ['mono 48 kHz', 48000, 1, [333, 8192, 1]],
    ['mono 44.1 kHz', 44100, 1, [4410, 17, 2048]],
  ] as const)('matches the plain K-weighting and min/max, whatever the chunks (%s)', (_name, rate, channels, chunks) => {
    const samples = speechLikeBursts(rate * 2 + 123, channels, rate + channels);
    const meter = meterOver(samples, rate, channels, [...chunks]);
    const expected = referenceSubBlocks(samples, rate, channels);
    const got = [...meter.subBlocks()];
    expect(got).toHaveLength(expected.length);
    got.forEach((e, i) => expect(Math.abs(e - (expected[i] as number)) / (expected[i] as number), `sub-block ${i}`).toBeLessThan(1e-12));
    expect([...meter.pairs()]).toEqual(referencePairs(samples, channels));
    expect(meter.samplePeak()).toBe(peakAbs(samples));
  });

  it('primed with the frames before, measures a stretch as a meter that ran from the start does', () => {
    const rate = 48000;
    const samples = speechLikeBursts(rate * 3, 2, 5);
    const whole = meterOver(samples, rate, 2, [1024]);
    const split = 19_200 * 2; // a stretch boundary on the sub-block and pixel grid (0.8 s)
    const primed = new OnePassMeter(rate, 2);
    primed.prime(samples.subarray((split - rate / 2) * 2, split * 2));
    for (let at = split * 2; at < samples.length; at += 2000) primed.push(samples.subarray(at, Math.min(samples.length, at + 2000)));
    const tail = [...whole.subBlocks()].slice(split / 4800);
    const got = [...primed.subBlocks()];
    expect(got).toHaveLength(tail.length);
    got.forEach((e, i) => expect(Math.abs(e - (tail[i] as number)) / (tail[i] as number)).toBeLessThan(1e-9));
    expect([...primed.pairs()]).toEqual([...whole.pairs()].slice((split / BASE_SPP) * 2));
    // Priming frames do not count towards the peaks, but their history reaches the first outputs.
    expect(primed.samplePeak()).toBe(peakAbs(samples.subarray(split * 2)));
    expect(primed.truePeak()).toBeGreaterThanOrEqual(primed.samplePeak());
  });

  it('refuses channel counts it has no loop for', () => {
    expect(() => new OnePassMeter(48000, 6)).toThrow(RangeError);
  });
});
