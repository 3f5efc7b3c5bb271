/**
 * Recording sessions (issue #4), one row per take. Written before the WAV is created, so a crash at
 * any moment leaves a row that says which segment and language the file is for; start-up recovery
 * reads it to repair the header (format columns) and to register the take.
 * - status: recording → finished (clean stop) | recovered (repaired after a crash).
 * - target_segment_id: the existing segment the take was recorded for; new_title when it is new.
 * - segment_id / version_id / asset_id: what the take became in the library (null until imported).
 * - owner_pid: the process writing it; recovery leaves a row alone while that process lives.
 */
export const recordingMigration = `
  CREATE TABLE recording_sessions (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('recording','finished','recovered')),
    target_segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    new_title TEXT NOT NULL DEFAULT '',
    language_code TEXT,
    sample_rate INTEGER NOT NULL,
    channels INTEGER NOT NULL,
    bits_per_sample INTEGER NOT NULL,
    data_bytes INTEGER NOT NULL DEFAULT 0,
    segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    asset_id TEXT,
    created_segment INTEGER NOT NULL DEFAULT 0,
    keeper INTEGER NOT NULL DEFAULT 0,
    needs_review INTEGER NOT NULL DEFAULT 0,
    owner_pid INTEGER,
    started_at TEXT NOT NULL,
    ended_at TEXT
  ) STRICT;
  CREATE INDEX recording_sessions_status ON recording_sessions(status);
  CREATE INDEX recording_sessions_segment ON recording_sessions(segment_id, started_at);
`;
