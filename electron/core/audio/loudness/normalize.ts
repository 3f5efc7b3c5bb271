import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import { searchGain } from './gain-search.ts';
import { CALIBRATE_FROM_SEC, calibrateOnExcerpt, NO_CORRECTION, type CalibrationPlan } from './lossy-calibration.ts';
import { fitOpusHeaderGain } from './opus-header-fit.ts';

export { gainStep, type Attempt } from './gain-search.ts';

/*
 * Normalize to a station target (issue #3). The loudness is measured in our single analysis pass
 * (or taken from the cache); then ONE ffmpeg run applies a linear gain, plus ffmpeg's look-ahead
 * limiter only when the gained true peak would pass the ceiling. The result is re-measured with the
 * same meter; if inter-sample peaks still pass the ceiling, the limiter runs again 0.5 dB lower.
 * Compared with ffmpeg's two-pass loudnorm (two full filter passes with its 192 kHz upsampling
 * measurement), this is a gain and a limiter: a few times a bare decode.
 * Into a lossy format (issue #11) the search runs on a lossless float WAV, and the codec encodes
 * only the result: a 20-minute Opus render iterated encode + decode up to seven times (> 7 min).
 * A long file is first calibrated with the codec in the loop on an excerpt (lossy-calibration.ts),
 * so one full encode usually lands. What the codec shifted on a full encode is measured; when it
 * misses, the search runs again aimed off by that shift and the codec encodes once more.
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
  /** Most gain over the plain gain that limiting may make up (default MAX_MAKEUP_DB). */
  maxMakeupDb?: number;
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
  /** Short of the target on purpose: reaching it needed more than MAX_MAKEUP_DB of limiting. */
  capped: boolean;
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

const LOSSLESS = /^(pcm_|flac$)/;
/** Largest loudness miss a delivered file may have (LU); the tests allow 0.5. */
const TOLERANCE_LU = 0.4;
/** A lossy encode adds its own error to the prediction's: the prediction aims closer. */
const PREDICTION_TOLERANCE_LU = 0.15;
/** Encodes into a lossy format: the first, and corrections aimed off by what the codec shifted. */
const MAX_ENCODES = 3;
/**
 * Gain the search may add over the plain gain to make up what the limiter takes (see gain-search):
 * about what a broadcast processor's limiter works at on speech, not a crush.
 */
export const MAX_MAKEUP_DB = 9;

const isLossless = (args: readonly string[]) => LOSSLESS.test(args[args.indexOf('-c:a') + 1] ?? '');

export async function normalizeFile(adapter: FfmpegAdapter, input: string, output: string, options: NormalizeOptions = {}): Promise<NormalizeResult> {
  const preset = LOUDNESS_PRESETS[DEFAULT_PRESET];
  const target = options.targetLufs ?? preset.targetLufs;
  const ceiling = options.ceilingDbtp ?? preset.ceilingDbtp;
  const progress = options.onProgress ?? (() => undefined);
  const { signal } = options;
  const before = options.measured ?? (await analyzeFile(adapter, input, { signal, onProgress: (f) => progress(f * 0.4) })).analysis;
  const { gainDb, needsLimiter } = planGain(before, target, ceiling);
  const outputArgs = options.outputArgs ?? encoderArgs(output, before.sampleRate);
  const start = { gainDb, limiting: needsLimiter, limitDb: ceiling - 0.5 };
  const format = { sampleRate: before.sampleRate, channels: before.channels };
  const search = { input, durationSec: before.durationSec, signal, outputArgs, start, maxGainDb: gainDb + (options.maxMakeupDb ?? MAX_MAKEUP_DB), format };
  if (isLossless(outputArgs)) {
    const found = await searchGain(adapter, { ...search, targetLufs: target, ceilingDbtp: ceiling, toleranceLu: TOLERANCE_LU, out: output, onProgress: (f) => progress(0.4 + f * 0.6) });
    return { gainDb: found.gainDb, limited: found.limiting, before, after: found.after, capped: found.capped };
  }
  return encodeLossy(adapter, output, { ...search, output, before, target, ceiling, progress });
}

/** What the excerpt calibration needs, and where the lossy render reports its progress. */
interface LossyPlan extends CalibrationPlan {
  progress: (fraction: number) => void;
}

