import { randomUUID } from 'node:crypto';
import type { PackProduction } from '../../../shared/domain/pack-manifest.ts';
import type { TaskStatus } from '../../../shared/domain/production.ts';
import type { Database } from '../db/database.ts';

/**
 * What of Producción travels in a pack (issue #14 §1), for the packs domain through CoreServices
 * (a peer may not import another peer): the latest master script and each task's translation and
 * status out; in, the same rows for the segment the import created, with the languages whose audio
 * arrived approved — the publisher approved them before sending.
 */
export class ProductionExchange {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /** Null when the segment has neither a script nor tasks: nothing to carry. */
  describe(segmentId: string, stripNames: boolean): PackProduction | null {
    const script = this.#db
      .prepare('SELECT revision, language_code, text FROM script_revisions WHERE segment_id = ? ORDER BY revision DESC LIMIT 1')
      .get(segmentId) as { revision: number; language_code: string; text: string } | undefined;
    const tasks = this.#db
      .prepare('SELECT language_code, status, mode, assignee, translation, back_translation FROM language_tasks WHERE segment_id = ? ORDER BY created_at, language_code LIMIT 60')
      .all(segmentId) as { language_code: string; status: TaskStatus; mode: 'written' | 'oral'; assignee: string; translation: string; back_translation: string }[];
    if (!script && tasks.length === 0) return null;
    return {
      script: script ? { revision: script.revision, languageCode: script.language_code, text: script.text } : null,
      tasks: tasks.map((t) => ({ languageCode: t.language_code, status: t.status, mode: t.mode, assignee: stripNames ? '' : t.assignee, translation: t.translation, backTranslation: t.back_translation })),
    };
  }

  /** Inside the import's write transaction, for a segment it has just created. */
  receive(segmentId: string, production: PackProduction, arrived: readonly string[], now: string): void {
    const { script } = production;
    if (script) {
      this.#db.prepare('INSERT INTO script_revisions (segment_id, revision, language_code, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(segmentId, script.revision, script.languageCode, script.text, '', now);
    }
    const versionOf = this.#db.prepare('SELECT id FROM versions WHERE segment_id = ? AND language_code = ? ORDER BY position LIMIT 1').pluck();
    const insert = this.#db.prepare(
      `INSERT INTO language_tasks (id, segment_id, language_code, status, mode, assignee, translation, back_translation, based_on_revision, version_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const seen = new Set<string>();
    for (const t of production.tasks) {
      if (seen.has(t.languageCode)) continue;
      seen.add(t.languageCode);
      const status: TaskStatus = arrived.includes(t.languageCode) ? 'approved' : t.status;
      // Made from the script that travelled with it: not outdated on arrival.
      const basedOn = status === 'needs_translation' || !script ? null : script.revision;
      const versionId = (versionOf.get(segmentId, t.languageCode) as string | undefined) ?? null;
      insert.run(randomUUID(), segmentId, t.languageCode, status, t.mode, t.assignee, t.translation, t.backTranslation, basedOn, versionId, now, now);
    }
  }
}
