import { randomUUID } from 'node:crypto';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { Database } from '../db/database.ts';
import { deleteVersion, insertAsset, insertSegment, insertVersion, reindexSegment, touchSegment } from './library-rows.ts';
import { segmentRowById } from './segment-rows.ts';
import type { StoredAsset } from './stored-asset.ts';

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
  if (asset) insertAsset(db, asset);
  const existing = input.segmentId ? segmentRowById(db, input.segmentId) : undefined;
  const languageCode = input.languageCode && catalogs.languages.has(input.languageCode) ? input.languageCode : null;
  const versionId = randomUUID();
  if (existing) {
    insertVersion(db, { id: versionId, segmentId: existing.id, languageCode, assetId: input.assetId, now });
    touchSegment(db, catalogs, existing.id, existing.seq, now);
    return { segmentId: existing.id, versionId, createdSegment: false };
  }
  const segmentId = randomUUID();
  insertSegment(db, { id: segmentId, title: input.title, status: 'draft', now });
  insertVersion(db, { id: versionId, segmentId, position: 0, languageCode, assetId: input.assetId, now });
  reindexSegment(db, catalogs, segmentId, null);
  return { segmentId, versionId, createdSegment: true };
}

/**
 * Undoes a discarded take: its version goes, and the segment too when the take created it and
 * nothing else was added since. The asset row stays here (another version may share its bytes):
 * the discard frees it after the session row goes (asset-references.ts).
 */
export function removeTakeVersion(db: Database, catalogs: CatalogIndex, versionId: string, createdSegment: boolean, now: string): void {
  deleteVersion(db, catalogs, versionId, createdSegment, now);
}
