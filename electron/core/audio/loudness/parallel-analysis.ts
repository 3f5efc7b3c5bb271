import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { apiErrorSchema, UserFacingError, type ApiErrorData } from '../../../../shared/api/errors.ts';
import { cancelled } from '../ffmpeg/ffmpeg-support.ts';
import type { DecodeOptions } from '../ffmpeg/pcm-stream.ts';
import { meterWavStretch, mergeSegments, planSegments, type MergedAnalysis, type SegmentPlan, type SegmentResult } from './segment-analysis.ts';
import type { WavPcmLayout } from '../wav/wav-pcm-reader.ts';

/*
 * Analysis of a PCM WAV on every core (issue #3: analysis ≤ 2× a bare decode). A WAV needs no
 * decoding, so the meters are the whole cost. The file is cut into stretches of ~30–120 s
 * (segment-analysis.ts); this thread starts metering them at once, and worker threads
 * (analysis-worker.ts) take the next free stretch as soon as they are up, so their start-up
 * (~50 ms compiled, ~150 ms from the TypeScript sources) is never waited for. A worker that cannot
 * start or dies (a packaging problem, not the file's fault) only hands its stretch back: the
 * analysis always finishes, at worst in this thread alone.
 */

export interface ToAnalysisWorker {
  id: number;
  file: string;
  layout: WavPcmLayout;
  plan: SegmentPlan;
}

export type FromAnalysisWorker =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: SegmentResult }
  | { type: 'failed'; id: number; error: ApiErrorData };

/**
 * Below this one thread does it all. A worker's start-up and its first, unoptimized chunks cost
 * ~0.15 s, and two threads reading and metering at once each run well below full speed on the
 * 2-core machines measured (memory, not arithmetic, is shared). Measured there: 20 min of stereo
 * 0.78 s alone, 0.84–0.92 s with a worker; 60 min 2.1 s alone, 1.6–2.0 s with one.
 */
export const PARALLEL_MIN_SECONDS = 30 * 60;
const MAX_WORKERS = 3;

/** Worker threads worth starting beside this one for `frames` on this machine. */
export function analysisWorkerCount(frames: number, sampleRate: number, cores = availableParallelism()): number {
  return frames < PARALLEL_MIN_SECONDS * sampleRate ? 0 : Math.max(0, Math.min(cores - 1, MAX_WORKERS));
}

/** analysis-worker.ts next to this file in the sources, analysis-worker.js in the compiled app. */
function analysisWorkerUrl(): URL {
  return new URL(`./analysis-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
}

/** Stretch length: about six per thread (the last ones balance the load), 30 s to 2 min. */
function stretchFrames(totalFrames: number, sampleRate: number, threads: number): number {
  return Math.min(120 * sampleRate, Math.max(30 * sampleRate, totalFrames / (6 * threads)));
}

function isSegmentResult(value: unknown): value is SegmentResult {
  const r = value as Partial<SegmentResult> | null;
  return typeof r === 'object' && r !== null && typeof r.frames === 'number' && r.subBlocks instanceof Float64Array
    && r.pairs instanceof Int16Array && typeof r.truePeak === 'number' && typeof r.samplePeak === 'number';
}

export interface WavAnalysisOptions extends Omit<DecodeOptions, 'durationSec'> {
  /** Worker threads beside this one; default by length and cores (analysisWorkerCount). */
  workers?: number | undefined;
  workerUrl?: URL | undefined;
}

/** The analysis, and how many stretches worker threads measured (0: all in this thread). */
export async function analyzeWav(file: string, layout: WavPcmLayout, options: WavAnalysisOptions = {}): Promise<MergedAnalysis & { workerStretches: number }> {
  if (options.signal?.aborted) throw cancelled();
  const totalFrames = layout.dataBytes / layout.blockAlign;
  const workerCount = options.workers ?? analysisWorkerCount(totalFrames, layout.sampleRate);
  // Alone, one stretch: no priming, and exactly the one-pass result.
  const plans = workerCount === 0 ? [{ start: 0, end: totalFrames, prime: 0 }] : planSegments(totalFrames, layout.sampleRate, stretchFrames(totalFrames, layout.sampleRate, workerCount + 1));
  const queue = plans.map((_, i) => i);
  const results: (SegmentResult | undefined)[] = plans.map(() => undefined);
  const progress = plans.map(() => 0);
  const inFlight = new Map<Worker, number>();
  let failure: unknown = null;
  let workerStretches = 0;
  let wake: () => void = () => undefined;
  const changed = () => wake();
  const report = (id: number, fraction: number) => {
    progress[id] = fraction;
    options.onProgress?.(plans.reduce((sum, p, i) => sum + (progress[i] as number) * (p.end - p.start), 0) / Math.max(1, totalFrames));
  };

  const feed = (worker: Worker) => {
    const id = failure === null ? queue.shift() : undefined;
    if (id === undefined) return;
    inFlight.set(worker, id);
    worker.postMessage({ id, file, layout, plan: plans[id] as SegmentPlan } satisfies ToAnalysisWorker);
  };
  const lose = (worker: Worker) => {
    const id = inFlight.get(worker);
    if (id !== undefined) queue.unshift(id);
    inFlight.delete(worker);
    worker.removeAllListeners();
    void worker.terminate();
    changed();
  };
  const workers = Array.from({ length: workerCount }, () => {
    const worker = new Worker(options.workerUrl ?? analysisWorkerUrl());
    worker.on('online', () => feed(worker));
    worker.on('message', (message: FromAnalysisWorker) => {
      const id = inFlight.get(worker);
      if (message.id !== id) return lose(worker);
      if (message.type === 'progress') return report(id, Number(message.fraction) || 0);
      inFlight.delete(worker);
      if (message.type === 'done' && isSegmentResult(message.result)) {
        results[id] = message.result;
        workerStretches += 1;
        report(id, 1);
        feed(worker);
      } else {
        const parsed = message.type === 'failed' ? apiErrorSchema.safeParse(message.error) : null;
        if (!parsed?.success) return lose(worker);
        failure ??= new UserFacingError(parsed.data.code, parsed.data.message, parsed.data.details);
      }
      changed();
    });
    worker.on('error', () => lose(worker));
    worker.on('exit', () => lose(worker));
    return worker;
  });

  try {
    // This thread's share: take stretches until none is left, then wait for the workers' last ones
    // (or take them back if a worker dies).
    while (failure === null) {
      if (options.signal?.aborted) throw cancelled();
      const id = queue.shift();
      if (id !== undefined) {
        results[id] = await meterWavStretch(file, layout, plans[id] as SegmentPlan, { signal: options.signal, onProgress: (f) => report(id, f) });
        continue;
      }
      if (inFlight.size === 0) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        options.signal?.addEventListener('abort', changed, { once: true });
      });
      options.signal?.removeEventListener('abort', changed);
    }
    if (failure !== null) throw failure;
    return { ...mergeSegments(checkContiguous(plans, results as SegmentResult[], file), layout.sampleRate), workerStretches };
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners();
      void worker.terminate();
    }
  }
}

/** A file that shrank while its stretches were read must not be joined with a hole in it. */
function checkContiguous(plans: SegmentPlan[], results: SegmentResult[], file: string): SegmentResult[] {
  const short = results.findIndex((r, i) => r.frames < (plans[i] as SegmentPlan).end - (plans[i] as SegmentPlan).start);
  if (short >= 0 && results.slice(short + 1).some((r) => r.frames > 0)) {
    throw new UserFacingError('import.unreadable', `${file} changed while it was read`, { name: file, reason: 'changed' });
  }
  return results;
}
