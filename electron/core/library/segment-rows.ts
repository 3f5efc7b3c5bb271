import type { Asset, RegionRole, RegionTag, Segment, SegmentStatus, Version } from '../../../shared/domain/segment.ts';
import { EDITED_DURATION_SQL } from '../audio/edit/version-source.ts';
import type { Database } from '../db/database.ts';

/** Row shapes of schema v1 and their mapping to the domain types (shared/domain/segment.ts). */

export interface SegmentRow {
  seq: number;
  id: string;
  title: string;
  description: string;
  status: SegmentStatus;
  valid_from: string | null;
  valid_until: string | null;
  license: string;
  producer: string;
  consent_notes: string;
  origin_kind: 'local' | 'pack';
  origin_pack_id: string | null;
  origin_pack_version: string | null;
  created_at: string;
  updated_at: string;
}

interface VersionAssetRow {
  id: string;
  segment_id: string;
  language_code: string | null;
  script: string;
  created_at: string;
  asset_id: string;
  original_name: string;
  size_bytes: number;
  duration_sec: number;
  edited_duration_sec: number;
  container: string;
  codec: string;
  sample_rate: number;
  channels: number;
  bits_per_sample: number | null;
  bit_rate: number | null;
  imported_at: string;
}

interface RegionRow {
  version_id: string;
  state_code: string;
  municipality_code: string | null;
  place: string | null;
  role: RegionRole;
}

function toAsset(row: VersionAssetRow): Asset {
  return {
    id: row.asset_id,
    originalName: row.original_name,
    sizeBytes: row.size_bytes,
    durationSec: row.duration_sec,
    format: {
      container: row.container,
      codec: row.codec,
      sampleRate: row.sample_rate,
      channels: row.channels,
      bitsPerSample: row.bits_per_sample,
      bitRate: row.bit_rate,
    },
    importedAt: row.imported_at,
  };
}

function toRegion(row: RegionRow): RegionTag {
  return { stateCode: row.state_code, municipalityCode: row.municipality_code, place: row.place, role: row.role };
}

export function segmentRowById(db: Database, id: string): SegmentRow | undefined {
  return db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as SegmentRow | undefined;
}

/** The whole segment: row, topics, versions in order with their assets and regions (four reads). */
export function readSegment(db: Database, id: string): Segment | null {
  const row = segmentRowById(db, id);
  if (!row) return null;
  const topics = db.prepare('SELECT topic_id FROM segment_topics WHERE segment_id = ? ORDER BY topic_id').pluck().all(id) as string[];
  const versionRows = db
    .prepare(
      `SELECT v.id, v.segment_id, v.language_code, v.script, v.created_at, a.id AS asset_id, a.original_name,
         a.size_bytes, a.duration_sec, a.container, a.codec, a.sample_rate, a.channels, a.bits_per_sample,
         a.bit_rate, a.imported_at, ${EDITED_DURATION_SQL} AS edited_duration_sec
       FROM versions v JOIN assets a ON a.id = v.asset_id WHERE v.segment_id = ? ORDER BY v.position`,
    )
    .all(id) as VersionAssetRow[];
  const regionRows = db
    .prepare(
      `SELECT r.version_id, r.state_code, r.municipality_code, r.place, r.role
       FROM version_regions r JOIN versions v ON v.id = r.version_id WHERE v.segment_id = ? ORDER BY r.version_id, r.position`,
    )
    .all(id) as RegionRow[];

  const regionsByVersion = new Map<string, RegionTag[]>();
  for (const region of regionRows) {
    const list = regionsByVersion.get(region.version_id) ?? [];
    list.push(toRegion(region));
    regionsByVersion.set(region.version_id, list);
  }
  const versions: Version[] = versionRows.map((v) => ({
    id: v.id,
    segmentId: v.segment_id,
    languageCode: v.language_code,
    regions: regionsByVersion.get(v.id) ?? [],
    script: v.script,
    asset: toAsset(v),
    durationSec: v.edited_duration_sec,
    createdAt: v.created_at,
  }));

  return {
    id: row.id,
    title: row.title,
    description: row.description,
    topics,
    status: row.status,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    license: row.license,
    producer: row.producer,
    consentNotes: row.consent_notes,
    origin: { kind: row.origin_kind, packId: row.origin_pack_id, packVersion: row.origin_pack_version },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    versions,
  };
}
