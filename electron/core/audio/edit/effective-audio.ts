import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isCancelled, UserFacingError } from '../../../../shared/api/errors.ts';
import { APP_VERSION } from '../../app-version.ts';
import type { CoreServices } from '../../core-types.ts';
import { toDiskFull } from '../../files/disk-full.ts';
import { resolve, type EditState, type Timeline } from './edit-list.ts';
import type { AudioService } from '../audio-service.ts';
import { renderTimeline, type RenderFormat } from './render.ts';
import { loadEditState, loadVersionSource, renderMetadata, saveEditState, type VersionSource } from './version-source.ts';

/** Radio preset of issue #3 (−18 LUFS, −1.5 dBTP): what the playout PC gets unless the edit list says otherwise. */
export const PLAYOUT_LOUDNESS = { targetLufs: -18, ceilingDbtp: -1.5 } as const;
/** Bumped when the way a render is made changes, so old cache files are made again. */
// 3: mono sources render mono (issue #16); renders made before were up-mixed to stereo.
// 4: masters keep the source's bit depth and carry cue points with labels (issue #16).
// 5: 16-bit masters of processed or deeper audio are dithered (issue #16).
const RECIPE_VERSION = 5;

/**
 * What a render is for: `playout` is the MP3 the station airs (normalized for air when the edit list
 * does not say how loud); the others are exactly the edit, in that format.
 */
export type RenderRecipe = 'playout' | RenderFormat;

export interface Rendition {
  path: string;
  durationSec: number;
  integratedLufs: number | null;
  truePeakDbtp: number | null;
}

export interface RenderOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /** A master's bits per sample when the user asks; unset, the source's own (masterBits). Masters only. */
  masterBits?: 16 | 24 | undefined;
}

/** The master depths a cache may hold side by side: the source's own, and each one a user can ask. */
const MASTER_DEPTHS = [undefined, 16, 24] as const;

const EXT: Record<RenderRecipe, string> = { playout: 'mp3', master: 'wav', mp3: 'mp3', opus: 'opus' };

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'ffmpeg' | 'events' | 'clock' | 'logger'>;

/**
 * Issue #11: the one answer to "what does this version sound like now". It owns the edit lists,
 * gives the edited timeline and duration, and renders on demand into a cache keyed by asset, edit
 * list, recipe and format. Editor renders, playout renditions, exports, packs and Al aire all ask it;
 * nothing else opens an original to send it somewhere. A changed edit list changes the key, so a
 * stale render can never be handed out; `audio.edited` tells the rest of the core.
 */
export class EffectiveAudio {
  readonly #deps: Deps;
  readonly #audio: Pick<AudioService, 'analyzeAsset' | 'assetPath'>;
  readonly #inFlight = new Map<string, Promise<Rendition>>();
  readonly #controllers = new Set<AbortController>();

  constructor(deps: Deps, audio: Pick<AudioService, 'analyzeAsset' | 'assetPath'>) {
    this.#deps = deps;
    this.#audio = audio;
  }

