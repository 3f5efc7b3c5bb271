import { cancelled, UserFacingError } from '../../../shared/api/errors.ts';
import type { CoreServices } from '../core-types.ts';
import type { AudioStore } from './audio-store.ts';
import { decodePcm } from './ffmpeg/pcm-stream.ts';
import { PeakPairs } from './peak-pairs.ts';
import { encodePeaks, pickLevel } from './peaks-file.ts';

type Deps = Pick<CoreServices, 'ffmpeg'>;

/**
 * The rate the waveform is decoded at: telephone quality is plenty to draw speech, and ffmpeg's
 * resampler makes an hour of it in seconds, where the loudness meter's 48 kHz takes minutes on a
 * 2-core PC.
 */
export const WAVEFORM_RATE = 8000;

/** One zoom level of an asset's stored peaks, as `audio.peaks` answers for a library version. */
export interface AssetPeaksLevel {
  samplesPerPixel: number;
  sampleRate: number;
  frames: number;
  durationSec: number;
  /** Interleaved min, max; ±32767 is full scale. */
  peaks: number[];
}

interface Computation {
  done: Promise<void>;
  controller: AbortController;
  listeners: Set<(fraction: number) => void>;
  fraction: number;
}

/**
 * Waveform peaks of any asset by its sha256 (`store/peaks/<sha256>.peaks`, the library's layout), for
 * audio that is not a library version: a testimony's voice note or an hour-long call (issue #14 §2).
 * Computed once per bytes from one mono decode at WAVEFORM_RATE (no loudness: a testimony is measured
 * when it becomes a library segment); callers asking while it runs join that decode and see its
 * progress. A library analysis of the same bytes later writes its own, finer peaks over these. The decode stops only when
 * every caller has cancelled. The file is removed with the asset (removeAssetFiles).
 */
export class AssetPeaks {
  readonly #deps: Deps;
  readonly #store: Pick<AudioStore, 'hasPeaks' | 'writePeaks' | 'readPeaksLevel'>;
  readonly #running = new Map<string, Computation>();

  constructor(deps: Deps, store: Pick<AudioStore, 'hasPeaks' | 'writePeaks' | 'readPeaksLevel'>) {
    this.#deps = deps;
    this.#store = store;
  }

  /** Makes sure the peaks of `file` (whose content hash is `sha256`) are stored; `onProgress` gets 0–1. */
  async ensure(sha256: string, file: string, durationSec: number | null, signal: AbortSignal, onProgress: (fraction: number) => void): Promise<void> {
    if (signal.aborted) throw cancelled();
    // A decode everyone cancelled is still winding down: it is not joined, a new one starts.
    const live = () => {
      const running = this.#running.get(sha256);
      return running && !running.controller.signal.aborted ? running : undefined;
    };
    let computation = live();
    if (!computation) {
      if (await this.#store.hasPeaks(sha256)) return;
      // Another caller may have started it while this one looked at the disk.
      computation = live() ?? this.#start(sha256, file, durationSec);
    }
    let stop: () => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      stop = () => reject(cancelled());
    });
    // Listening before the first report: a listener of that report may cancel at once.
    signal.addEventListener('abort', stop, { once: true });
    computation.listeners.add(onProgress);
    try {
      onProgress(computation.fraction);
      await Promise.race([computation.done, aborted]);
    } finally {
      signal.removeEventListener('abort', stop);
      computation.listeners.delete(onProgress);
      // Nobody waits any more (every caller cancelled): stop the ffmpeg child.
      if (computation.listeners.size === 0 && this.#running.get(sha256) === computation) computation.controller.abort();
    }
  }

  /** The coarsest stored level with at least `pixels` points; null when the peaks were never computed. */
  async read(sha256: string, pixels: number): Promise<AssetPeaksLevel | null> {
    const read = await this.#store.readPeaksLevel(sha256, (index) => pickLevel(index, pixels));
    if (!read) return null;
    const { index, level, data } = read;
    if (!level) throw new UserFacingError('not_found', 'No peaks', { id: sha256 });
    return { samplesPerPixel: level.samplesPerPixel, sampleRate: index.sampleRate, frames: index.frames, durationSec: index.frames / index.sampleRate, peaks: Array.from(data) };
  }

  #start(sha256: string, file: string, durationSec: number | null): Computation {
    const computation: Computation = { done: Promise.resolve(), controller: new AbortController(), listeners: new Set(), fraction: 0 };
    const report = (fraction: number) => {
      computation.fraction = fraction;
      for (const listener of computation.listeners) listener(fraction);
    };
    computation.done = (async () => {
      const { signal } = computation.controller;
      const pairs = new PeakPairs();
      const decoded = await decodePcm(this.#deps.ffmpeg(), file, { sampleRate: WAVEFORM_RATE, channels: 1 }, (samples) => pairs.push(samples), { signal, durationSec, onProgress: (f) => report(f * 0.98) });
      if (signal.aborted) throw cancelled();
      if (decoded.frames === 0) throw new UserFacingError('import.truncated', 'No audio could be decoded', { name: file, reason: 'no samples' });
      await this.#store.writePeaks(sha256, encodePeaks(pairs.result(WAVEFORM_RATE)));
      report(1);
    })().finally(() => {
      if (this.#running.get(sha256) === computation) this.#running.delete(sha256);
    });
    // Every caller may have gone (cancelled) by the time it settles: nobody else would handle it.
    computation.done.catch(() => undefined);
    this.#running.set(sha256, computation);
    return computation;
  }
}
