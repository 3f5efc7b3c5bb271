import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { TestimonyRow } from '../../../shared/api/methods/voices.ts';
import type { ConsentInput, ConsentUse, Disguise, Place, Redaction, Testimony, TestimonySource } from '../../../shared/domain/voices.ts';
import { consentCovers, consentInForce } from '../../../shared/domain/voices.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { MunicipalityCatalog } from '../catalog/municipalities.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { freeAssetIfUnnamed, type FreedAsset } from '../library/asset-references.ts';
import { insertAsset } from '../library/library-rows.ts';
import { checkLanguage } from '../library/segment-validation.ts';
import type { StoredAsset } from '../library/stored-asset.ts';
import { consentsOf, TESTIMONY_SELECT, toListRow, toTestimony, USE_BITS, usesToBits, type TestimonyDbRow } from './testimony-rows.ts';

export interface TestimonyFields {
  receivedOn: string;
  source: TestimonySource;
  languageCode: string | null;
  origin: Place | null;
  work: Place | null;
  categories: string[];
  summary: string;
  disguise: Disguise;
}

export interface ListQuery {
  query?: string | undefined;
  category?: string | undefined;
  stateCode?: string | undefined;
  offset: number;
  limit: number;
}

const invalid = (field: string, message: string) => new UserFacingError('invalid_input', message, { field });

// Audio ends a few milliseconds after the probed duration on some containers: spans are allowed that slack.
const END_SLACK_SEC = 0.05;

/**
 * Listener testimonies (issue #14 §2): one writer for testimonies, their categories and consent
 * records. The audio row is the library's (insertAsset); it goes with the testimony when nothing
 * else names those bytes.
 */
export class TestimonyStore {
  readonly #db: Database;
  readonly #catalogs: CatalogIndex;
  readonly #municipalities: MunicipalityCatalog;
  readonly #clock: () => Date;

  constructor(db: Database, catalogs: CatalogIndex, municipalities: MunicipalityCatalog, clock: () => Date) {
    this.#db = db;
    this.#catalogs = catalogs;
    this.#municipalities = municipalities;
    this.#clock = clock;
  }

