import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { canMove, type LanguageTask, type ScriptRevision, type TaskRecordingRole, type TaskStatus } from '../../../shared/domain/production.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import type { FreedAsset } from '../library/asset-references.ts';
import { TaskRecordings, type RecordingsByRole, type RecordingWrite } from './task-recordings.ts';

/*
 * Producción's tables (issue #14 §1): script revisions are appended, never rewritten; a task's
 * stored "outdated" is set by every write that changes a revision or a status, from isOutdated().
 */

interface TaskRow {
  id: string;
  segment_id: string;
  language_code: string;
  status: TaskStatus;
  mode: 'written' | 'oral';
  assignee: string;
  due_date: string | null;
  notes: string;
  translation: string;
  back_translation: string;
  based_on_revision: number | null;
  review_comment: string;
  version_id: string | null;
  updated_at: string;
  outdated: 0 | 1;
}

const TASK_SELECT = 'SELECT t.* FROM language_tasks t';

export const isOutdated = (status: TaskStatus, basedOn: number | null, latest: number | null): boolean =>
  status !== 'needs_translation' && basedOn !== null && latest !== null && basedOn < latest;

function toTask(r: TaskRow, recordings: RecordingsByRole = {}): LanguageTask {
  return {
    id: r.id, segmentId: r.segment_id, languageCode: r.language_code, status: r.status, mode: r.mode, assignee: r.assignee,
    dueDate: r.due_date, notes: r.notes, translation: r.translation, backTranslation: r.back_translation,
    basedOnRevision: r.based_on_revision, outdated: r.outdated === 1, reviewComment: r.review_comment, versionId: r.version_id,
    oralRecording: recordings.oral ?? null, backTranslationRecording: recordings.back_translation ?? null, updatedAt: r.updated_at,
  };
}

interface RevisionRow {
  revision: number;
  language_code: string;
  text: string;
  author: string;
  created_at: string;
}

const toRevision = (r: RevisionRow): ScriptRevision => ({ revision: r.revision, languageCode: r.language_code, text: r.text, author: r.author, createdAt: r.created_at });

export class ProductionStore {
  readonly #db: Database;
  readonly #clock: () => Date;
  readonly #recordings: TaskRecordings;

  constructor(db: Database, clock: () => Date) {
    this.#db = db;
    this.#clock = clock;
    this.#recordings = new TaskRecordings(db);
  }

  /** The segment's title, or a not_found the UI can say. */
  segmentTitle(segmentId: string): string {
    const title = this.#db.prepare('SELECT title FROM segments WHERE id = ?').pluck().get(segmentId) as string | undefined;
    if (title === undefined) throw new UserFacingError('not_found', `No segment ${segmentId}`, { id: segmentId });
    return title;
  }

  revisions(segmentId: string): ScriptRevision[] {
    const rows = this.#db.prepare('SELECT * FROM script_revisions WHERE segment_id = ? ORDER BY revision DESC').all(segmentId) as RevisionRow[];
    return rows.map(toRevision);
  }

  revision(segmentId: string, revision: number): ScriptRevision | null {
    const row = this.#db.prepare('SELECT * FROM script_revisions WHERE segment_id = ? AND revision = ?').get(segmentId, revision) as RevisionRow | undefined;
    return row ? toRevision(row) : null;
  }

  tasks(segmentId: string): LanguageTask[] {
    return this.#withRecordings(this.#db.prepare(`${TASK_SELECT} WHERE t.segment_id = ? ORDER BY t.created_at, t.language_code`).all(segmentId) as TaskRow[]);
  }

  task(taskId: string): LanguageTask {
    const row = this.#db.prepare(`${TASK_SELECT} WHERE t.id = ?`).get(taskId) as TaskRow | undefined;
    if (!row) throw new UserFacingError('not_found', `No language task ${taskId}`, { id: taskId });
    return this.#withRecordings([row])[0] as LanguageTask;
  }

