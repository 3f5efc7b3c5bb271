import { expect } from 'vitest';
import type { MergedAnalysis } from '../../../../electron/core/audio/loudness/segment-analysis.ts';

/** A repeatable pseudo-random sequence in [−1, 1) (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
}

/**
 * Speech-like interleaved PCM: bursts of noise and tones at changing levels, different per channel,
 * so that meters see loud and quiet stretches (the true-peak scan's skip and exact paths both run).
 */
export function speechLikeBursts(frames: number, channels: number, seed: number): Float32Array {
  const r = seededRandom(seed);
  const out = new Float32Array(frames * channels);
  for (let i = 0; i < frames; i += 1) {
    const envelope = Math.abs(Math.sin(i / 700)) ** 3;
    for (let c = 0; c < channels; c += 1) out[i * channels + c] = envelope * (0.6 * r() + 0.5 * Math.sin((i * (3 + c)) / 2.1));
  }
  return out;
}

/** Two analyses of the same audio agree: peaks exactly, loudness and LRA to summation order. */
export function expectSameAnalysis(got: MergedAnalysis, want: MergedAnalysis): void {
  expect(got.frames).toBe(want.frames);
  expect(got.loudness.integratedLufs).toBeCloseTo(want.loudness.integratedLufs ?? Number.NaN, 9);
  expect(got.loudness.loudnessRangeLu).toBeCloseTo(want.loudness.loudnessRangeLu, 9);
  expect(got.loudness.truePeakDbtp).toBe(want.loudness.truePeakDbtp);
  expect(got.loudness.samplePeakDbfs).toBe(want.loudness.samplePeakDbfs);
  expect(got.peaks).toEqual(want.peaks);
}
