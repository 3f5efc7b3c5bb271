import type { SegmentStatus, SegmentSummary } from '../../../shared/domain/segment.ts';

/** A row of SUMMARY_COLUMNS. */
export interface SummaryRow {
  id: string;
  title: string;
  status: SegmentStatus;
  valid_until: string | null;
  updated_at: string;
  topics: string;
  languages: string;
  regions: string;
  version_id: string | null;
  asset_id: string | null;
  duration_sec: number | null;
  container: string | null;
  codec: string | null;
  sample_rate: number | null;
  channels: number | null;
  bits_per_sample: number | null;
  bit_rate: number | null;
  /** 1 when the first version's original has been analysed (audio_analysis). */
  analysed: number | null;
  integrated_lufs: number | null;
  true_peak_dbtp: number | null;
}

/**
 * Everything a library row shows, aggregated per segment `s` in the same statement that picks the
 * page (no query per row). Per-version values come in version order, one entry per version (or per
 * region), and are de-duplicated in JS: cheaper than GROUP BY sorters run 100 times per page.
 */
const SUMMARY_COLUMNS = `
  s.id, s.title, s.status, s.valid_until, s.updated_at,
  (SELECT json_group_array(topic_id ORDER BY topic_id) FROM segment_topics WHERE segment_id = s.id) AS topics,
  (SELECT json_group_array(language_code ORDER BY position) FROM versions WHERE segment_id = s.id) AS languages,
  (SELECT json_group_array(r.state_code ORDER BY vr.position, r.position)
     FROM versions vr JOIN version_regions r ON r.version_id = vr.id WHERE vr.segment_id = s.id) AS regions,
  v0.id AS version_id, a.id AS asset_id, COALESCE((SELECT e.duration_sec FROM edit_lists e WHERE e.version_id = v0.id), a.duration_sec) AS duration_sec, a.container, a.codec, a.sample_rate, a.channels,
  a.bits_per_sample, a.bit_rate,
  an.asset_id IS NOT NULL AS analysed, an.integrated_lufs, an.true_peak_dbtp`;

/**
 * Wraps a page query that yields `seq` plus the sort keys named in `orderBy` (as `page.<col>`),
 * so the page and its summaries come out of one statement. The first version is found by rowid:
 * versions_segment (segment_id, position) holds it, so the lookup never reads the version row (a
 * script) twice, once for its id and again by that id — a tenth of a 100-row page (issue #16).
 */
export function summarySql(pageSql: string, orderBy: string): string {
  return `WITH page AS MATERIALIZED (${pageSql})
    SELECT ${SUMMARY_COLUMNS}
    FROM page
    JOIN segments s ON s.seq = page.seq
    LEFT JOIN versions v0 ON v0.rowid = (SELECT rowid FROM versions WHERE segment_id = s.id ORDER BY position LIMIT 1)
    LEFT JOIN assets a ON a.id = v0.asset_id
    LEFT JOIN audio_analysis an ON an.asset_id = a.id
    ORDER BY ${orderBy}`;
}

function jsonArray(json: string): unknown[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value : [];
}

function distinctStrings(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

export function toSummary(row: SummaryRow): SegmentSummary {
  const hasAsset = row.asset_id !== null;
  const versionLanguages = jsonArray(row.languages);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    validUntil: row.valid_until,
    topics: distinctStrings(jsonArray(row.topics)),
    languages: distinctStrings(versionLanguages),
    regions: distinctStrings(jsonArray(row.regions)),
    versionCount: versionLanguages.length,
    primaryVersionId: row.version_id,
    primaryAssetId: row.asset_id,
    durationSec: hasAsset ? row.duration_sec : null,
    format: hasAsset
      ? {
          container: row.container ?? '',
          codec: row.codec ?? '',
          sampleRate: row.sample_rate ?? 0,
          channels: row.channels ?? 0,
          bitsPerSample: row.bits_per_sample,
          bitRate: row.bit_rate,
        }
      : null,
    loudness: hasAsset && row.analysed ? { integratedLufs: row.integrated_lufs, truePeakDbtp: row.true_peak_dbtp } : null,
    updatedAt: row.updated_at,
  };
}
