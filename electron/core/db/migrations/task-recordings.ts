/**
 * Issue #14 §1 Producción: a language task's recordings. Many Indigenous languages are mostly
 * spoken, so a translation may be an oral recording with no text; a back-translation into Spanish
 * may be a recording too, for the reviewer. At most one of each per task (`role`), the audio an
 * `assets` row in the library's content store. Kept apart from `versions`, so a translation never
 * shows in the Library, the schedule or coverage. Goes with its task (ON DELETE CASCADE); the asset
 * row is freed by the writer when nothing else names it (library/asset-references.ts).
 */
export const taskRecordingsMigration = `
  CREATE TABLE task_recordings (
    task_id TEXT NOT NULL REFERENCES language_tasks(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('oral','back_translation')),
    asset_id TEXT NOT NULL REFERENCES assets(id),
    original_name TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    PRIMARY KEY (task_id, role)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX task_recordings_asset ON task_recordings(asset_id);
`;
