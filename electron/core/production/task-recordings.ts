import { UserFacingError } from '../../../shared/api/errors.ts';
import { TASK_RECORDING_MAX_SEC, type TaskRecording, type TaskRecordingRole } from '../../../shared/domain/production.ts';
import type { Database } from '../db/database.ts';
import { freeAssetIfUnnamed, type FreedAsset } from '../library/asset-references.ts';
import { insertAsset } from '../library/library-rows.ts';
import type { StoredAsset } from '../library/stored-asset.ts';

/** A task's recordings by role; a role without one is absent. */
export type RecordingsByRole = Partial<Record<TaskRecordingRole, TaskRecording>>;

export interface RecordingWrite {
  taskId: string;
  role: TaskRecordingRole;
  assetId: string;
  /** A new asset row to write first (an imported file, a pack's audio); null when the asset is in the library already. */
  asset: StoredAsset | null;
  originalName: string;
  now: string;
}

interface RecordingRow {
  task_id: string;
  role: TaskRecordingRole;
  asset_id: string;
  original_name: string;
  attached_at: string;
  duration_sec: number;
}

const SELECT = `SELECT r.task_id, r.role, r.asset_id, r.original_name, r.attached_at, a.duration_sec
  FROM task_recordings r JOIN assets a ON a.id = r.asset_id`;

/** The seconds a recording may last, in minutes for the sentence that refuses a longer one. */
const MAX_MINUTES = TASK_RECORDING_MAX_SEC / 60;

/**
 * Issue #14 §1: the oral translation and the spoken back-translation of a language task. The audio
 * is an `assets` row written through the library's writer (the one writer of that table family);
 * replacing or removing a recording frees its asset when nothing else names those bytes
 * (asset-references.ts), and the caller removes the files after the commit.
 */
export class TaskRecordings {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /** The recordings of these tasks, in one query (a segment's tasks are read together). */
  forTasks(taskIds: readonly string[]): Map<string, RecordingsByRole> {
    const out = new Map<string, RecordingsByRole>();
    if (taskIds.length === 0) return out;
    const rows = this.#db.prepare(`${SELECT} WHERE r.task_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(taskIds)) as RecordingRow[];
    for (const r of rows) {
      const byRole = out.get(r.task_id) ?? {};
      byRole[r.role] = { assetId: r.asset_id, durationSec: r.duration_sec, originalName: r.original_name, attachedAt: r.attached_at };
      out.set(r.task_id, byRole);
    }
    return out;
  }

  /** The duration the store knows for an asset, or null when there is no such asset. */
  assetDuration(assetId: string): number | null {
    const sec = this.#db.prepare('SELECT duration_sec FROM assets WHERE id = ?').pluck().get(assetId) as number | undefined;
    return sec ?? null;
  }

  /** Refuses audio longer than a recording may be, naming the file. */
  static checkLength(durationSec: number, name: string): void {
    if (durationSec > TASK_RECORDING_MAX_SEC) {
      throw new UserFacingError('production.recording_too_long', `Recording of ${durationSec} s is longer than ${TASK_RECORDING_MAX_SEC} s`, { name, minutes: MAX_MINUTES });
    }
  }

  /**
   * Sets the task's recording for the role inside the caller's transaction (a pack import writes
   * them with its segments, all or nothing). Returns the asset the replaced recording freed.
   */
  writeInTransaction(input: RecordingWrite): FreedAsset | null {
    if (input.asset) insertAsset(this.#db, input.asset);
    const duration = this.assetDuration(input.assetId);
    if (duration === null) throw new UserFacingError('not_found', `No asset ${input.assetId}`, { id: input.assetId });
    TaskRecordings.checkLength(duration, input.originalName);
    const replaced = this.#db.prepare('SELECT asset_id FROM task_recordings WHERE task_id = ? AND role = ?').pluck().get(input.taskId, input.role) as string | undefined;
    this.#db
      .prepare(
        `INSERT INTO task_recordings (task_id, role, asset_id, original_name, attached_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (task_id, role) DO UPDATE SET asset_id = excluded.asset_id, original_name = excluded.original_name, attached_at = excluded.attached_at`,
      )
      .run(input.taskId, input.role, input.assetId, input.originalName.slice(0, 255), input.now);
    return replaced !== undefined && replaced !== input.assetId ? freeAssetIfUnnamed(this.#db, replaced) : null;
  }

  /** Inside the caller's transaction: removes the role's recording; returns whether there was one and what it freed. */
  removeInTransaction(taskId: string, role: TaskRecordingRole): { removed: boolean; freed: FreedAsset | null } {
    const assetId = this.#db.prepare('SELECT asset_id FROM task_recordings WHERE task_id = ? AND role = ?').pluck().get(taskId, role) as string | undefined;
    if (assetId === undefined) return { removed: false, freed: null };
    this.#db.prepare('DELETE FROM task_recordings WHERE task_id = ? AND role = ?').run(taskId, role);
    return { removed: true, freed: freeAssetIfUnnamed(this.#db, assetId) };
  }

  /** Inside the caller's transaction, before the task row goes: every recording it had, freed. */
  removeAllInTransaction(taskId: string): FreedAsset[] {
    const roles = this.#db.prepare('SELECT role FROM task_recordings WHERE task_id = ?').pluck().all(taskId) as TaskRecordingRole[];
    return roles.flatMap((role) => this.removeInTransaction(taskId, role).freed ?? []);
  }
}
