import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from './ffmpeg-adapter.ts';

/*
 * Normalize to a station target (issue #3). The loudness is measured in our single analysis pass
 * (or taken from the cache); then ONE ffmpeg run applies a linear gain, plus ffmpeg's look-ahead
 * limiter only when the gained true peak would pass the ceiling. The result is re-measured with the
 * same meter; if inter-sample peaks still pass the ceiling, the limiter runs again 0.5 dB lower.
 * Compared with ffmpeg's two-pass loudnorm (two full filter passes with its 192 kHz upsampling
 * measurement), this is a gain and a limiter: a few times a bare decode.
 */

export const LOUDNESS_PRESETS = {
  'ebu-r128': { targetLufs: -23, ceilingDbtp: -1.5 },
  radio: { targetLufs: -18, ceilingDbtp: -1.5 },
  internet: { targetLufs: -16, ceilingDbtp: -1.5 },
} as const;
export type LoudnessPreset = keyof typeof LOUDNESS_PRESETS;
export const DEFAULT_PRESET: LoudnessPreset = 'radio';

export interface NormalizeOptions {
  targetLufs?: number;
  ceilingDbtp?: number;
  /** Known analysis of the input (from the cache), to skip the measuring pass. */
  measured?: AudioAnalysis;
  /** Codec and metadata options for the output (default: encoderArgs() from its extension). */
  outputArgs?: string[];
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface NormalizeResult {
  gainDb: number;
  limited: boolean;
  before: AudioAnalysis;
  after: AudioAnalysis;
}

/** Output codec options by the output file's extension (the formats the library plays). */
export function encoderArgs(file: string, sampleRate: number): string[] {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case '.wav':
      return ['-c:a', 'pcm_s24le', '-ar', String(sampleRate), '-f', 'wav'];
    case '.flac':
      return ['-c:a', 'flac', '-ar', String(sampleRate), '-f', 'flac'];
    case '.mp3':
      return ['-c:a', 'libmp3lame', '-b:a', '192k', '-ar', String(sampleRate === 48000 ? 48000 : 44100), '-f', 'mp3'];
    case '.opus':
    case '.ogg':
      return ['-c:a', 'libopus', '-b:a', '96k', '-ar', '48000', '-f', 'ogg'];
    case '.m4a':
      return ['-c:a', 'aac', '-b:a', '192k', '-ar', String(sampleRate), '-f', 'ipod'];
    default:
      throw new UserFacingError('invalid_input', `Unsupported output format ${ext || '(none)'}`, { field: 'out' });
  }
}

export function planGain(measured: AudioAnalysis, targetLufs: number, ceilingDbtp: number): { gainDb: number; needsLimiter: boolean } {
  if (measured.integratedLufs === null) throw new UserFacingError('audio.silent', 'The audio is silent: nothing to normalize', {});
  const gainDb = targetLufs - measured.integratedLufs;
  const peak = measured.truePeakDbtp ?? -Infinity;
  return { gainDb, needsLimiter: peak + gainDb > ceilingDbtp - 0.1 };
}

/** One encode of the loop below: its gain, the loudness it gave, the limiter's threshold (null: off). */
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

export async function normalizeFile(adapter: FfmpegAdapter, input: string, output: string, options: NormalizeOptions = {}): Promise<NormalizeResult> {
  const preset = LOUDNESS_PRESETS[DEFAULT_PRESET];
  const target = options.targetLufs ?? preset.targetLufs;
  const ceiling = options.ceilingDbtp ?? preset.ceilingDbtp;
  const progress = options.onProgress ?? (() => undefined);
  const before = options.measured ?? (await analyzeFile(adapter, input, { signal: options.signal, onProgress: (f) => progress(f * 0.4) })).analysis;
  const { gainDb, needsLimiter } = planGain(before, target, ceiling);
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.part${path.extname(output)}`);
  // The closest attempt so far that keeps under the ceiling: a lossy encoder and the limiter can
  // pull loudness and peak against each other, and the last attempt need not be the best one.
  const kept = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.best${path.extname(output)}`);
  let best: NormalizeResult | null = null;
  let previous: Attempt | null = null;
  try {
    let limitDb = ceiling - 0.5;
    let gain = gainDb;
    let limiting = needsLimiter;
    for (let attempt = 0; ; attempt += 1) {
      const filters = [`volume=${gain.toFixed(3)}dB`];
      // alimiter's limit is linear (0.0625–1); level=0 turns off its make-up gain.
      if (limiting) filters.push(`alimiter=limit=${Math.max(0.0625, 10 ** (limitDb / 20)).toFixed(5)}:attack=2:release=50:level=0`);
      const share = 0.6 / (attempt + 1);
      await adapter.runFfmpeg(['-v', 'error', '-i', input, '-map', '0:a:0', '-vn', '-af', filters.join(','), ...(options.outputArgs ?? encoderArgs(output, before.sampleRate)), temp], {
        signal: options.signal,
        durationSec: before.durationSec,
        onProgress: (f) => progress(0.4 + f * share * 0.5),
      });
      const after = (await analyzeFile(adapter, temp, { signal: options.signal, onProgress: (f) => progress(0.4 + share * (0.5 + f * 0.5)) })).analysis;
      const missDb = target - (after.integratedLufs ?? target);
      const overDb = (after.truePeakDbtp ?? -Infinity) - ceiling;
      const result = { gainDb: gain, limited: limiting, before, after };
      // The limiter takes some loudness off the peaks: give it back and limit again.
      if (Math.abs(missDb) <= 0.4 && overDb <= 0) {
        await rename(temp, output);
        progress(1);
        return result;
      }
      if (overDb <= 0 && (!best || Math.abs(missDb) < Math.abs(target - (best.after.integratedLufs ?? target)))) {
        await rename(temp, kept);
        best = result;
      }
      if (attempt >= 6) {
        await rename(best ? kept : temp, output);
        progress(1);
        return best ?? result;
      }
      const tried: Attempt = { gainDb: gain, lufs: after.integratedLufs ?? target, limitDb: limiting ? limitDb : null };
      if (Math.abs(missDb) > 0.4) gain += gainStep(missDb, tried, previous);
      previous = tried;
      // A lossy encoder can overshoot a limited signal: limit (lower) until the decoded file fits.
      if (overDb > 0 && limiting) limitDb -= overDb + 0.3;
      limiting ||= overDb > 0;
    }
  } finally {
    await Promise.all([rm(temp, { force: true }), rm(kept, { force: true })]);
  }
}
