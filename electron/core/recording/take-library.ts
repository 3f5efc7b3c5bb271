import { randomUUID } from 'node:crypto';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { Database } from '../db/database.ts';
import { buildSearchDocument } from '../library/search-document.ts';
import { readSegment, segmentRowById } from '../library/segment-rows.ts';
import type { StoredAsset } from '../library/stored-asset.ts';

export interface AddTakeInput {
  /** Null when the bytes were already in the store (a duplicate): the asset row exists. */
  asset: StoredAsset | null;
  assetId: string;
  /** Existing segment to add the version to; when null (or it was deleted meanwhile) a new draft segment. */
  segmentId: string | null;
  title: string;
  languageCode: string | null;
  now: string;
}

export interface AddTakeResult {
  segmentId: string;
  versionId: string;
  createdSegment: boolean;
}

/**
 * Writes a take into the library the way an import does: asset row, a draft segment when the take
 * is for a new one, a version with the take's language (no regions yet), and the segment's search
 * document rebuilt. Runs inside the caller's write transaction, next to the session row update.
 */
export function addTakeVersion(db: Database, catalogs: CatalogIndex, input: AddTakeInput): AddTakeResult {
  const { asset, now } = input;
  if (asset) {
    db.prepare(
      `INSERT OR IGNORE INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate,
         channels, bits_per_sample, bit_rate, preview_ext, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(asset.id, asset.originalName, asset.ext, asset.sizeBytes, asset.durationSec, asset.format.container, asset.format.codec,
      asset.format.sampleRate, asset.format.channels, asset.format.bitsPerSample, asset.format.bitRate, asset.previewExt, asset.importedAt);
  }
  const existing = input.segmentId ? segmentRowById(db, input.segmentId) : undefined;
  const language = input.languageCode && catalogs.languages.has(input.languageCode) ? input.languageCode : null;
  const versionId = randomUUID();
  if (existing) {
    const position = db.prepare('SELECT coalesce(max(position), -1) + 1 FROM versions WHERE segment_id = ?').pluck().get(existing.id) as number;
    db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      versionId, existing.id, position, language, input.assetId, now);
    touch(db, catalogs, existing.id, existing.seq, now);
    return { segmentId: existing.id, versionId, createdSegment: false };
  }
  const segmentId = randomUUID();
  db.prepare("INSERT INTO segments (id, title, status, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)").run(segmentId, input.title, now, now);
  db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, 0, ?, ?, ?)').run(
    versionId, segmentId, language, input.assetId, now);
  reindex(db, catalogs, segmentId, null);
  return { segmentId, versionId, createdSegment: true };
}

/**
 * Undoes a discarded take: its version goes, and the segment too when the take created it and
 * nothing else was added since. The asset row stays (another version may share its bytes).
 */
export function removeTakeVersion(db: Database, catalogs: CatalogIndex, versionId: string, createdSegment: boolean, now: string): void {
  const version = db.prepare('SELECT segment_id FROM versions WHERE id = ?').get(versionId) as { segment_id: string } | undefined;
  if (!version) return;
  const row = segmentRowById(db, version.segment_id);
  db.prepare('DELETE FROM versions WHERE id = ?').run(versionId);
  if (!row) return;
  const left = db.prepare('SELECT count(*) FROM versions WHERE segment_id = ?').pluck().get(row.id) as number;
  if (createdSegment && left === 0) {
    db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(row.seq);
    db.prepare('DELETE FROM segments WHERE id = ?').run(row.id);
    return;
  }
  touch(db, catalogs, row.id, row.seq, now);
}

/** Same recency discipline as segment-repository.ts: a change moves the segment to max(seq)+1. */
function touch(db: Database, catalogs: CatalogIndex, segmentId: string, oldSeq: number, now: string): void {
  db.prepare('UPDATE segments SET updated_at = ?, seq = (SELECT max(seq) + 1 FROM segments) WHERE id = ?').run(now, segmentId);
  reindex(db, catalogs, segmentId, oldSeq);
}

/** Contentless FTS row keyed by seq, replaced whole (see search-document.ts). */
function reindex(db: Database, catalogs: CatalogIndex, segmentId: string, oldSeq: number | null): void {
  const segment = readSegment(db, segmentId);
  const row = segmentRowById(db, segmentId);
  if (!segment || !row) return;
  if (oldSeq !== null) db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(oldSeq);
  const doc = buildSearchDocument(segment, catalogs);
  db.prepare('INSERT INTO segments_fts (rowid, body, facets) VALUES (?, ?, ?)').run(row.seq, doc.body, doc.facets);
}
