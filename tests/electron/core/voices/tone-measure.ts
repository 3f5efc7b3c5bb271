import { execFileSync } from 'node:child_process';
import { locateFfmpeg } from '../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';

export const MEASURE_RATE = 48000;

/** Any audio file decoded to mono float samples at 48 kHz, by the same ffmpeg the app uses. */
export function decodeMono(file: string): Float32Array {
  const out = execFileSync(locateFfmpeg().ffmpeg, ['-v', 'error', '-i', file, '-ac', '1', '-ar', String(MEASURE_RATE), '-f', 'f32le', '-'], { maxBuffer: 512 * 1024 * 1024 });
  return new Float32Array(out.buffer, out.byteOffset, Math.floor(out.byteLength / 4));
}

/**
 * How much of a stretch's energy is one frequency (Goertzel): about 1 for a pure tone there, a few
 * hundredths for speech. Measured, not trusted: the redaction test plays the span back with this.
 */
export function toneShare(samples: Float32Array, startSec: number, endSec: number, hz: number): number {
  const from = Math.round(startSec * MEASURE_RATE);
  const to = Math.min(samples.length, Math.round(endSec * MEASURE_RATE));
  const n = to - from;
  const coeff = 2 * Math.cos((2 * Math.PI * hz) / MEASURE_RATE);
  let s1 = 0;
  let s2 = 0;
  let energy = 0;
  for (let i = from; i < to; i += 1) {
    const x = samples[i] as number;
    energy += x * x;
    const s0 = x + coeff * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
  const meanSquare = energy / n;
  return meanSquare === 0 ? 0 : (2 * power) / (n * n) / meanSquare;
}

/** Root-mean-square level of a stretch, in dBFS. */
export function rmsDb(samples: Float32Array, startSec: number, endSec: number): number {
  const from = Math.round(startSec * MEASURE_RATE);
  const to = Math.min(samples.length, Math.round(endSec * MEASURE_RATE));
  let energy = 0;
  for (let i = from; i < to; i += 1) energy += (samples[i] as number) ** 2;
  return 10 * Math.log10(energy / Math.max(1, to - from) + 1e-20);
}

/**
 * Median fundamental of the voiced windows between two times (autocorrelation peak, 60–400 Hz):
 * enough to show a voice pitched down by a fifth or so.
 */
export function medianPitchHz(samples: Float32Array, startSec: number, endSec: number): number {
  const window = 2048;
  const pitches: number[] = [];
  const to = Math.min(samples.length, Math.round(endSec * MEASURE_RATE));
  for (let start = Math.round(startSec * MEASURE_RATE); start + window <= to; start += window) {
    let energy = 0;
    for (let i = start; i < start + window; i += 1) energy += (samples[i] as number) ** 2;
    if (energy < 1e-3 * window) continue;
    let best = 0;
    let bestLag = 0;
    for (let lag = Math.floor(MEASURE_RATE / 400); lag < MEASURE_RATE / 60; lag += 1) {
      let c = 0;
      for (let i = start; i < start + window - lag; i += 2) c += (samples[i] as number) * (samples[i + lag] as number);
      if (c > best) [best, bestLag] = [c, lag];
    }
    if (bestLag > 0) pitches.push(MEASURE_RATE / bestLag);
  }
  pitches.sort((a, b) => a - b);
  return pitches[Math.floor(pitches.length / 2)] ?? 0;
}