  get(id: string): Testimony {
    const row = this.#db.prepare(`${TESTIMONY_SELECT} WHERE t.id = ?`).get(id) as TestimonyDbRow | undefined;
    if (!row) throw new UserFacingError('not_found', `No testimony ${id}`, { id });
    return toTestimony(this.#db, row);
  }

  list(q: ListQuery): { rows: TestimonyRow[]; total: number } {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: q.limit, offset: q.offset };
    if (q.query) {
      where.push("t.summary LIKE @like ESCAPE '\\'");
      params.like = `%${q.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    if (q.category) {
      where.push('EXISTS (SELECT 1 FROM testimony_categories c WHERE c.testimony_id = t.id AND c.category = @category)');
      params.category = q.category;
    }
    if (q.stateCode) {
      where.push('(t.origin_state = @state OR t.work_state = @state)');
      params.state = q.stateCode;
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.#db.prepare(`SELECT COUNT(*) FROM testimonies t ${clause}`).pluck().get(params) as number;
    const rows = this.#db
      .prepare(
        `SELECT t.*, a.duration_sec, json_array_length(t.redactions) AS redaction_count,
           (SELECT group_concat(category) FROM (SELECT category FROM testimony_categories WHERE testimony_id = t.id ORDER BY category)) AS categories
         FROM testimonies t LEFT JOIN assets a ON a.id = t.asset_id ${clause}
         ORDER BY t.received_on DESC, t.created_at DESC LIMIT @limit OFFSET @offset`,
      )
      .all(params) as (TestimonyDbRow & { categories: string | null; redaction_count: number })[];
    return { rows: rows.map(toListRow), total };
  }

  hasAsset(assetId: string): boolean {
    return this.#db.prepare('SELECT 1 FROM assets WHERE id = ?').pluck().get(assetId) !== undefined;
  }

  /** A new testimony dated today, from audio (a new asset row, or bytes already in the store) or none. */
  create(input: { asset: StoredAsset | null; assetId: string | null; source: TestimonySource }): Testimony {
    const now = this.#clock().toISOString();
    const id = randomUUID();
    writeTransaction(this.#db, () => {
      if (input.asset) insertAsset(this.#db, input.asset);
      if (input.assetId !== null && !this.hasAsset(input.assetId)) throw new UserFacingError('not_found', `No asset ${input.assetId}`, { id: input.assetId });
      this.#db
        .prepare('INSERT INTO testimonies (id, received_on, source, asset_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, now.slice(0, 10), input.source, input.assetId, now, now);
    });
    return this.get(id);
  }

  /**
   * Gives a testimony without audio (a call noted by hand) its recording; the caller's transaction
   * may wrap this, so the refusal is checked where the write happens.
   */
  attachAudio(id: string, input: { asset: StoredAsset | null; assetId: string }): Testimony {
    writeTransaction(this.#db, () => {
      this.requireNoAudio(id);
      if (input.asset) insertAsset(this.#db, input.asset);
      if (!this.hasAsset(input.assetId)) throw new UserFacingError('not_found', `No asset ${input.assetId}`, { id: input.assetId });
      this.#db.prepare('UPDATE testimonies SET asset_id = ?, updated_at = ? WHERE id = ?').run(input.assetId, this.#clock().toISOString(), id);
    });
    return this.get(id);
  }

  /** Throws `voices.has_audio` when the testimony already has its audio (and not_found when there is none). */
  requireNoAudio(id: string): void {
    const testimony = this.get(id);
    if (testimony.assetId !== null) throw new UserFacingError('voices.has_audio', `Testimony ${id} already has audio`, { id, receivedOn: testimony.receivedOn });
  }

  update(id: string, patch: Partial<TestimonyFields>): Testimony {
    this.#checkFields(patch);
    writeTransaction(this.#db, () => {
      this.get(id);
      const set: string[] = [];
      const params: Record<string, string | null> = { id, now: this.#clock().toISOString() };
      const column = (name: string, value: string | null) => {
        set.push(`${name} = @${name}`);
        params[name] = value;
      };
      if (patch.receivedOn !== undefined) column('received_on', patch.receivedOn);
      if (patch.source !== undefined) column('source', patch.source);
      if (patch.languageCode !== undefined) column('language_code', patch.languageCode);
      if (patch.summary !== undefined) column('summary', patch.summary);
      if (patch.disguise !== undefined) column('disguise', patch.disguise);
      for (const role of ['origin', 'work'] as const) {
        const value = patch[role];
        if (value === undefined) continue;
        column(`${role}_state`, value?.stateCode ?? null);
        column(`${role}_municipality`, value?.municipalityCode ?? null);
      }
      this.#db.prepare(`UPDATE testimonies SET ${[...set, 'updated_at = @now'].join(', ')} WHERE id = @id`).run(params);
      if (patch.categories !== undefined) {
        this.#db.prepare('DELETE FROM testimony_categories WHERE testimony_id = ?').run(id);
        const add = this.#db.prepare('INSERT OR IGNORE INTO testimony_categories (testimony_id, category) VALUES (?, ?)');
        for (const category of patch.categories) add.run(id, category);
      }
    });
    return this.get(id);
  }

  saveRedactions(id: string, redactions: readonly Redaction[]): Testimony {
    writeTransaction(this.#db, () => {
      const current = this.get(id);
      if (redactions.length > 0) this.#checkWithinAudio(current, redactions.map((r) => r.endSec));
      const sorted = [...redactions].sort((a, b) => a.startSec - b.startSec);
      this.#db.prepare('UPDATE testimonies SET redactions = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(sorted), this.#clock().toISOString(), id);
    });
    return this.get(id);
  }

  /** Appends a consent record and stores the one now in force as bits, in the same transaction. */
  addConsent(id: string, input: ConsentInput): Testimony {
    if (input.method === 'audio' && input.atSec === null) throw invalid('atSec', 'A consent heard on the recording needs its time');
    writeTransaction(this.#db, () => {
      const current = this.get(id);
      if (input.method === 'audio' && input.atSec !== null) this.#checkWithinAudio(current, [input.atSec]);
      const now = this.#clock().toISOString();
      const uses = [...new Set(input.uses)];
      this.#db
        .prepare('INSERT INTO testimony_consents (id, testimony_id, given_by, uses, method, at_sec, given_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(randomUUID(), id, input.givenBy, JSON.stringify(uses), input.method, input.method === 'audio' ? input.atSec : null, input.givenOn, now);
      const inForce = consentInForce(consentsOf(this.#db, id));
      this.#db.prepare('UPDATE testimonies SET consent_uses = ?, updated_at = ? WHERE id = ?').run(usesToBits(inForce?.uses ?? []), now, id);
    });
    return this.get(id);
  }

  /** Throws the translated refusal when the consent in force does not cover `use` (the one rule for every exit). */
  requireConsent(testimony: Testimony, use: ConsentUse): void {
    if (!consentCovers(testimony.consents, use)) {
      throw new UserFacingError('voices.consent_missing', `Testimony ${testimony.id} has no consent for ${use}`, { id: testimony.id, use, receivedOn: testimony.receivedOn });
    }
  }

  setSegment(id: string, segmentId: string): void {
    this.#db.prepare('UPDATE testimonies SET segment_id = ?, updated_at = ? WHERE id = ?').run(segmentId, this.#clock().toISOString(), id);
  }

  /** The testimonies the given segments were made from, with whether broadcast is still consented. */
  originsOf(segmentIds: readonly string[]): { segmentId: string; testimonyId: string; broadcast: boolean }[] {
    const find = this.#db.prepare('SELECT id, consent_uses FROM testimonies WHERE segment_id = ?');
    return segmentIds.flatMap((segmentId) =>
      (find.all(segmentId) as { id: string; consent_uses: number }[]).map((r) => ({ segmentId, testimonyId: r.id, broadcast: (r.consent_uses & USE_BITS.broadcast) !== 0 })),
    );
  }

  /** Deletes the testimony (categories and consents cascade) and frees its audio row; the caller removes the files. */
  delete(id: string): { deleted: boolean; freed: FreedAsset | null } {
    return writeTransaction(this.#db, () => {
      const row = this.#db.prepare('SELECT asset_id FROM testimonies WHERE id = ?').get(id) as { asset_id: string | null } | undefined;
      if (!row) return { deleted: false, freed: null };
      this.#db.prepare('DELETE FROM testimonies WHERE id = ?').run(id);
      return { deleted: true, freed: row.asset_id === null ? null : freeAssetIfUnnamed(this.#db, row.asset_id) };
    });
  }

  #checkWithinAudio(t: Testimony, times: readonly number[]): void {
    if (t.assetId === null || t.durationSec === null) throw new UserFacingError('voices.no_audio', `Testimony ${t.id} has no audio`, { id: t.id });
    const duration = t.durationSec;
    if (times.some((s) => s > duration + END_SLACK_SEC)) {
      throw new UserFacingError('voices.redaction_outside', `A time lies past the end (${duration} s)`, { id: t.id, durationSec: duration.toFixed(1) });
    }
  }

  #checkFields(patch: Partial<TestimonyFields>): void {
    if (patch.languageCode !== undefined) checkLanguage(this.#catalogs, patch.languageCode);
    for (const role of ['origin', 'work'] as const) {
      const place = patch[role];
      if (!place) continue;
      if (!this.#catalogs.states.has(place.stateCode)) throw invalid(`${role}.stateCode`, `Unknown state ${place.stateCode}`);
      if (place.municipalityCode !== null && !this.#municipalities.has(place.municipalityCode)) {
        throw invalid(`${role}.municipalityCode`, `Unknown municipality ${place.municipalityCode}`);
      }
    }
    patch.categories?.forEach((category, i) => {
      if (!this.#catalogs.testimonyCategories.has(category)) throw invalid(`categories[${i}]`, `Unknown category ${category}`);
    });
  }
}
