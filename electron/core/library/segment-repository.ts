import { UserFacingError } from '../../../shared/api/errors.ts';
import type { RegionTag, Segment, SegmentPatch, SegmentSummary, VersionPatch } from '../../../shared/domain/segment.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { insertAsset, insertRegions, insertSegment, insertTopics, insertVersion, reindexSegment, touchSegment } from './library-rows.ts';
import { localDate } from '../time/local-date.ts';
import { readSegment, segmentRowById } from './segment-rows.ts';
import { summarySql, toSummary, type SummaryRow } from './segment-summaries.ts';
import { checkHorizon, checkLanguage, checkRegions, checkTopics, checkValidity } from './segment-validation.ts';
import type { StoredAsset } from './stored-asset.ts';

export interface CreateFromImportInput {
  asset: StoredAsset;
  title: string;
  languageCode: string | null;
  regions: RegionTag[];
  topics: string[];
}

const SUMMARY_BY_ID = summarySql('SELECT seq FROM segments WHERE id = ?', 'page.seq');

// Patch field → column; the patch was parsed by the contract's schema, so values have their shapes.
const SEGMENT_COLUMNS = {
  title: 'title',
  description: 'description',
  status: 'status',
  validFrom: 'valid_from',
  validUntil: 'valid_until',
  license: 'license',
  producer: 'producer',
  consentNotes: 'consent_notes',
} as const satisfies Partial<Record<keyof SegmentPatch, string>>;

function notFound(what: string, id: string): UserFacingError {
  return new UserFacingError('not_found', `No ${what} ${id}`, { id });
}

/**
 * Segments, their versions and tags, and the search document that mirrors them. Every write is one
 * `BEGIN IMMEDIATE` transaction that also rebuilds the segment's FTS row, so the library and its
 * search index can never disagree, and a locked database writes nothing (`db.locked`).
 */
export class SegmentRepository {
  readonly #db: Database;
  readonly #catalogs: CatalogIndex;
  readonly #clock: () => Date;

  constructor(db: Database, catalogs: CatalogIndex, clock: () => Date) {
    this.#db = db;
    this.#catalogs = catalogs;
    this.#clock = clock;
  }

  findSegmentIdByAsset(assetId: string): string | null {
    return this.findVersionByAsset(assetId)?.segmentId ?? null;
  }

  /** The first version that uses an asset: what "already in the library" points at. */
  findVersionByAsset(assetId: string): { segmentId: string; versionId: string } | null {
    const row = this.#db
      .prepare('SELECT segment_id, id FROM versions WHERE asset_id = ? ORDER BY created_at, position LIMIT 1')
      .get(assetId) as { segment_id: string; id: string } | undefined;
    return row ? { segmentId: row.segment_id, versionId: row.id } : null;
  }

  /** An asset with this decoded-audio hash that a version still uses (pcm-fingerprint.ts). */
  findAssetByPcm(pcmSha256: string): string | null {
    const id = this.#db
      .prepare('SELECT a.id FROM assets a WHERE a.pcm_sha256 = ? AND EXISTS (SELECT 1 FROM versions v WHERE v.asset_id = a.id) LIMIT 1')
      .pluck()
      .get(pcmSha256) as string | undefined;
    return id ?? null;
  }

  /** Where the media handler finds an asset's files: original extension and preview extension. */
  assetFile(assetId: string): { ext: string; previewExt: string | null } | null {
    const row = this.#db.prepare('SELECT ext, preview_ext FROM assets WHERE id = ?').get(assetId) as
      | { ext: string; preview_ext: string | null }
      | undefined;
    return row ? { ext: row.ext, previewExt: row.preview_ext } : null;
  }

