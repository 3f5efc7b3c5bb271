import { describe, expect, it } from 'vitest';
import { OnePassMeter } from '../../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { SAMPLES_AT } from '../../../../../electron/core/audio/dsp/stereo-kernel-simd.ts';
import { MAX_PHASE_GAIN, scanTruePeak, TAPS } from '../../../../../electron/core/audio/dsp/true-peak.ts';
import { TruePeakSimd } from '../../../../../electron/core/audio/dsp/true-peak-simd.ts';
import { seededRandom, speechLikeBursts } from '../synthetic-pcm.ts';

// The true-peak scan in WebAssembly SIMD must be an exact stand-in for the scalar one (issue #16:
// faster, never different): the same number to the last bit, point by point and over whole files.

const RATE = 48000;

/** Interleaved `channels` of one generator per channel, `frames` long. */
function signal(frames: number, channels: number, sample: (i: number, c: number) => number): Float32Array {
  const out = new Float32Array(frames * channels);
  for (let i = 0; i < frames; i += 1) for (let c = 0; c < channels; c += 1) out[i * channels + c] = sample(i, c);
  return out;
}

/** Paul Kellet's pink-noise filter over seeded white noise: most energy low, like programme audio. */
function pink(frames: number, channels: number, seed: number): Float32Array {
  const white = seededRandom(seed);
  const b = Array.from({ length: channels }, () => [0, 0, 0]);
  return signal(frames, channels, (_i, c) => {
    const s = b[c] as number[];
    const w = white();
    s[0] = 0.99765 * (s[0] as number) + w * 0.099046;
    s[1] = 0.963 * (s[1] as number) + w * 0.2965164;
    s[2] = 0.57 * (s[2] as number) + w * 1.0526913;
    return 0.25 * ((s[0] as number) + (s[1] as number) + (s[2] as number) + w * 0.1848);
  });
}

const SIGNALS: [string, (frames: number, channels: number) => Float32Array][] = [
  ['white noise', (n, ch) => { const r = seededRandom(5); return signal(n, ch, () => 0.9 * r()); }],
  ['pink noise', (n, ch) => pink(n, ch, 9)],
  ['a 20 kHz sine', (n, ch) => signal(n, ch, (i, c) => 0.8 * Math.sin((2 * Math.PI * 20_000 * i) / RATE + c))],
  ['a 22 kHz sine', (n, ch) => signal(n, ch, (i, c) => 0.7 * Math.sin((2 * Math.PI * 22_000 * i) / RATE + 0.3 * c))],
  ['silence', (n, ch) => new Float32Array(n * ch)],
  // Full scale, so the 4× oversampled overshoot (Gibbs) is the peak, and many points tie.
  ['a clipped square wave', (n, ch) => signal(n, ch, (i, c) => (Math.floor((i + 7 * c) / 37) % 2 === 0 ? 1 : -1))],
  ['speech-like bursts', (n, ch) => speechLikeBursts(n, ch, 3)],
];

function simdScan(): TruePeakSimd {
  const scan = TruePeakSimd.create();
  if (!scan) throw new Error('WebAssembly SIMD is missing on this runtime');
  return scan;
}

/** The largest magnitude channel `c` reads over `count` outputs from frame `from` (the scan's `maxIn`). */
function maxInput(samples: Float32Array, channels: number, c: number, from: number, count: number): number {
  let max = 0;
  for (let f = from; f < from + count + TAPS - 1; f += 1) max = Math.max(max, Math.abs(samples[f * channels + c] as number));
  return max;
}

