import { randomUUID } from 'node:crypto';
import { PACK_RECORDING_FIELD, type PackProduction, type PackTaskRecording } from '../../../shared/domain/pack-manifest.ts';
import { TASK_RECORDING_MAX_SEC, type TaskRecordingRole, type TaskStatus } from '../../../shared/domain/production.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { TaskRecordings } from './task-recordings.ts';

/** A task recording to carry: the packs domain turns its asset into a file in the pack. */
export interface TaskAudioRef {
  languageCode: string;
  role: TaskRecordingRole;
  assetId: string;
  durationSec: number;
}

/**
 * What of Producción travels in a pack (issue #14 §1), for the packs domain through CoreServices
 * (a peer may not import another peer): the latest master script and each task's translation,
 * status and recordings out; in, the same rows for the segment the import created, with the
 * languages whose audio arrived approved — the publisher approved them before sending.
 */
export class ProductionExchange {
  readonly #db: Database;
  readonly #recordings: TaskRecordings;
  readonly #logger: Logger | null;

  constructor(db: Database, logger: Logger | null = null) {
    this.#db = db;
    this.#recordings = new TaskRecordings(db);
    this.#logger = logger;
  }

  /**
   * Null when the segment has neither a script nor tasks: nothing to carry. The recordings are
   * named by asset; the pack builder describes their files and sets them on the tasks.
   */
  describe(segmentId: string, stripNames: boolean): { production: PackProduction; recordings: TaskAudioRef[] } | null {
    const script = this.#db
      .prepare('SELECT revision, language_code, text FROM script_revisions WHERE segment_id = ? ORDER BY revision DESC LIMIT 1')
      .get(segmentId) as { revision: number; language_code: string; text: string } | undefined;
    const tasks = this.#db
      .prepare('SELECT id, language_code, status, mode, assignee, translation, back_translation FROM language_tasks WHERE segment_id = ? ORDER BY created_at, language_code LIMIT 60')
      .all(segmentId) as { id: string; language_code: string; status: TaskStatus; mode: 'written' | 'oral'; assignee: string; translation: string; back_translation: string }[];
    if (!script && tasks.length === 0) return null;
    const byTask = this.#recordings.forTasks(tasks.map((t) => t.id));
    const recordings = tasks.flatMap((t) =>
      Object.entries(byTask.get(t.id) ?? {}).map(([role, r]) => ({ languageCode: t.language_code, role: role as TaskRecordingRole, assetId: r.assetId, durationSec: r.durationSec })),
    );
    return {
      production: {
        script: script ? { revision: script.revision, languageCode: script.language_code, text: script.text } : null,
        tasks: tasks.map((t) => ({ languageCode: t.language_code, status: t.status, mode: t.mode, assignee: stripNames ? '' : t.assignee, translation: t.translation, backTranslation: t.back_translation })),
      },
      recordings,
    };
  }

  /** Inside the import's write transaction, for a segment it has just created; its recordings' files are already in the store. */
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
      const taskId = randomUUID();
      insert.run(taskId, segmentId, t.languageCode, status, t.mode, t.assignee, t.translation, t.backTranslation, basedOn, versionId, now, now);
      for (const role of ['oral', 'back_translation'] as const) {
        const recording = t[PACK_RECORDING_FIELD[role]];
        if (recording) this.#receiveRecording(taskId, role, recording, now);
      }
    }
  }

  /**
   * Inside the discard's write transaction, before the take's version goes (its row is still
   * there): a task Grabar marked recorded with that version (production-store.ts takeRecorded)
   * no longer has its recording. A later take in the task's language takes its place; without one
   * the task is back to translated, waiting for a take, rather than claiming audio that is gone.
   * Returns the segments whose tasks changed.
   */
  takeDiscarded(versionId: string, now: string): string[] {
    const tasks = this.#db
      .prepare(
        `SELECT t.id, t.segment_id, t.language_code, v.created_at FROM language_tasks t JOIN versions v ON v.id = t.version_id
         WHERE t.version_id = ? AND t.status IN ('recorded', 'reviewed', 'approved')`,
      )
      .all(versionId) as { id: string; segment_id: string; language_code: string; created_at: string }[];
    const later = this.#db
      .prepare('SELECT id FROM versions WHERE segment_id = ? AND language_code = ? AND id <> ? AND created_at >= ? ORDER BY created_at DESC, position DESC LIMIT 1')
      .pluck();
    for (const t of tasks) {
      const next = later.get(t.segment_id, t.language_code, versionId, t.created_at) as string | undefined;
      if (next) this.#db.prepare('UPDATE language_tasks SET version_id = ?, updated_at = ? WHERE id = ?').run(next, now, t.id);
      // "translated" keeps based_on_revision, so the stored outdated flag stays right (isOutdated is the same for both).
      else this.#db.prepare("UPDATE language_tasks SET status = 'translated', version_id = NULL, updated_at = ? WHERE id = ?").run(now, t.id);
    }
    return [...new Set(tasks.map((t) => t.segment_id))];
  }

  #receiveRecording(taskId: string, role: TaskRecordingRole, r: PackTaskRecording, now: string): void {
    // A newer station may allow longer ones; this one keeps the task and its text, without that audio.
    if (r.durationSec > TASK_RECORDING_MAX_SEC) {
      this.#logger?.info('pack: task recording too long, left out', { taskId, role, durationSec: r.durationSec });
      return;
    }
    const originalName = r.path.slice('audio/'.length);
    this.#recordings.writeInTransaction({
      taskId, role, assetId: r.sha256, originalName, now,
      asset: {
        id: r.sha256, originalName, ext: r.container, sizeBytes: r.sizeBytes, durationSec: r.durationSec,
        format: { container: r.container, codec: r.codec, sampleRate: r.sampleRate, channels: r.channels, bitsPerSample: r.bitsPerSample, bitRate: r.bitRate },
        previewExt: null, pcmSha256: null, importedAt: now,
      },
    });
  }
}
