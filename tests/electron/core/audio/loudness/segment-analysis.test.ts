import { describe, expect, it } from 'vitest';
import { mergeSegments, planSegments, SegmentAnalyzer, segmentGrid, type SegmentPlan } from '../../../../../electron/core/audio/loudness/segment-analysis.ts';
import { expectSameAnalysis } from '../synthetic-pcm.ts';

// A file measured in stretches (parallel-analysis.ts) must join into what one pass gives.

function speechLike(frames: number): Float32Array {
  let s = 7;
  const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const out = new Float32Array(frames * 2);
  for (let i = 0; i < frames; i += 1) {
    const level = 0.05 + 0.6 * Math.abs(Math.sin(i / 40_000)) ** 3; // loud and quiet stretches: LRA > 0
    out[i * 2] = level * r();
    out[i * 2 + 1] = level * Math.sin(i / 7);
  }
  return out;
}

function analyse(samples: Float32Array, plan: SegmentPlan, rate: number) {
  const analyzer = new SegmentAnalyzer(rate, 2, plan.prime);
  const from = plan.start - plan.prime;
  for (let at = from; at < plan.end; at += 3000) analyzer.push(samples.subarray(at * 2, Math.min(plan.end, at + 3000) * 2));
  return analyzer.result();
}

describe('planSegments', () => {
  it.each([
    [48000, 48000 * 300 + 17, 48000 * 40],
    [44100, 44100 * 250 + 3, 44100 * 30],
    [48000, 48000 * 61, 48000 * 30],
  ])('covers the file on the sub-block and pixel grid (%i Hz)', (rate, total, stretch) => {
    const plans = planSegments(total, rate, stretch);
    const grid = segmentGrid(rate);
    expect(grid % Math.round(rate / 10)).toBe(0);
    expect(grid % 256).toBe(0);
    expect(plans[0]?.start).toBe(0);
    expect(plans.at(-1)?.end).toBe(total);
    plans.forEach((p, i) => {
      if (i > 0) expect(p.start).toBe(plans[i - 1]?.end);
      expect(p.start % grid).toBe(0);
      expect(p.prime).toBe(Math.min(p.start, rate / 2));
      expect(p.end - p.start).toBeLessThan(2 * (stretch + grid)); // a short tail joins the one before
    });
  });

  it('gives one empty stretch for an empty file', () => {
    expect(planSegments(0, 48000, 48000 * 30)).toEqual([{ start: 0, end: 0, prime: 0 }]);
  });
});

describe('mergeSegments', () => {
  it('joins primed stretches into the one-pass result', () => {
    const rate = 48000;
    const total = rate * 100 + 999;
    const samples = speechLike(total);
    const whole = mergeSegments([analyse(samples, { start: 0, end: total, prime: 0 }, rate)], rate);
    const parts = planSegments(total, rate, rate * 20).map((plan) => analyse(samples, plan, rate));
    expect(parts.length).toBeGreaterThan(3);
    const joined = mergeSegments(parts, rate);
    expect(joined.frames).toBe(total);
    expect(joined.loudness.loudnessRangeLu).toBeGreaterThan(1);
    expectSameAnalysis(joined, whole);
  });

  it('without priming the joins would show (the test can tell)', () => {
    const rate = 48000;
    const total = rate * 30;
    const samples = speechLike(total);
    const whole = mergeSegments([analyse(samples, { start: 0, end: total, prime: 0 }, rate)], rate);
    const unprimed = planSegments(total, rate, rate * 2).map((plan) => analyse(samples, { ...plan, prime: 0 }, rate));
    const joined = mergeSegments(unprimed, rate);
    expect(Math.abs((joined.loudness.integratedLufs ?? 0) - (whole.loudness.integratedLufs ?? 0))).toBeGreaterThan(1e-6);
  });
});
