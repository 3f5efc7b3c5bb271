import { rm } from 'node:fs/promises';
import path from 'node:path';
import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import { levelFilters, searchGain, type SearchStart } from './gain-search.ts';

/*
 * Why a lossy render calibrates on an excerpt (issue #11, a 20-minute Opus render under 2× the MP3):
 * a low-bit-rate codec lifts true peaks by an amount that depends on how hard the limiter works
 * (Opus at 32 kb/s on limited speech: +2.4 dB with the limiter at −2 dBFS, +5.3 dB at −5 dBFS), so
 * a shift measured at one setting and applied at another misses, and every miss costs a full encode
 * (76 s for 20 minutes). Here the gain and the limiter are searched with the codec in the loop on a
 * 30-second excerpt (an attempt costs about 2 s), and the full file is encoded once at the setting
 * found; the full encode's own measurement still decides what is delivered.
 */

/** Files shorter than this are encoded whole at once: a calibration would cost what it saves. */
export const CALIBRATE_FROM_SEC = 120;
const EXCERPT_SEC = 30;
/**
 * The excerpt is searched to land this far under the ceiling; the full file may then peak up to
 * FULL_FILE_SLACK_DB above the excerpt's lossless peak before its search limits harder (a full
 * search fighting over 0.05 dB pushed the limiter and the gain into a spiral: 17 dB of gain).
 */
const PEAK_MARGIN_DB = 0.5;
const FULL_FILE_SLACK_DB = 0.4;
const EXCERPT_TOLERANCE_LU = 0.15;
/** An excerpt attempt costs ~2 s: the codec-in-the-loop search may take more of them than a full one. */
const EXCERPT_ATTEMPTS = 14;

export interface CalibrationPlan {
  input: string;
  output: string;
  before: AudioAnalysis;
  target: number;
  ceiling: number;
  outputArgs: readonly string[];
  start: SearchStart;
  maxGainDb: number;
  signal: AbortSignal | undefined;
}

export interface Calibration {
  /** What the lossless full-file search aims at so that the encode lands on target and ceiling. */
  aim: { targetLufs: number; ceilingDbtp: number };
  start: SearchStart;
  /** The excerpt's true peak through the codec at that setting. */
  excerptPeakDbtp: number;
}

/**
 * What a full encode showed that the excerpt did not: a whole file holds rarer, higher codec peaks
 * than 30 seconds of it (20 minutes of Opus at 32 kb/s: 2 dB more), and its loudness can land off.
 */
export interface Correction {
  peakDb: number;
  loudnessDb: number;
}

export const NO_CORRECTION: Correction = { peakDb: 0, loudnessDb: 0 };

const lossless = ['-c:a', 'pcm_f32le', '-f', 'wav'];

/** Null when the excerpt says nothing (silence): the full encodes then find their own way. */
export async function calibrateOnExcerpt(adapter: FfmpegAdapter, plan: CalibrationPlan, base: string, correction: Correction = NO_CORRECTION): Promise<Calibration | null> {
  const { before, signal } = plan;
  const excerpt = `${base}.cal.wav`;
  const coded = `${base}.cal${path.extname(plan.output)}`;
  const level = `${base}.cal.level.wav`;
  const from = Math.max(0, before.durationSec / 2 - EXCERPT_SEC / 2);
  try {
    await adapter.runFfmpeg(['-v', 'error', '-ss', from.toFixed(3), '-t', String(EXCERPT_SEC), '-i', plan.input, '-map', '0:a:0', '-vn', ...lossless, excerpt], { signal, durationSec: EXCERPT_SEC });
    const raw = (await analyzeFile(adapter, excerpt, { signal })).analysis;
    if (raw.integratedLufs === null || before.integratedLufs === null) return null;
    // The excerpt is louder or quieter than the file: the gain the file needs brings the excerpt
    // to the target moved by that difference.
    const offset = raw.integratedLufs - before.integratedLufs;
    const found = await searchGain(adapter, {
      input: excerpt, durationSec: EXCERPT_SEC, targetLufs: plan.target + offset + correction.loudnessDb, ceilingDbtp: plan.ceiling - PEAK_MARGIN_DB - correction.peakDb,
      toleranceLu: EXCERPT_TOLERANCE_LU, maxAttempts: EXCERPT_ATTEMPTS, maxGainDb: plan.maxGainDb, start: plan.start, outputArgs: plan.outputArgs, out: coded, signal,
    });
    // The same setting without the codec: what the codec itself shifts at this setting.
    await adapter.runFfmpeg(['-v', 'error', '-i', excerpt, '-map', '0:a:0', '-vn', '-af', levelFilters(found.gainDb, found.limiting ? found.limitDb : null), ...lossless, level], { signal, durationSec: EXCERPT_SEC });
    const clean = (await analyzeFile(adapter, level, { signal })).analysis;
    const coder = found.after;
    if (clean.integratedLufs === null || coder.integratedLufs === null || clean.truePeakDbtp === null || coder.truePeakDbtp === null) return null;
    const peakRiseDb = Math.max(0, coder.truePeakDbtp - clean.truePeakDbtp);
    return {
      aim: {
        targetLufs: plan.target + correction.loudnessDb - (coder.integratedLufs - clean.integratedLufs),
        ceilingDbtp: plan.ceiling - PEAK_MARGIN_DB + FULL_FILE_SLACK_DB - correction.peakDb - peakRiseDb,
      },
      start: { gainDb: found.gainDb, limiting: found.limiting, limitDb: found.limitDb },
      excerptPeakDbtp: coder.truePeakDbtp,
    };
  } finally {
    await Promise.all([excerpt, coded, level].map((file) => rm(file, { force: true })));
  }
}