  #withRecordings(rows: readonly TaskRow[]): LanguageTask[] {
    const recordings = this.#recordings.forTasks(rows.map((r) => r.id));
    return rows.map((r) => toTask(r, recordings.get(r.id)));
  }

  /**
   * A new master revision. The master language's own task follows it while it is only written
   * (created at the first save); every other translation made from an older text becomes outdated.
   */
  saveScript(input: ParsedInput<'production.script.save'>): { revision: ScriptRevision; outdated: string[] } {
    this.segmentTitle(input.segmentId);
    const now = this.#clock().toISOString();
    return writeTransaction(this.#db, () => {
      const before = new Set(this.tasks(input.segmentId).filter((t) => t.outdated).map((t) => t.id));
      const latest = this.revisions(input.segmentId)[0];
      if (latest && latest.text === input.text && latest.languageCode === input.languageCode) return { revision: latest, outdated: [] };
      const revision = (latest?.revision ?? 0) + 1;
      this.#db.prepare('INSERT INTO script_revisions (segment_id, revision, language_code, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.segmentId, revision, input.languageCode, input.text, input.author, now);
      const master = this.#db.prepare('SELECT id, status FROM language_tasks WHERE segment_id = ? AND language_code = ?').get(input.segmentId, input.languageCode) as { id: string; status: TaskStatus } | undefined;
      if (!master) {
        this.#db.prepare(`INSERT INTO language_tasks (id, segment_id, language_code, status, based_on_revision, created_at, updated_at) VALUES (?, ?, ?, 'translated', ?, ?, ?)`).run(randomUUID(), input.segmentId, input.languageCode, revision, now, now);
      } else if (master.status === 'needs_translation' || master.status === 'translated') {
        this.#db.prepare(`UPDATE language_tasks SET status = 'translated', based_on_revision = ?, outdated = 0, updated_at = ? WHERE id = ?`).run(revision, now, master.id);
      }
      // Everything made from an older text (isOutdated with the new latest).
      this.#db.prepare(`UPDATE language_tasks SET outdated = 1 WHERE segment_id = ? AND status != 'needs_translation' AND based_on_revision < ?`).run(input.segmentId, revision);
      const outdated = this.tasks(input.segmentId).filter((t) => t.outdated && !before.has(t.id)).map((t) => t.languageCode);
      return { revision: this.revision(input.segmentId, revision) as ScriptRevision, outdated };
    });
  }

  /** Creates the task for a language, or changes the details given; the status moves only through move(). */
  saveTask(input: ParsedInput<'production.task.save'>): LanguageTask {
    this.segmentTitle(input.segmentId);
    const now = this.#clock().toISOString();
    const id = writeTransaction(this.#db, () => {
      const existing = this.#db.prepare('SELECT id FROM language_tasks WHERE segment_id = ? AND language_code = ?').pluck().get(input.segmentId, input.languageCode) as string | undefined;
      const taskId = existing ?? randomUUID();
      if (!existing) this.#db.prepare('INSERT INTO language_tasks (id, segment_id, language_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(taskId, input.segmentId, input.languageCode, now, now);
      const fields: [string, unknown][] = [
        ['mode', input.mode], ['assignee', input.assignee], ['due_date', input.dueDate], ['notes', input.notes],
        ['translation', input.translation], ['back_translation', input.backTranslation],
      ];
      for (const [column, value] of fields) {
        if (value !== undefined) this.#db.prepare(`UPDATE language_tasks SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, now, taskId);
      }
      return taskId;
    });
    return this.task(id);
  }

  /** One move canMove allows; "translated" takes the latest revision, a send-back keeps its comment. */
  move(input: ParsedInput<'production.task.move'>): LanguageTask {
    const now = this.#clock().toISOString();
    writeTransaction(this.#db, () => {
      const task = this.task(input.taskId);
      const kind = canMove(task.status, input.to, task.outdated);
      if (kind === null) throw new UserFacingError('production.bad_move', `Cannot move ${task.status} → ${input.to}`, { from: task.status, to: input.to });
      if (kind === 'back' && input.comment === '') throw new UserFacingError('production.comment_needed', 'Sending back needs a comment', { language: task.languageCode });
      const latest = this.revisions(task.segmentId)[0]?.revision ?? null;
      if (input.to === 'translated' && latest === null) throw new UserFacingError('production.no_script', 'No master script yet', { id: task.segmentId });
      if (input.to === 'translated' && !this.#isMaster(task, latest)) {
        if (task.mode === 'written' && task.translation.trim() === '') throw new UserFacingError('production.no_translation', 'A written translation has no text', { language: task.languageCode });
        // Issue #14: an oral translation is its recording; until there is one nothing is translated.
        if (task.mode === 'oral' && !task.oralRecording) throw new UserFacingError('production.no_oral_recording', 'An oral translation has no recording', { language: task.languageCode });
      }
      const basedOn = input.to === 'translated' || input.to === 'needs_translation' ? (input.to === 'translated' ? latest : null) : task.basedOnRevision;
      const comment = kind === 'back' ? input.comment : task.reviewComment;
      const outdated = isOutdated(input.to, basedOn, latest) ? 1 : 0;
      this.#db.prepare('UPDATE language_tasks SET status = ?, based_on_revision = ?, review_comment = ?, outdated = ?, updated_at = ? WHERE id = ?').run(input.to, basedOn, comment, outdated, now, task.id);
    });
    return this.task(input.taskId);
  }

  /** The task in the language of the latest revision is the master: its text is the script itself. */
  #isMaster(task: LanguageTask, latest: number | null): boolean {
    return latest !== null && this.revision(task.segmentId, latest)?.languageCode === task.languageCode;
  }

  /**
   * A take of the segment in the task's language arrived from Grabar: a translated task (not
   * outdated) becomes recorded with that version; any other keeps its status, so a take of an old
   * text never passes for the new one. Returns the task when it moved.
   */
  takeRecorded(segmentId: string, languageCode: string, versionId: string): LanguageTask | null {
    const row = this.#db.prepare(`${TASK_SELECT} WHERE t.segment_id = ? AND t.language_code = ?`).get(segmentId, languageCode) as TaskRow | undefined;
    if (!row) return null;
    const task = toTask(row);
    if (task.status !== 'translated' || task.outdated) return null;
    this.#db.prepare("UPDATE language_tasks SET status = 'recorded', version_id = ?, updated_at = ? WHERE id = ?").run(versionId, this.#clock().toISOString(), task.id);
    return this.task(task.id);
  }

  /** The task and its recordings; returns the assets that freed, whose files go after the commit. */
  deleteTask(taskId: string): { deleted: boolean; segmentId: string | null; freed: FreedAsset[] } {
    return writeTransaction(this.#db, () => {
      const segmentId = this.#db.prepare('SELECT segment_id FROM language_tasks WHERE id = ?').pluck().get(taskId) as string | undefined;
      if (segmentId === undefined) return { deleted: false, segmentId: null, freed: [] };
      const freed = this.#recordings.removeAllInTransaction(taskId);
      this.#db.prepare('DELETE FROM language_tasks WHERE id = ?').run(taskId);
      return { deleted: true, segmentId, freed };
    });
  }

  /**
   * Attaches the task's oral translation or spoken back-translation, replacing the one there.
   * The status stays where it is: attaching is work on the translation, and the moves stay the
   * translator's and the reviewer's (an oral task then may be marked translated).
   */
  attachRecording(input: Omit<RecordingWrite, 'now'>): { task: LanguageTask; freed: FreedAsset | null } {
    const now = this.#clock().toISOString();
    const freed = writeTransaction(this.#db, () => {
      this.task(input.taskId);
      const replaced = this.#recordings.writeInTransaction({ ...input, now });
      this.#db.prepare('UPDATE language_tasks SET updated_at = ? WHERE id = ?').run(now, input.taskId);
      return replaced;
    });
    return { task: this.task(input.taskId), freed };
  }

  removeRecording(taskId: string, role: TaskRecordingRole): { task: LanguageTask; freed: FreedAsset | null } {
    const now = this.#clock().toISOString();
    const freed = writeTransaction(this.#db, () => {
      this.task(taskId);
      const { removed, freed: asset } = this.#recordings.removeInTransaction(taskId, role);
      if (removed) this.#db.prepare('UPDATE language_tasks SET updated_at = ? WHERE id = ?').run(now, taskId);
      return asset;
    });
    return { task: this.task(taskId), freed };
  }

  /** The duration of an asset the library holds, or null (a take's audio to attach). */
  assetDuration(assetId: string): number | null {
    return this.#recordings.assetDuration(assetId);
  }
}
