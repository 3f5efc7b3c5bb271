import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import { addOpusGain, readOpusGainDb } from './opus-gain.ts';

/** Peaks land this far under the ceiling: the header gain has a 1/256 dB step. */
const PEAK_GUARD_DB = 0.05;
/** Smaller moves than this are not worth rewriting the file. */
const MIN_MOVE_DB = 0.02;

export interface HeaderFit {
  /** Gain moved through the header (dB). */
  gainDb: number;
  /** Measured again after the move. */
  after: AudioAnalysis;
  /** The ceiling, not the target, set the gain: the file is quieter than asked. */
  peakBound: boolean;
}

/**
 * Brings an Ogg Opus encode onto the target, or as close as the ceiling allows, through the
 * header's output gain (opus-gain.ts): loudness and true peak move by the same dB, exactly, with
 * no second encode. Null when the file is not Opus or is already where it should be.
 */
export async function fitOpusHeaderGain(
  adapter: FfmpegAdapter,
  file: string,
  measured: AudioAnalysis,
  aim: { target: number; ceiling: number; signal: AbortSignal | undefined },
): Promise<HeaderFit | null> {
  if (measured.integratedLufs === null || measured.truePeakDbtp === null) return null;
  if ((await readOpusGainDb(file)) === null) return null;
  const towardTarget = aim.target - measured.integratedLufs;
  const headroom = aim.ceiling - PEAK_GUARD_DB - measured.truePeakDbtp;
  const move = Math.min(towardTarget, headroom);
  if (Math.abs(move) < MIN_MOVE_DB) return null;
  await addOpusGain(file, move);
  const after = (await analyzeFile(adapter, file, { signal: aim.signal })).analysis;
  return { gainDb: move, after, peakBound: headroom < towardTarget };
}
