/**
 * Backups (issue #12): where and when the daily backup goes, and how the last one ended.
 * One row; no row means "never set up" (no destination, so no daily backup runs).
 */
export const backupMigration = `
  CREATE TABLE backup_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    destination TEXT,
    keep_last INTEGER NOT NULL DEFAULT 7 CHECK (keep_last BETWEEN 1 AND 100),
    daily_time TEXT NOT NULL DEFAULT '21:00',
    last_run_at TEXT,
    last_backup TEXT,
    last_error TEXT
  ) STRICT;
`;
