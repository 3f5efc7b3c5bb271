import type { RegionTag } from '../../../shared/domain/segment.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { Database } from '../db/database.ts';
import { buildSearchDocument } from './search-document.ts';
import { readSegment, segmentRowById } from './segment-rows.ts';
import type { StoredAsset } from './stored-asset.ts';

/*
 * Issue #11: library/ is the only writer of segments, versions, assets and the search index. Imports,
 * recorded takes and pack imports all write through these functions (inside their caller's write
 * transaction), so the recency order and the FTS row follow one discipline. A test greps the core for
 * writes to those tables anywhere else.
 */

export function insertAsset(db: Database, asset: StoredAsset): void {
  db.prepare(
    `INSERT OR IGNORE INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate,
       channels, bits_per_sample, bit_rate, preview_ext, imported_at, pcm_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(asset.id, asset.originalName, asset.ext, asset.sizeBytes, asset.durationSec, asset.format.container, asset.format.codec,
    asset.format.sampleRate, asset.format.channels, asset.format.bitsPerSample, asset.format.bitRate, asset.previewExt, asset.importedAt, asset.pcmSha256);
}

export interface SegmentFields {
  id: string;
  title: string;
  description?: string;
  status: 'draft' | 'ready';
  validFrom?: string | null;
  validUntil?: string | null;
  license?: string;
  producer?: string;
  consentNotes?: string;
  origin?: { packId: string; packVersion: string };
  now: string;
}

/** A new segment row; seq is left out, so SQLite gives it max(seq)+1, the newest place in recency order. */
export function insertSegment(db: Database, s: SegmentFields): void {
  db.prepare(
    `INSERT INTO segments (id, title, description, status, valid_from, valid_until, license, producer, consent_notes,
       origin_kind, origin_pack_id, origin_pack_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.id, s.title, s.description ?? '', s.status, s.validFrom ?? null, s.validUntil ?? null, s.license ?? '', s.producer ?? '', s.consentNotes ?? '',
    s.origin ? 'pack' : 'local', s.origin?.packId ?? null, s.origin?.packVersion ?? null, s.now, s.now);
}

export interface VersionFields {
  id: string;
  segmentId: string;
  /** Next after the segment's last version when omitted. */
  position?: number;
  languageCode: string | null;
  script?: string;
  assetId: string;
  now: string;
}

export function insertVersion(db: Database, v: VersionFields): void {
  const position = v.position ?? (db.prepare('SELECT coalesce(max(position), -1) + 1 FROM versions WHERE segment_id = ?').pluck().get(v.segmentId) as number);
  db.prepare('INSERT INTO versions (id, segment_id, position, language_code, script, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    v.id, v.segmentId, position, v.languageCode, v.script ?? '', v.assetId, v.now);
}

export function insertRegions(db: Database, versionId: string, regions: readonly RegionTag[]): void {
  const insert = db.prepare('INSERT INTO version_regions (version_id, position, state_code, municipality_code, place, role) VALUES (?, ?, ?, ?, ?, ?)');
  regions.forEach((r, i) => insert.run(versionId, i, r.stateCode, r.municipalityCode, r.place, r.role));
}

export function insertTopics(db: Database, segmentId: string, topics: readonly string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO segment_topics (segment_id, topic_id) VALUES (?, ?)');
  for (const topic of topics) insert.run(segmentId, topic);
}

/** Replaces the segment's FTS row (contentless: the old one is deleted by its rowid, the old seq). */
export function reindexSegment(db: Database, catalogs: CatalogIndex, segmentId: string, oldSeq: number | null): boolean {
  const segment = readSegment(db, segmentId);
  const row = segmentRowById(db, segmentId);
  if (!segment || !row) return false;
  if (oldSeq !== null) db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(oldSeq);
  const doc = buildSearchDocument(segment, catalogs);
  db.prepare('INSERT INTO segments_fts (rowid, body, facets) VALUES (?, ?, ?)').run(row.seq, doc.body, doc.facets);
  return true;
}

/** Marks a change: new updated_at and the next seq, so it leads "most recently changed" lists. */
export function touchSegment(db: Database, catalogs: CatalogIndex, segmentId: string, oldSeq: number, now: string): void {
  db.prepare('UPDATE segments SET updated_at = ?, seq = (SELECT max(seq) + 1 FROM segments) WHERE id = ?').run(now, segmentId);
  reindexSegment(db, catalogs, segmentId, oldSeq);
}

/** Out of rotation, still findable (issue #6: an update from a pack archives the older version). */
export function archiveSegment(db: Database, catalogs: CatalogIndex, segmentId: string, now: string): void {
  const row = segmentRowById(db, segmentId);
  if (!row || row.status === 'archived') return;
  db.prepare("UPDATE segments SET status = 'archived', updated_at = ?, seq = (SELECT max(seq) + 1 FROM segments) WHERE id = ?").run(now, segmentId);
  reindexSegment(db, catalogs, segmentId, row.seq);
}

/** Removes a version; the segment too when asked and it has no version left. The asset row stays (others may share its bytes). */
export function deleteVersion(db: Database, catalogs: CatalogIndex, versionId: string, dropEmptySegment: boolean, now: string): void {
  const version = db.prepare('SELECT segment_id FROM versions WHERE id = ?').get(versionId) as { segment_id: string } | undefined;
  if (!version) return;
  const row = segmentRowById(db, version.segment_id);
  db.prepare('DELETE FROM versions WHERE id = ?').run(versionId);
  if (!row) return;
  const left = db.prepare('SELECT count(*) FROM versions WHERE segment_id = ?').pluck().get(row.id) as number;
  if (dropEmptySegment && left === 0) {
    db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(row.seq);
    db.prepare('DELETE FROM segments WHERE id = ?').run(row.id);
    return;
  }
  touchSegment(db, catalogs, row.id, row.seq, now);
}
