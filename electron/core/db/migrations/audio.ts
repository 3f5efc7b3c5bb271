/** Audio engine (issue #3): analysis cached by content hash, edit lists kept on the version. */
export const audioMigration = `
  CREATE TABLE audio_analysis (
    asset_id TEXT PRIMARY KEY,            -- sha256 of the original bytes (assets.id, or any analysed file)
    duration_sec REAL NOT NULL,
    sample_rate INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    codec TEXT NOT NULL,
    integrated_lufs REAL,
    loudness_range_lu REAL NOT NULL,
    true_peak_dbtp REAL,
    sample_peak_dbfs REAL,
    analyzed_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE edit_lists (
    version_id TEXT PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
    edits TEXT NOT NULL,                  -- JSON: { ops, undone } (electron/core/audio/edit/edit-list.ts)
    updated_at TEXT NOT NULL
  ) STRICT;
`;

/** Issue #11: the edited length kept beside the edit list, so rundowns and exports read what airs. */
export const editedDurationMigration = `
  ALTER TABLE edit_lists ADD COLUMN duration_sec REAL;   -- NULL: rows older than this migration, filled at start-up
`;
