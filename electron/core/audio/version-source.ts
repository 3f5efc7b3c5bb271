import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Database } from '../db/database.ts';
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

/** A version by its id, or a segment's first version by the segment's id (the editor opens segments). */
export function loadVersionSource(db: Database, versionOrSegmentId: string): VersionSource {
  const row = db
    .prepare(
      `SELECT v.id, v.segment_id, v.language_code, v.asset_id, s.title, s.producer, s.description, s.valid_from, s.valid_until, a.duration_sec
       FROM versions v JOIN segments s ON s.id = v.segment_id JOIN assets a ON a.id = v.asset_id
       WHERE v.id = ? OR v.id = (SELECT id FROM versions WHERE segment_id = ? ORDER BY position LIMIT 1)`,
    )
    .get(versionOrSegmentId, versionOrSegmentId) as VersionSource | undefined;
  if (!row) throw new UserFacingError('not_found', `No version ${versionOrSegmentId}`, { id: versionOrSegmentId });
  return row;
}

export function loadEditState(db: Database, versionId: string): EditState {
  const row = db.prepare('SELECT edits FROM edit_lists WHERE version_id = ?').get(versionId) as { edits: string } | undefined;
  return row ? (JSON.parse(row.edits) as EditState) : emptyEdits();
}

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
