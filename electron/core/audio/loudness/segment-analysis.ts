import { loudnessFromSubBlocks, loudnessResult, type LoudnessResult } from '../dsp/loudness-gating.ts';
import { OnePassMeter } from '../dsp/one-pass-meter.ts';
import { BASE_SPP, peaksFromPairs, type PeaksFile } from '../peaks-file.ts';
import { readWavPcm, type WavPcmLayout } from '../wav/wav-pcm-reader.ts';

/*
 * One file's analysis split into stretches measured apart (in parallel, parallel-analysis.ts) and
 * joined into the result one pass over the whole file gives. Stretches start on a boundary of both a
 * 100 ms loudness sub-block and a waveform pixel, so sub-blocks and pixels never straddle two of
 * them; each stretch but the first is primed with the half second before it (K-weighting state and
 * true-peak history, see OnePassMeter.prime). Integrated loudness and LRA then match the one-pass
 * values to rounding, and true peak, sample peak and peaks exactly.
 */

/** What one stretch learned; `frames` counts the measured frames only, not the priming ones. */
export interface SegmentResult {
  frames: number;
  subBlocks: Float64Array;
  truePeak: number;
  samplePeak: number;
  /** BASE_SPP min/max pairs, interleaved. */
  pairs: Int16Array;
}

export interface SegmentPlan {
  /** First measured frame. */
  start: number;
  /** One past the last measured frame. */
  end: number;
  /** Frames before `start` read only to prime the meters. */
  prime: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The grid stretches start on: whole sub-blocks and whole pixels (19 200 frames at 48 kHz, 12.8 s at 44.1 kHz). */
export function segmentGrid(sampleRate: number): number {
  const subBlock = Math.round(sampleRate / 10);
  return (subBlock * BASE_SPP) / gcd(subBlock, BASE_SPP);
}

/**
 * Stretches of about `stretchFrames` covering `totalFrames`, on the grid; the last one takes the rest.
 * Many short stretches rather than one per core: whoever is free takes the next, so a worker thread
 * that starts late, or a slow core, never holds up the end.
 */
export function planSegments(totalFrames: number, sampleRate: number, stretchFrames: number): SegmentPlan[] {
  const grid = segmentGrid(sampleRate);
  const step = Math.max(1, Math.round(stretchFrames / grid)) * grid;
  const primeFrames = Math.round(sampleRate / 2);
  const plans: SegmentPlan[] = [];
  for (let start = 0; ; ) {
    // A short tail joins the stretch before it rather than stand alone.
    const end = start + 2 * step > totalFrames ? totalFrames : start + step;
    plans.push({ start, end, prime: Math.min(start, primeFrames) });
    if (end >= totalFrames) return plans;
    start = end;
  }
}

/** The file's layout narrowed to one stretch, its priming frames included. */
function stretchLayout(layout: WavPcmLayout, plan: SegmentPlan): WavPcmLayout {
  const from = plan.start - plan.prime;
  return { ...layout, dataOffset: layout.dataOffset + from * layout.blockAlign, dataBytes: (plan.end - from) * layout.blockAlign };
}

/** Reads and meters one stretch of a PCM WAV (in a worker thread or the caller's). */
export async function meterWavStretch(
  file: string,
  layout: WavPcmLayout,
  plan: SegmentPlan,
  options: { signal?: AbortSignal | undefined; onProgress?: ((fraction: number) => void) | undefined } = {},
): Promise<SegmentResult> {
  const analyzer = new SegmentAnalyzer(layout.sampleRate, layout.channels, plan.prime);
  await readWavPcm(file, stretchLayout(layout, plan), (samples) => analyzer.push(samples), options);
  return analyzer.result();
}

/** Meters one stretch: the first `primeFrames` frames fed only prime it. */
export class SegmentAnalyzer {
  readonly #channels: number;
  readonly #meter: OnePassMeter;
  #toPrime: number;
  #frames = 0;

  constructor(sampleRate: number, channels: number, primeFrames: number) {
    this.#channels = channels;
    this.#meter = new OnePassMeter(sampleRate, channels);
    this.#toPrime = primeFrames;
  }

  /** Interleaved frames, in file order; not kept past the call. */
  push(samples: Float32Array): void {
    let measured = samples;
    if (this.#toPrime > 0) {
      const frames = Math.floor(samples.length / this.#channels);
      const priming = Math.min(frames, this.#toPrime);
      this.#meter.prime(samples.subarray(0, priming * this.#channels));
      this.#toPrime -= priming;
      measured = samples.subarray(priming * this.#channels);
    }
    if (measured.length === 0) return;
    this.#meter.push(measured);
    this.#frames += Math.floor(measured.length / this.#channels);
  }

  /** Call once, after the last push. */
  result(): SegmentResult {
    return {
      frames: this.#frames,
      subBlocks: this.#meter.subBlocks(),
      truePeak: this.#meter.truePeak(),
      samplePeak: this.#meter.samplePeak(),
      pairs: this.#meter.pairs(),
    };
  }
}

function concat<T extends Float64Array | Int16Array>(parts: T[], make: (length: number) => T): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface MergedAnalysis {
  frames: number;
  loudness: LoudnessResult;
  peaks: PeaksFile;
}

/** The whole file's loudness and peaks from its stretches' results, in file order. */
export function mergeSegments(results: SegmentResult[], sampleRate: number): MergedAnalysis {
  const subBlockFrames = Math.round(sampleRate / 10);
  const frames = results.reduce((n, r) => n + r.frames, 0);
  const subBlocks = concat(results.map((r) => r.subBlocks), (n) => new Float64Array(n));
  const pairs = concat(results.map((r) => r.pairs), (n) => new Int16Array(n));
  const truePeak = Math.max(0, ...results.map((r) => r.truePeak));
  const samplePeak = Math.max(0, ...results.map((r) => r.samplePeak));
  return {
    frames,
    loudness: loudnessResult(loudnessFromSubBlocks(subBlocks, subBlockFrames), truePeak, samplePeak),
    peaks: peaksFromPairs(sampleRate, frames, pairs),
  };
}
