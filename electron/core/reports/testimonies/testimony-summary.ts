import type { PlaceRole, SummaryCell } from '../../../../shared/domain/voices.ts';
import type { Database } from '../../db/database.ts';
import { prepared } from '../../db/statement-cache.ts';
import { USE_BITS } from '../../voices/testimony-rows.ts';

export interface SummaryRange {
  /** Months, "2026-06" … "2026-11", both included. */
  from: string;
  to: string;
  placeRole: PlaceRole;
}

export interface ScopedRange extends SummaryRange {
  scope: 'station' | 'network';
}

export interface TestimonySummary {
  cells: SummaryCell[];
  counted: number;
  leftOut: number;
}

export interface ScopedSummary extends TestimonySummary {
  stations: number;
}

const ANONYMISED = USE_BITS.anonymised;
/** Counted where no category was chosen: the catalog's "a problem not in this list". */
const UNCATEGORISED = 'otro';

export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The anonymised summary (issue #14 §2) an IREX partner hands to a local authority: how many
 * testimonies of each category, in each state, each month — only of testimonies whose consent in
 * force covers anonymised reports; the rest are counted as left out, never shown. A testimony with
 * several categories counts once in each. No names, municipalities, summaries or audio: the cells
 * are the whole answer. One grouped scan of the received-on index (10,000 testimonies: bench).
 */
export function testimonySummary(db: Database, range: SummaryRange): TestimonySummary {
  const params = { from: `${range.from}-01`, until: `${nextMonth(range.to)}-01`, bit: ANONYMISED, other: UNCATEGORISED };
  const state = range.placeRole === 'origin' ? 't.origin_state' : 't.work_state';
  const cells = prepared(
    db,
    `SELECT COALESCE(c.category, @other) AS category, COALESCE(${state}, '') AS stateCode, substr(t.received_on, 1, 7) AS month, COUNT(*) AS count
       FROM testimonies t LEFT JOIN testimony_categories c ON c.testimony_id = t.id
      WHERE t.received_on >= @from AND t.received_on < @until AND (t.consent_uses & @bit) != 0
      GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`,
  ).all(params) as SummaryCell[];
  const totals = prepared(
    db,
    `SELECT COALESCE(SUM((consent_uses & @bit) != 0), 0) AS counted, COALESCE(SUM((consent_uses & @bit) = 0), 0) AS leftOut
       FROM testimonies t WHERE t.received_on >= @from AND t.received_on < @until`,
  ).get({ from: params.from, until: params.until, bit: ANONYMISED }) as { counted: number; leftOut: number };
  return { cells, counted: totals.counted, leftOut: totals.leftOut };
}

/** The station's own summary, or (at IREX) the network's from receipts: one shape for the screen and the files. */
export function scopedSummary(db: Database, range: ScopedRange, network: (db: Database, range: SummaryRange) => Omit<ScopedSummary, 'leftOut'>): ScopedSummary {
  if (range.scope === 'network') return { ...network(db, range), leftOut: 0 };
  const own = testimonySummary(db, range);
  return { ...own, stations: own.counted > 0 ? 1 : 0 };
}
