import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { Database } from '../../db/database.ts';
import { emptyEdits, type EditState } from './edit-list.ts';
import type { RenderMetadata } from './render.ts';

/** What a render of one version needs from the library: its original, its words, its validity. */
export interface VersionSource {
  id: string;
  segment_id: string;
  language_code: string | null;
  asset_id: string;
  title: string;
  producer: string;
  description: string;
  valid_from: string | null;
  valid_until: string | null;
  duration_sec: number;
}

/**
 * A version by its id (issue #11: "a version id means a version"). A segment id used to open the
 * segment's first version, so only version 0 could ever be edited; it is now refused by name.
 */
export function loadVersionSource(db: Database, versionId: string): VersionSource {
  const row = db
    .prepare(
      `SELECT v.id, v.segment_id, v.language_code, v.asset_id, s.title, s.producer, s.description, s.valid_from, s.valid_until, a.duration_sec
       FROM versions v JOIN segments s ON s.id = v.segment_id JOIN assets a ON a.id = v.asset_id
       WHERE v.id = ?`,
    )
    .get(versionId) as VersionSource | undefined;
  if (row) return row;
  const isSegment = db.prepare('SELECT 1 FROM segments WHERE id = ?').get(versionId) !== undefined;
  if (isSegment) throw new UserFacingError('audio.segment_not_version', `${versionId} is a segment, not a version`, { id: versionId });
  throw new UserFacingError('not_found', `No version ${versionId}`, { id: versionId });
}

export function loadEditState(db: Database, versionId: string): EditState {
  const row = db.prepare('SELECT edits FROM edit_lists WHERE version_id = ?').get(versionId) as { edits: string } | undefined;
  return row ? (JSON.parse(row.edits) as EditState) : emptyEdits();
}

/** Stores an edit list with the length it gives, which rundowns, exports and the Library read. */
export function saveEditState(db: Database, versionId: string, edits: EditState, durationSec: number, at: Date): void {
  db.prepare(
    `INSERT INTO edit_lists (version_id, edits, updated_at, duration_sec) VALUES (?, ?, ?, ?)
     ON CONFLICT(version_id) DO UPDATE SET edits = excluded.edits, updated_at = excluded.updated_at, duration_sec = excluded.duration_sec`,
  ).run(versionId, JSON.stringify(edits), at.toISOString(), durationSec);
}

/** SQL for a version's length as it airs: the edited length when it has an edit list, else the original's. */
export const EDITED_DURATION_SQL = 'COALESCE((SELECT e.duration_sec FROM edit_lists e WHERE e.version_id = v.id), a.duration_sec)';

export function renderMetadata(v: VersionSource): RenderMetadata {
  return {
    title: v.title,
    producer: v.producer,
    languageCode: v.language_code,
    validFrom: v.valid_from,
    validUntil: v.valid_until,
    segmentId: v.segment_id,
    versionId: v.id,
    description: v.description,
  };
}
