import { describe, expect, it } from 'vitest';
import { OnePassMeter } from '../../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { designPolyphase, OVERSAMPLE, TAPS } from '../../../../../electron/core/audio/dsp/true-peak.ts';
import { seededRandom, speechLikeBursts } from '../synthetic-pcm.ts';

// The meter (one-pass-meter.ts) skips blocks and points that provably cannot beat the running peak,
// reads the samples in place and keeps TAPS-1 frames of history between chunks: it must give exactly what the plain polyphase filter gives over the
// whole signal, whatever the chunk sizes.

const PHASES = designPolyphase();

/** Every oversampled point of every channel, no shortcuts (the definition the meter must match). */
function referencePeak(interleaved: Float32Array, channels: number): number {
  const frames = interleaved.length / channels;
  let peak = 0;
  for (let c = 0; c < channels; c += 1) {
    // The meter starts with TAPS-1 zeros of history.
    const x = new Float64Array(TAPS - 1 + frames);
    for (let i = 0; i < frames; i += 1) x[TAPS - 1 + i] = interleaved[i * channels + c] as number;
    for (let n = 0; n < frames; n += 1) {
      for (let p = 0; p < OVERSAMPLE; p += 1) {
        let y = 0;
        for (let k = 0; k < TAPS; k += 1) y += (PHASES[p]?.[k] as number) * (x[n + k] as number);
        peak = Math.max(peak, Math.abs(y), Math.abs(x[TAPS - 1 + n] as number));
      }
    }
  }
  return peak;
}

function meterOver(samples: Float32Array, channels: number, chunkFrames: number[]): number {
  const meter = new OnePassMeter(48000, channels);
  let at = 0;
  for (let i = 0; at < samples.length; i += 1) {
    const frames = chunkFrames[i % chunkFrames.length] as number;
    meter.push(samples.subarray(at, Math.min(samples.length, at + frames * channels)));
    at += frames * channels;
  }
  return meter.truePeak();
}

describe('true peak', () => {
  it.each([
    ['stereo, equal chunks', 2, [4096]],
    ['stereo, growing then shrinking chunks', 2, [7, 300, 5000, 64, 1, 2048]],
    ['mono, odd chunks', 1, [1000, 13, 4097]],
  ] as const)('matches the exhaustive oversampling filter (%s)', (_name, channels, chunks) => {
    const samples = speechLikeBursts(20_000, channels, channels * 7 + chunks.length);
    expect(meterOver(samples, channels, [...chunks])).toBe(referencePeak(samples, channels));
  });

  it('matches it on 300 short random signals cut at random places (peaks land on chunk edges)', () => {
    const r = seededRandom(42);
    const pick = (lo: number, hi: number) => lo + Math.floor(((r() + 1) / 2) * (hi - lo + 1));
    for (let trial = 0; trial < 300; trial += 1) {
      const channels = pick(1, 2);
      const frames = pick(20, 300);
      const samples = Float32Array.from({ length: frames * channels }, () => r() * (r() > 0 ? 1 : 0.3));
      const chunks = Array.from({ length: 6 }, () => pick(1, 90));
      expect(meterOver(samples, channels, chunks), `trial ${trial}`).toBe(referencePeak(samples, channels));
    }
  });

  it('reads an inter-sample peak above the samples', () => {
    // A sine at a quarter of the rate, phased so the samples miss every crest by 45°.
    const frames = 4800;
    const samples = new Float32Array(frames);
    for (let i = 0; i < frames; i += 1) samples[i] = 0.5 * Math.sin((Math.PI / 2) * i + Math.PI / 4);
    const meter = new OnePassMeter(48000, 1);
    meter.push(samples);
    expect(meter.samplePeak()).toBeCloseTo(0.5 * Math.SQRT1_2, 5);
    expect(meter.truePeak()).toBeGreaterThan(0.49);
  });
});
