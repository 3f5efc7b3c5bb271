import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OnePassMeter } from '../../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { locateFfmpeg } from '../../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { useTempDir } from '../../support/temp-dirs.ts';
import { seededRandom } from '../synthetic-pcm.ts';
import { floatWav } from '../test-signals.ts';

/*
 * Issue #16 item 1: true peak must not read low on high-frequency content. Each signal is read by
 * Cabina's meter, by an ideal reconstruction computed here (a long 16× windowed sinc: ~120 dB, flat
 * to 23.5 kHz at 48 kHz) and by ffmpeg's ebur128. Cabina may read at most 0.2 dB under the ideal,
 * never more than 0.1 dB over it, and never under ffmpeg by more than 0.05 dB.
 */

const RATE = 48_000;
const db = (x: number) => 20 * Math.log10(x);
const dir = useTempDir('cabina-true-peak-');

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 60; k += 1) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
  }
  return sum;
}

/** Ideal band-limited peak: 16× with 1024 inputs per point under a Kaiser (β 12) window. */
function idealPeak(x: Float32Array): number {
  const factor = 16;
  const half = 512;
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const taps = new Float64Array(2 * half);
  for (let p = 1; p < factor; p += 1) {
    const frac = p / factor;
    for (let k = -half + 1; k <= half; k += 1) {
      const t = k - frac;
      const w = besselI0(12 * Math.sqrt(Math.max(0, 1 - (t / half) ** 2))) / besselI0(12);
      taps[k + half - 1] = (Math.sin(Math.PI * t) / (Math.PI * t)) * w;
    }
    // Only around the loudest stretches: the ideal peak lies next to a large sample.
    for (let n = half; n < x.length - half; n += 1) {
      if (Math.abs(x[n] as number) < 0.5 * peak) continue;
      let y = 0;
      for (let k = -half + 1; k <= half; k += 1) y += (taps[k + half - 1] as number) * (x[n + k] as number);
      peak = Math.max(peak, Math.abs(y));
    }
  }
  return peak;
}

function cabinaPeak(x: Float32Array): number {
  const meter = new OnePassMeter(RATE, 1);
  meter.push(x);
  return meter.truePeak();
}

function ffmpegPeakDb(x: Float32Array, name: string): number {
  const file = path.join(dir.path, `${name}.wav`);
  fs.writeFileSync(file, floatWav(x, 1, RATE));
  const run = spawnSync(locateFfmpeg().ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' });
  const match = /True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(run.stderr);
  if (!match?.[1]) throw new Error(`no true peak in: ${run.stderr.slice(-300)}`);
  return Number(match[1]);
}

/** A sine with 20 ms raised-cosine fades: an abrupt start rings (Gibbs) in any band-limited reading. */
function sine(freq: number, phase: number, seconds = 0.25, amplitude = 0.5): Float32Array {
  const frames = Math.round(RATE * seconds);
  const fade = 0.02 * RATE;
  return Float32Array.from({ length: frames }, (_, i) => {
    const edge = Math.min(i, frames - 1 - i);
    const gain = edge >= fade ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * edge) / fade);
    return gain * amplitude * Math.sin((2 * Math.PI * freq * i) / RATE + phase);
  });
}

function whiteNoise(seed: number, seconds = 0.5): Float32Array {
  const r = seededRandom(seed);
  return Float32Array.from({ length: Math.round(RATE * seconds) }, () => 0.25 * r());
}

/** Paul Kellet's pink filter over seeded white noise. */
function pinkNoise(seed: number, seconds = 0.5): Float32Array {
  const r = seededRandom(seed);
  const out = new Float32Array(Math.round(RATE * seconds));
  let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
  for (let i = 0; i < out.length; i += 1) {
    const w = r();
    b0 = 0.99886 * b0 + w * 0.0555179; b1 = 0.99332 * b1 + w * 0.0750759; b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856; b4 = 0.55 * b4 + w * 0.5329522; b5 = -0.7616 * b5 - w * 0.016898;
    out[i] = 0.05 * (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362);
    b6 = w * 0.115926;
  }
  return out;
}

describe('true peak on high-frequency content (issue #16 item 1)', () => {
  it.each([1_000, 15_000, 18_000, 19_000, 20_000, 21_000, 22_000])('a %i Hz sine at eight phases: within ±0.1 dB of its amplitude', (freq) => {
    // The phase decides where the samples fall against the crests: a short filter misses some by 0.3 dB.
    for (const phase of [0, 0.3, 0.7, 1.1, 1.5, 1.9, 2.3, 2.9]) {
      const got = db(cabinaPeak(sine(freq, phase)) / 0.5);
      expect(got, `phase ${phase}`).toBeGreaterThan(-0.1);
      expect(got, `phase ${phase}`).toBeLessThan(0.1);
    }
  });

  it.each([
    ['white', whiteNoise(7)],
    ['pink', pinkNoise(11)],
  ] as const)('%s noise: within −0.2 / +0.1 dB of the ideal reconstruction, and not under ffmpeg', (name, noise) => {
    const ideal = db(idealPeak(noise));
    const got = db(cabinaPeak(noise));
    expect(got - ideal).toBeGreaterThan(-0.2);
    expect(got - ideal).toBeLessThan(0.1);
    expect(got).toBeGreaterThan(ffmpegPeakDb(noise, name) - 0.05);
  });
});
