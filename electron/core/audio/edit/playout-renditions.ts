import type { CoreServices } from '../../core-types.ts';
import type { EffectiveAudio } from './effective-audio.ts';

/** How long after start-up the core looks for renditions a power cut (or a CLI run) left unmade. */
const CATCH_UP_DELAY_MS = 10_000;

type Deps = Pick<CoreServices, 'db' | 'events' | 'logger'>;

/**
 * Playout renditions (issues #5, #6, #11): every version of every segment that can air — local or
 * from a pack — gets its edited, normalized MP3 in the background, and again after each edit, so a
 * schedule export or Al aire rarely waits for one. One at a time and outside the job runner: the
 * user's own renders and imports never queue behind this housekeeping.
 */
export class PlayoutRenditions {
  readonly #deps: Deps;
  readonly #effective: EffectiveAudio;
  readonly #pending = new Set<string>();
  #running: Promise<void> | null = null;
  #stopped = false;

  constructor(deps: Deps, effective: EffectiveAudio) {
    this.#deps = deps;
    this.#effective = effective;
  }

  /** Queues these versions; resolves when the queue has drained (tests and the CLI wait on it). */
  queue(versionIds: readonly string[]): Promise<void> {
    for (const id of versionIds) this.#pending.add(id);
    this.#running ??= this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  queueForSegments(segmentIds: readonly string[]): Promise<void> {
    const rows = this.#deps.db.prepare('SELECT id FROM versions WHERE segment_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(segmentIds)) as string[];
    return this.queue(rows);
  }

  async #drain(): Promise<void> {
    for (const id of this.#pending) {
      this.#pending.delete(id);
      if (this.#stopped) return;
      try {
        await this.#effective.render(id, 'playout');
        if (!this.#stopped) this.#deps.events.emit('audio.playout_ready', { versionId: id });
      } catch (error) {
        // A version deleted meanwhile, a bad original: the export that needs it will say so itself.
        if (!this.#stopped) this.#deps.logger.warn('playout rendition failed', { versionId: id, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  /**
   * Versions that are about to air — from packs, in a rundown, or in a campaign — without an
   * up-to-date rendition. Not the whole library: a first start after an upgrade must not render
   * thousands of drafts on an old PC (exports and Al aire still render anything on demand).
   */
  async missing(): Promise<string[]> {
    const ids = this.#deps.db
      .prepare(
        `SELECT v.id FROM versions v JOIN segments s ON s.id = v.segment_id
         WHERE s.status != 'archived' AND (
           s.origin_kind = 'pack'
           OR s.id IN (SELECT segment_id FROM schedule_items WHERE segment_id IS NOT NULL)
           OR EXISTS (SELECT 1 FROM schedule_campaigns c, json_each(c.segment_ids) j WHERE j.value = s.id))
         ORDER BY s.seq DESC, v.position`,
      )
      .pluck()
      .all() as string[];
    const out: string[] = [];
    for (const id of ids) if ((await this.#effective.current(id, 'playout')) === null) out.push(id);
    return out;
  }

  /** Starts the background work: a catch-up after start-up, then after every import and edit. */
  start(): () => void {
    // Off the start-up path: the window opens first, then missing renditions are looked for.
    const catchUp = setTimeout(() => {
      void this.missing().then((ids) => this.queue(ids));
    }, CATCH_UP_DELAY_MS);
    catchUp.unref();
    const offs = [
      this.#deps.events.subscribe('library.changed', ({ segmentIds }) => void this.queueForSegments(segmentIds)),
      this.#deps.events.subscribe('audio.edited', ({ versionId }) => void this.queue([versionId])),
    ];
    const off = () => offs.forEach((unsubscribe) => unsubscribe());
    return () => {
      this.#stopped = true;
      this.#pending.clear();
      clearTimeout(catchUp);
      off();
    };
  }
}
