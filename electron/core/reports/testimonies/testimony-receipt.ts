import type { ReceiptBody, ReceiptTestimonies } from '../../../../shared/domain/receipt.ts';
import type { PlaceRole } from '../../../../shared/domain/voices.ts';
import type { Database } from '../../db/database.ts';
import { prepared } from '../../db/statement-cache.ts';
import { USE_BITS } from '../../voices/testimony-rows.ts';
import { nextMonth, testimonySummary } from './testimony-summary.ts';

/** The months a day range touches, "2026-10-28" … "2026-12-02" → 2026-10, 2026-11, 2026-12. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7) && months.length < 240; m = nextMonth(m)) months.push(m);
  return months;
}

/** What a station's receipt says of its testimonies (shared/domain/receipt.ts): anonymised counts only. */
export function receiptTestimonies(db: Database, range: { from: string; to: string }): ReceiptTestimonies {
  const months = monthsOf(range.from, range.to);
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return { months: [], totals: [], cells: [] };
  const cells = (['origin', 'work'] as const).flatMap((role: PlaceRole) =>
    testimonySummary(db, { from: first, to: last, placeRole: role }).cells.map((c) => ({ role, ...c })),
  );
  const totals = prepared(
    db,
    `SELECT substr(received_on, 1, 7) AS month, COUNT(*) AS counted FROM testimonies
      WHERE received_on >= @from AND received_on < @until AND (consent_uses & @bit) != 0 GROUP BY 1 ORDER BY 1`,
  ).all({ from: `${first}-01`, until: `${nextMonth(last)}-01`, bit: USE_BITS.anonymised }) as { month: string; counted: number }[];
  const counted = new Map(totals.map((t) => [t.month, t.counted]));
  return { months, totals: months.map((month) => ({ month, counted: counted.get(month) ?? 0 })), cells };
}

/**
 * IREX side: a receipt's counts replace what an older receipt of the same station said of those
 * months (a newer one knows the testimonies entered since); an older receipt changes nothing.
 * Runs inside the receipt import's transaction.
 */
export function storeReceiptTestimonies(db: Database, body: ReceiptBody): void {
  const t = body.testimonies;
  if (!t) return;
  const station = body.station.fingerprint;
  const current = db.prepare('SELECT receipt_created_at FROM receipt_testimony_months WHERE station_fingerprint = ? AND month = ?').pluck();
  const counted = new Map(t.totals.map((x) => [x.month, x.counted]));
  for (const month of t.months) {
    const seen = current.get(station, month) as string | undefined;
    if (seen !== undefined && seen >= body.createdAt) continue;
    db.prepare('DELETE FROM receipt_testimony_counts WHERE station_fingerprint = ? AND month = ?').run(station, month);
    db.prepare('INSERT OR REPLACE INTO receipt_testimony_months (station_fingerprint, month, counted, receipt_created_at) VALUES (?, ?, ?, ?)').run(station, month, counted.get(month) ?? 0, body.createdAt);
    const insert = db.prepare('INSERT INTO receipt_testimony_counts (station_fingerprint, month, role, category, state_code, count) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of t.cells) if (c.month === month) insert.run(station, month, c.role, c.category, c.stateCode, c.count);
  }
}

/** The network's summary at IREX: every trusted station's latest counts, added up. */
export function networkSummary(db: Database, range: { from: string; to: string; placeRole: PlaceRole }): { cells: { category: string; stateCode: string; month: string; count: number }[]; counted: number; stations: number } {
  const params = { from: range.from, to: range.to, role: range.placeRole };
  const cells = prepared(
    db,
    `SELECT category, state_code AS stateCode, month, SUM(count) AS count FROM receipt_testimony_counts
      WHERE month BETWEEN @from AND @to AND role = @role GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`,
  ).all(params) as { category: string; stateCode: string; month: string; count: number }[];
  const totals = prepared(
    db,
    `SELECT COALESCE(SUM(counted), 0) AS counted, COUNT(DISTINCT CASE WHEN counted > 0 THEN station_fingerprint END) AS stations
       FROM receipt_testimony_months WHERE month BETWEEN @from AND @to`,
  ).get({ from: range.from, to: range.to }) as { counted: number; stations: number };
  return { cells, ...totals };
}