async function encodeLossy(adapter: FfmpegAdapter, output: string, plan: LossyPlan): Promise<NormalizeResult> {
  const { before, target, ceiling, signal, progress } = plan;
  const base = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}`);
  const level = `${base}.level.wav`;
  const encoded = `${base}.part${path.extname(output)}`;
  const kept = `${base}.best${path.extname(output)}`;
  const share = 0.6 / MAX_ENCODES;
  let aim = { targetLufs: target, ceilingDbtp: ceiling };
  let start = plan.start;
  let calibration = before.durationSec >= CALIBRATE_FROM_SEC ? await calibrateOnExcerpt(adapter, plan, base) : null;
  if (calibration) ({ aim, start } = calibration);
  let correction = NO_CORRECTION;
  let best: NormalizeResult | null = null;
  try {
    for (let round = 0; ; round += 1) {
      const at = 0.4 + round * share;
      const found = await searchGain(adapter, {
        input: plan.input, durationSec: before.durationSec, ...aim, toleranceLu: PREDICTION_TOLERANCE_LU, start, maxGainDb: plan.maxGainDb,
        outputArgs: ['-c:a', 'pcm_f32le', '-f', 'wav'], out: level, signal, onProgress: (f) => progress(at + f * share * 0.4),
        format: { sampleRate: before.sampleRate, channels: before.channels },
      });
      await adapter.runFfmpeg(['-v', 'error', '-i', level, '-map', '0:a:0', '-vn', ...plan.outputArgs, encoded], {
        signal, durationSec: before.durationSec, onProgress: (f) => progress(at + share * (0.4 + f * 0.3)),
      });
      const encodedAnalysis = (await analyzeFile(adapter, encoded, { signal, onProgress: (f) => progress(at + share * (0.7 + f * 0.3)) })).analysis;
      const header = await fitOpusHeaderGain(adapter, encoded, encodedAnalysis, { target, ceiling, signal });
      const after = header?.after ?? encodedAnalysis;
      const lufs = after.integratedLufs ?? target;
      const overDb = (after.truePeakDbtp ?? -Infinity) - ceiling;
      // A long Opus that the ceiling keeps quieter than the target: another encode would have to
      // limit harder, and harder limiting lifts the codec's peaks about as much (measured), so the
      // peaks win and the file says it is short of the target.
      const peakBound = header !== null && before.durationSec >= CALIBRATE_FROM_SEC && header.peakBound;
      const result: NormalizeResult = { gainDb: found.gainDb + (header?.gainDb ?? 0), limited: found.limiting, before, after, capped: found.capped || peakBound };
      // At the gain cap a quieter file is the answer, not a miss: another encode cannot be louder.
      if ((Math.abs(target - lufs) <= TOLERANCE_LU || ((found.capped || peakBound) && lufs < target)) && overDb <= 0) {
        await rename(encoded, output);
        progress(1);
        return result;
      }
      if (overDb <= 0 && (!best || Math.abs(target - lufs) < Math.abs(target - (best.after.integratedLufs ?? target)))) {
        await rename(encoded, kept);
        best = result;
      }
      if (round >= MAX_ENCODES - 1) {
        await rename(best ? kept : encoded, output);
        progress(1);
        return best ?? result;
      }
      // A long file: what the whole encode showed beyond the excerpt (higher rare peaks, a loudness
      // miss) moves the excerpt's aim, and the codec-in-the-loop search runs again on the excerpt.
      const corrected = calibration && {
        peakDb: correction.peakDb + Math.max(0, (after.truePeakDbtp ?? -Infinity) - calibration.excerptPeakDbtp),
        loudnessDb: correction.loudnessDb + (target - lufs),
      };
      const recalibrated = corrected && (await calibrateOnExcerpt(adapter, plan, base, corrected));
      if (corrected && recalibrated) {
        correction = corrected;
        calibration = recalibrated;
        ({ aim, start } = recalibrated);
        continue;
      }
      // What the codec changed on this encode (its miss, its peak rise over the lossless file)
      // moves the next prediction's aim: the same codec on the same speech at nearly the same
      // level shifts loudness and peaks nearly the same.
      const peakRiseDb = Math.max(0, (after.truePeakDbtp ?? -Infinity) - (found.after.truePeakDbtp ?? -Infinity));
      const next = { targetLufs: aim.targetLufs + (target - lufs), ceilingDbtp: Math.min(aim.ceilingDbtp, ceiling - peakRiseDb - 0.1) };
      if (overDb > 0) next.ceilingDbtp = Math.min(next.ceilingDbtp, aim.ceilingDbtp - overDb - 0.1);
      start = { limiting: found.limiting, gainDb: found.gainDb + (next.targetLufs - aim.targetLufs), limitDb: Math.min(found.limitDb, next.ceilingDbtp - 0.5) };
      aim = next;
    }
  } finally {
    await Promise.all([rm(level, { force: true }), rm(encoded, { force: true }), rm(kept, { force: true })]);
  }
}
