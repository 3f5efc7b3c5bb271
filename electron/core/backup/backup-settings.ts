import type { BackupSettings } from '../../../shared/api/methods/backup.ts';
import { writeTransaction, type Database } from '../db/database.ts';

interface Row {
  destination: string | null;
  keep_last: number;
  daily_time: string;
  last_run_at: string | null;
  last_backup: string | null;
  last_error: string | null;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { destination: null, keepLast: 7, dailyTime: '21:00' };

export type LastRun = { at: string; backup: string | null; error: string | null } | null;

/** The one row of backup_settings (issue #12); no row reads as the defaults (never set up). */
export function readBackupSettings(db: Database): BackupSettings & { lastRun: LastRun } {
  const row = db.prepare('SELECT * FROM backup_settings WHERE id = 1').get() as Row | undefined;
  if (!row) return { ...DEFAULT_BACKUP_SETTINGS, lastRun: null };
  return {
    destination: row.destination,
    keepLast: row.keep_last,
    dailyTime: row.daily_time,
    lastRun: row.last_run_at ? { at: row.last_run_at, backup: row.last_backup, error: row.last_error } : null,
  };
}

export function writeBackupSettings(db: Database, settings: BackupSettings): BackupSettings {
  writeTransaction(db, () =>
    db
      .prepare(
        `INSERT INTO backup_settings (id, destination, keep_last, daily_time) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET destination = excluded.destination, keep_last = excluded.keep_last, daily_time = excluded.daily_time`,
      )
      .run(settings.destination, settings.keepLast, settings.dailyTime),
  );
  return settings;
}

/** How the last run ended, shown in Ajustes so a failed nightly backup is not silent. */
export function recordBackupRun(db: Database, at: Date, backup: string | null, error: string | null): void {
  writeTransaction(db, () =>
    db
      .prepare(
        `INSERT INTO backup_settings (id, last_run_at, last_backup, last_error) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET last_run_at = excluded.last_run_at, last_backup = excluded.last_backup, last_error = excluded.last_error`,
      )
      .run(at.toISOString(), backup, error),
  );
}
