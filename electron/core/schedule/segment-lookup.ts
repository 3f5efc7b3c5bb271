import { EDITED_DURATION_SQL } from '../audio/edit/version-source.ts';
import type { Database } from '../db/database.ts';

/** What scheduling needs of a segment: validity and its versions' language, regions and audio. */
export interface VersionInfo {
  id: string;
  languageCode: string | null;
  states: string[];
  assetId: string;
  ext: string;
  /** As it airs: the edit list's length (issue #11), never the original file's. */
  durationSec: number;
}

export interface SegmentInfo {
  id: string;
  title: string;
  validFrom: string | null;
  validUntil: string | null;
  versions: VersionInfo[];
}

/** Reads the library's tables (read-only) in three queries, whatever the number of segments. */
export function loadSegments(db: Database, ids?: readonly string[]): Map<string, SegmentInfo> {
  const want = ids ? [...new Set(ids)] : null;
  const out = new Map<string, SegmentInfo>();
  if (want && want.length === 0) return out;
  const filter = want ? `WHERE s.id IN (SELECT value FROM json_each(@ids))` : '';
  const params = { ids: JSON.stringify(want ?? []) };
  const segs = db.prepare(`SELECT s.id, s.title, s.valid_from, s.valid_until FROM segments s ${filter}`).all(params) as {
    id: string;
    title: string;
    valid_from: string | null;
    valid_until: string | null;
  }[];
  for (const s of segs) out.set(s.id, { id: s.id, title: s.title, validFrom: s.valid_from, validUntil: s.valid_until, versions: [] });
  const versions = db
    .prepare(
      `SELECT v.id, v.segment_id, v.language_code, v.asset_id, a.ext, ${EDITED_DURATION_SQL} AS duration_sec FROM versions v JOIN assets a ON a.id = v.asset_id
       JOIN segments s ON s.id = v.segment_id ${filter} ORDER BY v.segment_id, v.position`,
    )
    .all(params) as { id: string; segment_id: string; language_code: string | null; asset_id: string; ext: string; duration_sec: number }[];
  const byVersion = new Map<string, VersionInfo>();
  for (const v of versions) {
    const info: VersionInfo = { id: v.id, languageCode: v.language_code, states: [], assetId: v.asset_id, ext: v.ext, durationSec: v.duration_sec };
    byVersion.set(v.id, info);
    out.get(v.segment_id)?.versions.push(info);
  }
  const regions = db
    .prepare(
      `SELECT r.version_id, r.state_code FROM version_regions r JOIN versions v ON v.id = r.version_id JOIN segments s ON s.id = v.segment_id ${filter}`,
    )
    .all(params) as { version_id: string; state_code: string }[];
  for (const r of regions) byVersion.get(r.version_id)?.states.push(r.state_code);
  return out;
}

/** The version in the first of the program's languages that has one (issue #5: "resolved to the version in the program's language"). */
export function versionForLanguages(segment: SegmentInfo, languages: readonly string[]): VersionInfo | null {
  for (const lang of languages) {
    const v = segment.versions.find((x) => x.languageCode === lang);
    if (v) return v;
  }
  return null;
}

export function validityIssue(segment: SegmentInfo, date: string): 'expired' | 'not_yet_valid' | null {
  if (segment.validUntil !== null && date > segment.validUntil) return 'expired';
  if (segment.validFrom !== null && date < segment.validFrom) return 'not_yet_valid';
  return null;
}