  get cacheDir(): string {
    return path.join(this.#deps.dataDir, 'renders', 'cache');
  }

  /** A version by its id; a segment id (or anything else) is refused. */
  version(versionId: string): VersionSource {
    return loadVersionSource(this.#deps.db, versionId);
  }

  editState(versionId: string): EditState {
    return loadEditState(this.#deps.db, this.version(versionId).id);
  }

  /** The original's length as measured by the analysis (what the waveform shows), else as probed at import. */
  async originalSec(v: VersionSource): Promise<number> {
    return (await this.#audio.analyzeAsset(v.asset_id)).durationSec || v.duration_sec;
  }

  async timeline(versionId: string): Promise<{ version: VersionSource; edits: EditState; timeline: Timeline }> {
    const version = this.version(versionId);
    const edits = loadEditState(this.#deps.db, version.id);
    return { version, edits, timeline: resolve(edits.ops, await this.originalSec(version)) };
  }

  /** Applies a change to the edit list, stores it with the edited length, and says so on the bus. */
  async edit(versionId: string, change: (state: EditState) => EditState): Promise<{ version: VersionSource; edits: EditState; timeline: Timeline }> {
    const version = this.version(versionId);
    const edits = change(loadEditState(this.#deps.db, version.id));
    const timeline = resolve(edits.ops, await this.originalSec(version));
    saveEditState(this.#deps.db, version.id, edits, timeline.durationSec, this.#deps.clock());
    this.#deps.events.emit('audio.edited', { versionId: version.id, segmentId: version.segment_id, durationSec: timeline.durationSec });
    void this.#dropStale(version.id, null);
    return { version, edits, timeline };
  }

  #key(v: VersionSource, edits: EditState, recipe: RenderRecipe, bits: 16 | 24 | undefined): string {
    const loudness = recipe === 'playout' ? PLAYOUT_LOUDNESS : null;
    // No `bits` key for the source's own depth: the cache files made before it stay valid.
    const asked = bits === undefined ? {} : { bits };
    return createHash('sha256').update(JSON.stringify({ v: RECIPE_VERSION, asset: v.asset_id, ops: edits.ops, recipe, loudness, ...asked })).digest('hex').slice(0, 16);
  }

  #fileFor(v: VersionSource, recipe: RenderRecipe, bits?: 16 | 24): string {
    const key = this.#key(v, loadEditState(this.#deps.db, v.id), recipe, recipe === 'master' ? bits : undefined);
    return path.join(this.cacheDir, `${v.id}-${recipe}-${key}.${EXT[recipe]}`);
  }

  /** The up-to-date render, or null when none was made (or the edit list changed since). */
  async current(versionId: string, recipe: RenderRecipe): Promise<Rendition | null> {
    let file: string;
    try {
      file = this.#fileFor(this.version(versionId), recipe);
    } catch {
      return null;
    }
    return readRendition(file);
  }

  /** The render of a version for a recipe, made now when it is missing or stale. */
  async render(versionId: string, recipe: RenderRecipe, options: RenderOptions = {}): Promise<Rendition> {
    const v = this.version(versionId);
    const file = this.#fileFor(v, recipe, options.masterBits);
    const ready = await readRendition(file);
    if (ready) {
      options.onProgress?.(1);
      return ready;
    }
    const running = this.#inFlight.get(file);
    // Joining a render someone else started (the background queue, another export): a cancel of
    // this caller stops its wait at once; the render goes on for whoever started it.
    if (running) return options.signal ? untilAborted(running, options.signal) : running;
    const made = this.#make(v, recipe, file, options).finally(() => this.#inFlight.delete(file));
    this.#inFlight.set(file, made);
    return made;
  }

  /**
   * What a pack or any encode should start from: the original itself when the edit list changes
   * nothing audible, else the lossless render of the edit (a master WAV).
   */
  async editedSource(versionId: string, options: RenderOptions = {}): Promise<{ path: string; durationSec: number; edited: boolean }> {
    const { version, edits, timeline } = await this.timeline(versionId);
    if (!changesAudio(edits)) {
      options.onProgress?.(1);
      return { path: this.#audio.assetPath(version.asset_id), durationSec: timeline.durationSec, edited: false };
    }
    const master = await this.render(versionId, 'master', options);
    return { path: master.path, durationSec: master.durationSec, edited: true };
  }

  async #make(v: VersionSource, recipe: RenderRecipe, file: string, options: RenderOptions): Promise<Rendition> {
    // Every render gets its own controller, so closing the core stops it even when nobody else can.
    const controller = new AbortController();
    const stop = () => controller.abort();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) controller.abort();
    this.#controllers.add(controller);
    try {
      const { timeline } = await this.timeline(v.id);
      const assetPaths = new Map(timeline.pieces.flatMap((p) => (p.assetId ? [[p.assetId, this.#audio.assetPath(p.assetId)] as const] : [])));
      await mkdir(this.cacheDir, { recursive: true });
      const result = await renderTimeline(this.#deps.ffmpeg(), {
        originalPath: this.#audio.assetPath(v.asset_id),
        assetPaths,
        timeline: recipe === 'playout' ? { ...timeline, normalize: timeline.normalize ?? PLAYOUT_LOUDNESS } : timeline,
        format: recipe === 'playout' ? 'mp3' : recipe,
        out: file,
        metadata: renderMetadata(v),
        now: this.#deps.clock(),
        appVersion: APP_VERSION,
        signal: controller.signal,
        onProgress: options.onProgress,
        masterBits: recipe === 'master' ? options.masterBits : undefined,
      });
      const rendition: Rendition = { path: file, durationSec: result.durationSec, integratedLufs: result.analysis.integratedLufs, truePeakDbtp: result.analysis.truePeakDbtp };
      await writeSidecar(rendition);
      await this.#dropStale(v.id, recipe);
      return rendition;
    } catch (error) {
      if (!isCancelled(error)) this.#deps.logger.warn('render failed', { versionId: v.id, recipe, error: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      options.signal?.removeEventListener('abort', stop);
      this.#controllers.delete(controller);
    }
  }

  /** Removes renders of a version that no longer match its edit list (all recipes, or one). Never fails: it is housekeeping. */
  async #dropStale(versionId: string, recipe: RenderRecipe | null): Promise<void> {
    try {
      // What to keep is read before any await: the core may close meanwhile.
      const v = this.version(versionId);
      const current = [...(['playout', 'mp3', 'opus'] as const).map((r) => this.#fileFor(v, r)), ...MASTER_DEPTHS.map((bits) => this.#fileFor(v, 'master', bits))];
      const keep = new Set(current.map((file) => path.basename(file)));
      const prefix = recipe ? `${versionId}-${recipe}-` : `${versionId}-`;
      const names = await readdir(this.cacheDir);
      const stale = names.filter((n) => n.startsWith(prefix) && !keep.has(n.replace(/\.json$/, '')) && !this.#inFlight.has(path.join(this.cacheDir, n.replace(/\.json$/, ''))));
      await Promise.all(stale.map((n) => rm(path.join(this.cacheDir, n), { force: true })));
    } catch {
      // No cache folder yet, or the version is gone: nothing to tidy.
    }
  }

  /** Edit lists saved before edited lengths were kept get theirs (from the probed length: no decode at start-up). */
  fillMissingDurations(): void {
    const rows = this.#deps.db
      .prepare('SELECT e.version_id, e.edits, e.updated_at, a.duration_sec FROM edit_lists e JOIN versions v ON v.id = e.version_id JOIN assets a ON a.id = v.asset_id WHERE e.duration_sec IS NULL')
      .all() as { version_id: string; edits: string; updated_at: string; duration_sec: number }[];
    for (const r of rows) {
      const edits = JSON.parse(r.edits) as EditState;
      saveEditState(this.#deps.db, r.version_id, edits, resolve(edits.ops, r.duration_sec).durationSec, new Date(r.updated_at));
    }
  }

  /** Aborts every render in progress (core.close()): no ffmpeg outlives the core. */
  close(): void {
    for (const controller of this.#controllers) controller.abort();
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new UserFacingError('cancelled', 'Cancelled'));
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new UserFacingError('cancelled', 'Cancelled'));
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Markers alone do not change a sample: such a list still airs the original as it is. */
export function changesAudio(edits: EditState): boolean {
  return edits.ops.some((op) => op.type !== 'marker');
}

async function readRendition(file: string): Promise<Rendition | null> {
  if (!fs.existsSync(file)) return null;
  try {
    const meta = JSON.parse(await readFile(`${file}.json`, 'utf8')) as Omit<Rendition, 'path'>;
    return typeof meta.durationSec === 'number' ? { path: file, durationSec: meta.durationSec, integratedLufs: meta.integratedLufs ?? null, truePeakDbtp: meta.truePeakDbtp ?? null } : null;
  } catch {
    // A render without its description (power cut between the two renames) is made again.
    return null;
  }
}

async function writeSidecar(r: Rendition): Promise<void> {
  const tmp = `${r.path}.json.${process.pid}.tmp`;
  const json = JSON.stringify({ durationSec: r.durationSec, integratedLufs: r.integratedLufs, truePeakDbtp: r.truePeakDbtp });
  try {
    await writeFile(tmp, json);
    await rename(tmp, `${r.path}.json`);
  } catch (error) {
    // A full disk leaves no .tmp behind and says so (issue #12).
    await rm(tmp, { force: true });
    throw await toDiskFull(error, path.dirname(r.path), json.length);
  }
}
