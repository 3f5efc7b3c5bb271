import { z } from 'zod';
import type { TestimonyRow } from '../../../shared/api/methods/voices.ts';
import { CONSENT_USES, consentUseSchema, redactionSchema, type ConsentRecord, type ConsentUse, type Disguise, type Testimony } from '../../../shared/domain/voices.ts';
import type { Database } from '../db/database.ts';

/** The consent in force as the bits `testimonies.consent_uses` keeps (migrations/voices.ts). */
export const USE_BITS: Readonly<Record<ConsentUse, number>> = { internal: 1, anonymised: 2, broadcast: 4 };
export const usesToBits = (uses: readonly ConsentUse[]): number => uses.reduce((bits, use) => bits | USE_BITS[use], 0);
export const bitsToUses = (bits: number): ConsentUse[] => CONSENT_USES.filter((use) => (bits & USE_BITS[use]) !== 0);

export interface TestimonyDbRow {
  id: string;
  received_on: string;
  source: 'voice_note' | 'call_in';
  language_code: string | null;
  origin_state: string | null;
  origin_municipality: string | null;
  work_state: string | null;
  work_municipality: string | null;
  summary: string;
  asset_id: string | null;
  duration_sec: number | null;
  redactions: string;
  disguise: Disguise;
  consent_uses: number;
  segment_id: string | null;
  created_at: string;
  updated_at: string;
}

interface ConsentDbRow {
  id: string;
  given_by: string;
  uses: string;
  method: 'audio' | 'checkbox';
  at_sec: number | null;
  given_on: string;
  recorded_at: string;
}

export const TESTIMONY_SELECT = `SELECT t.*, a.duration_sec FROM testimonies t LEFT JOIN assets a ON a.id = t.asset_id`;

const place = (state: string | null, municipality: string | null) => (state === null ? null : { stateCode: state, municipalityCode: municipality });

// Stored by this code only, but parsed anyway: a hand-edited or restored database must not crash a render.
const storedRedactions = z.array(redactionSchema);
const storedUses = z.array(consentUseSchema);

export function categoriesOf(db: Database, id: string): string[] {
  return db.prepare('SELECT category FROM testimony_categories WHERE testimony_id = ? ORDER BY category').pluck().all(id) as string[];
}

export function consentsOf(db: Database, id: string): ConsentRecord[] {
  const rows = db.prepare('SELECT * FROM testimony_consents WHERE testimony_id = ? ORDER BY given_on, recorded_at').all(id) as ConsentDbRow[];
  return rows.map((r) => ({
    id: r.id, givenBy: r.given_by, uses: storedUses.catch([]).parse(JSON.parse(r.uses)), method: r.method, atSec: r.at_sec, givenOn: r.given_on, recordedAt: r.recorded_at,
  }));
}

export function toTestimony(db: Database, row: TestimonyDbRow): Testimony {
  return {
    id: row.id,
    receivedOn: row.received_on,
    source: row.source,
    languageCode: row.language_code,
    origin: place(row.origin_state, row.origin_municipality),
    work: place(row.work_state, row.work_municipality),
    categories: categoriesOf(db, row.id),
    summary: row.summary,
    assetId: row.asset_id,
    durationSec: row.duration_sec,
    redactions: storedRedactions.catch([]).parse(JSON.parse(row.redactions)),
    disguise: row.disguise,
    consents: consentsOf(db, row.id),
    segmentId: row.segment_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toListRow(row: TestimonyDbRow & { categories: string | null; redaction_count: number }): TestimonyRow {
  return {
    id: row.id,
    receivedOn: row.received_on,
    source: row.source,
    languageCode: row.language_code,
    originState: row.origin_state,
    workState: row.work_state,
    categories: row.categories ? row.categories.split(',') : [],
    summary: row.summary.length > 160 ? `${row.summary.slice(0, 159)}…` : row.summary,
    durationSec: row.duration_sec,
    consentUses: bitsToUses(row.consent_uses),
    redactions: row.redaction_count,
    segmentId: row.segment_id,
  };
}
