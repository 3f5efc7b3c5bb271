import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { CoreServices } from '../core-types.ts';
import { analyzeFile, type AudioAnalysis } from './loudness/analyze-audio.ts';
import { AudioStore, sha256File } from './audio-store.ts';
import { encodePeaks } from './peaks-file.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'jobs' | 'events' | 'ffmpeg' | 'store' | 'segments' | 'clock' | 'logger'>;

/**
 * The audio engine as the core uses it: analysis of library assets cached by sha256 (a row and a
 * peaks file), started as an `analyze` job after every import.
 */
export class AudioService {
  readonly store: AudioStore;
  readonly #deps: Deps;
  readonly #inFlight = new Map<string, Promise<AudioAnalysis>>();

  constructor(deps: Deps) {
    this.#deps = deps;
    this.store = new AudioStore(deps.db, deps.dataDir);
  }

  /** The original file of a library asset. */
  assetPath(assetId: string): string {
    const file = this.#deps.segments.assetFile(assetId);
    if (!file) throw new UserFacingError('not_found', `No asset ${assetId}`, { id: assetId });
    return this.#deps.store.originalPath(assetId, file.ext);
  }

  /** Cached analysis of any file (by content hash), computing it once when missing. */
  async analyzePath(file: string, options: { jobId?: string; sha256?: string } = {}): Promise<AudioAnalysis & { sha256: string }> {
    const sha256 = options.sha256 ?? (await sha256File(file));
    const cached = this.store.get(sha256);
    if (cached && (await this.store.hasPeaks(sha256))) return { ...cached, sha256 };
    let running = this.#inFlight.get(sha256);
    if (!running) {
      const work = async (signal?: AbortSignal, report?: (stage: 'decode', fraction: number) => void) => {
        const { analysis, peaks } = await analyzeFile(this.#deps.ffmpeg(), file, { signal, onProgress: (f) => report?.('decode', f * 0.98) });
        await this.store.writePeaks(sha256, encodePeaks(peaks));
        this.store.put(sha256, analysis, this.#deps.clock());
        return analysis;
      };
      running = (options.jobId ? this.#deps.jobs.run(options.jobId, 'analyze', work) : work()).finally(() => this.#inFlight.delete(sha256));
      this.#inFlight.set(sha256, running);
    }
    return { ...(await running), sha256 };
  }

  analyzeAsset(assetId: string, jobId?: string): Promise<AudioAnalysis & { sha256: string }> {
    return this.analyzePath(this.assetPath(assetId), { sha256: assetId, ...(jobId ? { jobId } : {}) });
  }

  /** "Analyze after import": each imported asset without an analysis gets an `analyze` job. */
  analyzeAfterImport(): () => void {
    return this.#deps.events.subscribe('library.changed', ({ segmentIds }) => {
      for (const segmentId of segmentIds) {
        const rows = this.#deps.db.prepare('SELECT DISTINCT asset_id AS id FROM versions WHERE segment_id = ?').all(segmentId) as { id: string }[];
        for (const { id } of rows) {
          if (this.store.get(id) || this.#inFlight.has(id)) continue;
          this.analyzeAsset(id, randomUUID()).catch((error: unknown) => {
            this.#deps.logger.warn('analysis after import failed', { assetId: id, error: error instanceof Error ? error.message : String(error) });
          });
        }
      }
    });
  }
}