describe('true-peak scan in WebAssembly SIMD', () => {
  it('compiles on this runtime (else every analysis silently takes the slower scalar scan)', () => {
    expect(TruePeakSimd.create()).not.toBeNull();
  });

  it.each(SIGNALS)('gives every point the scalar value, to the bit (%s)', (_name, make) => {
    const scan = simdScan();
    for (const channels of [1, 2]) {
      const samples = make(1200, channels);
      scan.load(samples, SAMPLES_AT);
      for (let c = 0; c < channels; c += 1) {
        // One output at a time from a zero peak: the largest of its four phases, computed in full.
        for (let f = 0; f + TAPS <= 1200; f += 1) {
          const maxIn = maxInput(samples, channels, c, f, 1);
          const want = scanTruePeak(samples, f * channels + c, channels, 1, maxIn, 0);
          expect(scan.scan(samples, SAMPLES_AT / 4 + f * channels + c, channels, 1, maxIn, 0)).toBe(want);
        }
      }
    }
  });

  it.each(SIGNALS)('skips exactly what the scalar scan skips, from any running peak (%s)', (_name, make) => {
    const scan = simdScan();
    for (const channels of [1, 2]) {
      const frames = 9_001;
      const samples = make(frames, channels);
      scan.load(samples, SAMPLES_AT);
      for (let c = 0; c < channels; c += 1) {
        // Odd stretches at odd places, as blocks and chunk edges cut them.
        for (const [from, count] of [[0, frames - TAPS], [1, 63], [977, 1], [3_001, 4_095], [8_000, frames - TAPS - 8_000]] as const) {
          const maxIn = maxInput(samples, channels, c, from, count);
          const full = scanTruePeak(samples, from * channels + c, channels, count, maxIn, 0);
          // From nothing, from below the true peak, just at it, and above it (then nothing may change).
          for (const start of [0, full * 0.5, full * 0.999, full, full * 1.001, maxIn * MAX_PHASE_GAIN]) {
            const want = scanTruePeak(samples, from * channels + c, channels, count, maxIn, start);
            expect(scan.scan(samples, SAMPLES_AT / 4 + from * channels + c, channels, count, maxIn, start)).toBe(want);
          }
        }
      }
    }
  });

  it('reads only strides 1 and 2 (the meter never asks for another)', () => {
    expect(() => simdScan().scan(new Float32Array(0), 0, 3, 1, 1, 0)).toThrow(RangeError);
  });
});

describe('the meter with the SIMD true-peak scan', () => {
  const CHUNKS = [[4096], [1, 7, 47, 48, 63, 64, 65, 1000], [20_000, 333, 65_537]];

  function peaks(samples: Float32Array, channels: number, chunks: number[], options: { simd?: boolean; truePeakSimd?: boolean }) {
    const meter = new OnePassMeter(RATE, channels, options);
    for (let at = 0, i = 0; at < samples.length; i += 1) {
      const frames = chunks[i % chunks.length] as number;
      meter.push(samples.subarray(at, Math.min(samples.length, at + frames * channels)));
      at += frames * channels;
    }
    return { truePeak: meter.truePeak(), samplePeak: meter.samplePeak() };
  }

  it.each(SIGNALS)('gives the scalar meter’s true peak, mono and stereo, whatever the chunks (%s)', (_name, make) => {
    for (const channels of [1, 2]) {
      // Long enough that chunks of 65,537 frames grow the WebAssembly memory mid-file.
      const samples = make(RATE * 3 + 77, channels);
      for (const chunks of CHUNKS) {
        const scalar = peaks(samples, channels, chunks, { simd: false });
        expect(peaks(samples, channels, chunks, {}), `${channels} ch, chunks ${chunks.join(',')}`).toEqual(scalar);
        // The SIMD scan also runs beside the scalar K-weighting (copying the chunk itself), and the
        // scalar scan beside the SIMD kernel.
        expect(peaks(samples, channels, chunks, { simd: false, truePeakSimd: true })).toEqual(scalar);
        expect(peaks(samples, channels, chunks, { truePeakSimd: false })).toEqual(scalar);
      }
      if (_name !== 'silence') expect(peaks(samples, channels, [4096], {}).truePeak).toBeGreaterThan(0.1);
    }
  });
});