  createFromImport(input: CreateFromImportInput): SegmentSummary {
    checkLanguage(this.#catalogs, input.languageCode);
    checkRegions(this.#catalogs, input.regions);
    checkTopics(this.#catalogs, input.topics);
    const db = this.#db;
    const now = this.#clock().toISOString();
    const segmentId = crypto.randomUUID();
    const versionId = crypto.randomUUID();
    const { asset } = input;

    writeTransaction(db, () => {
      insertAsset(db, asset);
      insertSegment(db, { id: segmentId, title: input.title, status: 'draft', now });
      insertVersion(db, { id: versionId, segmentId, position: 0, languageCode: input.languageCode, assetId: asset.id, now });
      this.#writeRegions(versionId, input.regions);
      this.#writeTopics(segmentId, input.topics);
      this.#reindex(segmentId, null);
    });
    return this.summary(segmentId);
  }

  get(id: string): Segment {
    const segment = readSegment(this.#db, id);
    if (!segment) throw notFound('segment', id);
    return segment;
  }

  summary(id: string): SegmentSummary {
    const row = this.#db.prepare(SUMMARY_BY_ID).get(id) as SummaryRow | undefined;
    if (!row) throw notFound('segment', id);
    return toSummary(row);
  }

  update(id: string, patch: SegmentPatch): Segment {
    if (patch.topics) checkTopics(this.#catalogs, patch.topics);
    const db = this.#db;
    writeTransaction(db, () => {
      const row = segmentRowById(db, id);
      if (!row) throw notFound('segment', id);
      // The window is checked as it will be stored: a patch may move only one of its ends.
      checkValidity(
        patch.validFrom === undefined ? row.valid_from : patch.validFrom,
        patch.validUntil === undefined ? row.valid_until : patch.validUntil,
      );
      checkHorizon(patch, localDate(this.#clock()));
      const entries = Object.entries(SEGMENT_COLUMNS).filter(([field]) => patch[field as keyof typeof SEGMENT_COLUMNS] !== undefined);
      if (entries.length > 0) {
        const sets = entries.map(([, column]) => `${column} = ?`).join(', ');
        const values = entries.map(([field]) => patch[field as keyof typeof SEGMENT_COLUMNS] ?? null);
        db.prepare(`UPDATE segments SET ${sets} WHERE id = ?`).run(...values, id);
      }
      if (patch.topics) {
        db.prepare('DELETE FROM segment_topics WHERE segment_id = ?').run(id);
        this.#writeTopics(id, patch.topics);
      }
      this.#touch(id, row.seq);
    });
    return this.get(id);
  }

  updateVersion(versionId: string, patch: VersionPatch): Segment {
    if (patch.languageCode !== undefined) checkLanguage(this.#catalogs, patch.languageCode);
    if (patch.regions) checkRegions(this.#catalogs, patch.regions);
    const db = this.#db;
    const segmentId = writeTransaction(db, () => {
      const version = db.prepare('SELECT segment_id FROM versions WHERE id = ?').get(versionId) as { segment_id: string } | undefined;
      if (!version) throw notFound('version', versionId);
      if (patch.languageCode !== undefined) {
        db.prepare('UPDATE versions SET language_code = ? WHERE id = ?').run(patch.languageCode, versionId);
      }
      if (patch.script !== undefined) db.prepare('UPDATE versions SET script = ? WHERE id = ?').run(patch.script, versionId);
      if (patch.regions) {
        db.prepare('DELETE FROM version_regions WHERE version_id = ?').run(versionId);
        this.#writeRegions(versionId, patch.regions);
      }
      const row = segmentRowById(db, version.segment_id);
      if (!row) throw notFound('segment', version.segment_id);
      this.#touch(row.id, row.seq);
      return row.id;
    });
    return this.get(segmentId);
  }

  #writeRegions(versionId: string, regions: readonly RegionTag[]): void {
    insertRegions(this.#db, versionId, regions);
  }

  #writeTopics(segmentId: string, topics: readonly string[]): void {
    insertTopics(this.#db, segmentId, topics);
  }

  #touch(id: string, oldSeq: number): void {
    touchSegment(this.#db, this.#catalogs, id, oldSeq, this.#clock().toISOString());
  }

  #reindex(id: string, oldSeq: number | null): void {
    if (!reindexSegment(this.#db, this.#catalogs, id, oldSeq)) throw notFound('segment', id);
  }
}
