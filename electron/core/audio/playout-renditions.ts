import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreServices } from '../core-types.ts';
import type { AudioService } from './audio-service.ts';
import { resolve } from './edit-list.ts';
import { renderTimeline } from './render.ts';
import { loadEditState, loadVersionSource, renderMetadata } from './version-source.ts';
import { APP_VERSION } from '../app-version.ts';

/** Radio preset of issue #3 (−18 LUFS, −1.5 dBTP): what the playout PC gets unless the edit list says otherwise. */
export const PLAYOUT_LOUDNESS = { targetLufs: -18, ceilingDbtp: -1.5 } as const;
/** How long after start-up the core looks for renditions a power cut left unmade. */
const CATCH_UP_DELAY_MS = 10_000;
/** Bumped when the way a rendition is made changes, so old files are made again. */
const RECIPE = 1;

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'jobs' | 'ffmpeg' | 'events' | 'clock' | 'logger'>;

/**
 * Playout renditions (issues #5 and #6): the MP3 that ZaraRadio, RadioDJ or Rivendell plays for a
 * version — its edit list applied, normalized for air. Named by a key of the original and the edit
 * list, so a changed edit makes a new file and a stale one is never copied to the playout PC.
 */
export class PlayoutRenditions {
  readonly #deps: Deps;
  readonly #audio: AudioService;
  readonly #inFlight = new Map<string, Promise<string>>();
  /** Jobs started here, cancelled when the core closes so no ffmpeg outlives it. */
  readonly #jobIds = new Set<string>();

  constructor(deps: Deps, audio: AudioService) {
    this.#deps = deps;
    this.#audio = audio;
  }

  get folder(): string {
    return path.join(this.#deps.dataDir, 'renders', 'playout');
  }

  #fileFor(versionId: string): string {
    const v = loadVersionSource(this.#deps.db, versionId);
    const edits = loadEditState(this.#deps.db, v.id);
    const key = createHash('sha256').update(JSON.stringify({ recipe: RECIPE, asset: v.asset_id, ops: edits.ops, loudness: PLAYOUT_LOUDNESS })).digest('hex').slice(0, 16);
    return path.join(this.folder, `${v.id}-${key}.mp3`);
  }

  /** The up-to-date rendition of a version, or null when none was made (or its edits changed since). */
  current(versionId: string): string | null {
    try {
      const file = this.#fileFor(versionId);
      return fs.existsSync(file) ? file : null;
    } catch {
      return null;
    }
  }

  /** Makes the rendition when it is missing or stale (as a `render` job when a job id is given). */
  ensure(versionId: string, jobId?: string): Promise<string> {
    const file = this.#fileFor(versionId);
    if (fs.existsSync(file)) return Promise.resolve(file);
    let running = this.#inFlight.get(file);
    if (!running) {
      const work = (signal?: AbortSignal, report?: (stage: 'encode', fraction: number) => void) => this.#render(versionId, file, signal, report);
      if (jobId) this.#jobIds.add(jobId);
      running = (jobId ? this.#deps.jobs.run(jobId, 'render', work) : work()).finally(() => {
        this.#inFlight.delete(file);
        if (jobId) this.#jobIds.delete(jobId);
      });
      this.#inFlight.set(file, running);
    }
    return running;
  }

  async #render(versionId: string, file: string, signal?: AbortSignal, report?: (stage: 'encode', fraction: number) => void): Promise<string> {
    const v = loadVersionSource(this.#deps.db, versionId);
    const originalSec = (await this.#audio.analyzeAsset(v.asset_id)).durationSec || v.duration_sec;
    const timeline = resolve(loadEditState(this.#deps.db, v.id).ops, originalSec);
    const assetPaths = new Map(timeline.pieces.flatMap((p) => (p.assetId ? [[p.assetId, this.#audio.assetPath(p.assetId)] as const] : [])));
    await mkdir(this.folder, { recursive: true });
    await renderTimeline(this.#deps.ffmpeg(), {
      originalPath: this.#audio.assetPath(v.asset_id),
      assetPaths,
      timeline: { ...timeline, normalize: timeline.normalize ?? PLAYOUT_LOUDNESS },
      format: 'mp3',
      out: file,
      metadata: renderMetadata(v),
      now: this.#deps.clock(),
      appVersion: APP_VERSION,
      signal,
      onProgress: (f) => report?.('encode', f),
    });
    // Older renditions of this version (made before its last edit) are no longer wanted.
    const stale = (await readdir(this.folder)).filter((name) => name.startsWith(`${v.id}-`) && path.join(this.folder, name) !== file);
    await Promise.all(stale.map((name) => rm(path.join(this.folder, name), { force: true })));
    return file;
  }

  #warn(versionId: string, error: unknown): void {
    this.#deps.logger.warn('playout rendition failed', { versionId, error: error instanceof Error ? error.message : String(error) });
  }

  /** Every version of these segments gets its rendition, one job each (the job runner keeps it to 2 at once). */
  queueForSegments(segmentIds: readonly string[]): Promise<void> {
    const rows = this.#deps.db.prepare('SELECT id FROM versions WHERE segment_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(segmentIds)) as { id: string }[];
    const runs = rows.map(({ id }) =>
      this.ensure(id, randomUUID()).then(
        () => undefined,
        (error: unknown) => this.#warn(id, error),
      ),
    );
    return Promise.all(runs).then(() => undefined);
  }

  /**
   * Issue #6: "after import, playout renditions are made for the station's automation". At start-up
   * it also makes those a power cut (or a one-shot CLI import) left unmade.
   */
  renderAfterPackImport(): () => void {
    // Off the start-up path: the window opens first, then missing renditions are looked for.
    const catchUp = setTimeout(() => {
      const fromPacks = this.#deps.db.prepare("SELECT v.id FROM versions v JOIN segments s ON s.id = v.segment_id WHERE s.origin_kind = 'pack' AND s.status != 'archived'").all() as { id: string }[];
      for (const { id } of fromPacks) if (this.current(id) === null) this.ensure(id, randomUUID()).catch((error: unknown) => this.#warn(id, error));
    }, CATCH_UP_DELAY_MS);
    catchUp.unref();
    const off = this.#deps.events.on((name, payload) => {
      if (name !== 'library.changed') return;
      const change = payload as { segmentIds?: string[]; origin?: string };
      if (change.origin === 'pack' && change.segmentIds?.length) void this.queueForSegments(change.segmentIds);
    });
    return () => {
      clearTimeout(catchUp);
      off();
      for (const jobId of this.#jobIds) this.#deps.jobs.cancel(jobId);
    };
  }
}
