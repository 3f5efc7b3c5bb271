import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import type { PcmFormat } from '../ffmpeg/pcm-stream.ts';
import { meteredOutput, renderMetered } from './metered-render.ts';

/*
 * The gain search behind normalize (issue #3, bounded in issue #11): apply gain (plus the limiter
 * when peaks need it), re-measure with our meter, correct, until the loudness is within tolerance
 * and the true peak under the ceiling. normalize.ts runs it on a lossless file, where an attempt
 * is a filter pass and a direct WAV read, never a lossy encode and its decode.
 */

/** One attempt of the search: its gain, the loudness it gave, the limiter's threshold (null: off). */
export interface Attempt {
  gainDb: number;
  lufs: number;
  limitDb: number | null;
}

/**
 * The gain change for a loudness miss. Loudness follows gain one to one until the limiter works;
 * then each dB of gain gives less (on speech limited for a lossy codec, ~0.4 dB), and stepping by
 * the miss alone crept towards the target over six encodes. Two attempts with the same limiter
 * say how much less (a secant step), bounded so one noisy pair cannot throw it far.
 */
export function gainStep(missDb: number, current: Attempt, previous: Attempt | null): number {
  if (!previous || previous.limitDb !== current.limitDb || current.limitDb === null || previous.gainDb === current.gainDb) return missDb;
  const slope = (current.lufs - previous.lufs) / (current.gainDb - previous.gainDb);
  return missDb / Math.min(1, Math.max(0.25, slope));
}

export interface SearchStart {
  gainDb: number;
  limiting: boolean;
  limitDb: number;
}

export interface SearchInput {
  input: string;
  /** Length of the input, for progress. */
  durationSec: number;
  targetLufs: number;
  ceilingDbtp: number;
  /** Largest loudness miss accepted (LU). */
  toleranceLu: number;
  start: SearchStart;
  /** Codec options of every attempt (a lossless format when the search is a prediction). */
  outputArgs: readonly string[];
  /** Where the kept attempt ends up. */
  out: string;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /** Attempts before the closest one is kept (default 7); cheap attempts (an excerpt) may take more. */
  maxAttempts?: number;
  /**
   * Most gain the search may apply. Past it the limiter would buy loudness by crushing the speech
   * (a 32 kb/s Opus search once reached 33 dB of gain into a limiter at −11 dBFS); at the cap the
   * peaks still obey the ceiling and the loudness comes out short of the target, said as such.
   */
  maxGainDb?: number;
  /**
   * The input's rate and channels, which a plain (unresampled, unremixed) output keeps: given, a PCM
   * WAV attempt is measured while ffmpeg writes it (metered-render.ts) instead of read back after.
   */
  format?: PcmFormat | undefined;
}

export interface SearchResult extends SearchStart {
  after: AudioAnalysis;
  /** Within tolerance and under the ceiling. */
  fits: boolean;
  /** Quieter than the target because more gain would pass `maxGainDb`. */
  capped: boolean;
}

const MAX_ATTEMPTS = 7;

export function levelFilters(gainDb: number, limitDb: number | null): string {
  const filters = [`volume=${gainDb.toFixed(3)}dB`];
  // alimiter's limit is linear (0.0625–1); level=0 turns off its make-up gain.
  if (limitDb !== null) filters.push(`alimiter=limit=${Math.max(0.0625, 10 ** (limitDb / 20)).toFixed(5)}:attack=2:release=50:level=0`);
  return filters.join(',');
}

export async function searchGain(adapter: FfmpegAdapter, s: SearchInput): Promise<SearchResult> {
  const progress = s.onProgress ?? (() => undefined);
  const dir = path.dirname(s.out);
  const base = `.${path.basename(s.out)}.${process.pid}`;
  const temp = path.join(dir, `${base}.part${path.extname(s.out)}`);
  // The closest attempt so far that keeps under the ceiling: the limiter (and a lossy encoder)
  // can pull loudness and peak against each other, and the last attempt need not be the best one.
  const kept = path.join(dir, `${base}.best${path.extname(s.out)}`);
  let best: SearchResult | null = null;
  let previous: Attempt | null = null;
  const maxGain = s.maxGainDb ?? Infinity;
  let { gainDb: gain, limiting, limitDb } = s.start;
  gain = Math.min(gain, maxGain);
  try {
    for (let attempt = 0; ; attempt += 1) {
      const share = 1 / (attempt + 1);
      const after = await renderAttempt(adapter, s, levelFilters(gain, limiting ? limitDb : null), temp, (f) => progress(f * share));
      const missDb = s.targetLufs - (after.integratedLufs ?? s.targetLufs);
      const overDb = (after.truePeakDbtp ?? -Infinity) - s.ceilingDbtp;
      const capped = missDb > s.toleranceLu && gain >= maxGain - 1e-6;
      const fits = (Math.abs(missDb) <= s.toleranceLu || capped) && overDb <= 0;
      const result: SearchResult = { gainDb: gain, limiting, limitDb, after, fits, capped };
      if (fits) {
        await rename(temp, s.out);
        progress(1);
        return result;
      }
      if (overDb <= 0 && (!best || Math.abs(missDb) < Math.abs(s.targetLufs - (best.after.integratedLufs ?? s.targetLufs)))) {
        await rename(temp, kept);
        best = result;
      }
      if (attempt >= (s.maxAttempts ?? MAX_ATTEMPTS) - 1) {
        await rename(best ? kept : temp, s.out);
        progress(1);
        return best ?? result;
      }
      const tried: Attempt = { gainDb: gain, lufs: after.integratedLufs ?? s.targetLufs, limitDb: limiting ? limitDb : null };
      // The limiter takes some loudness off the peaks: give it back and limit again.
      if (Math.abs(missDb) > s.toleranceLu) gain = Math.min(maxGain, gain + gainStep(missDb, tried, previous));
      previous = tried;
      // Inter-sample peaks can pass a limited signal: limit (lower) until the measured file fits.
      if (overDb > 0 && limiting) limitDb -= overDb + 0.3;
      limiting ||= overDb > 0;
    }
  } finally {
    await Promise.all([rm(temp, { force: true }), rm(kept, { force: true })]);
  }
}

/** One attempt written to `temp`, and what it measures: in the same ffmpeg run when the output allows. */
async function renderAttempt(adapter: FfmpegAdapter, s: SearchInput, filters: string, temp: string, progress: (fraction: number) => void): Promise<AudioAnalysis> {
  const { signal, durationSec } = s;
  const output = meteredOutput(s.outputArgs, s.format, temp);
  if (output) return renderMetered(adapter, { input: s.input, filters, outputArgs: s.outputArgs, out: temp, output, durationSec, signal, onProgress: progress });
  await adapter.runFfmpeg(['-v', 'error', '-i', s.input, '-map', '0:a:0', '-vn', '-af', filters, ...s.outputArgs, temp], {
    signal,
    durationSec,
    onProgress: (f) => progress(f * 0.6),
  });
  return (await analyzeFile(adapter, temp, { signal, onProgress: (f) => progress(0.6 + f * 0.4) })).analysis;
}
