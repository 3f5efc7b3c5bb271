import type { Database } from '../../db/database.ts';
import { addDays, mondayOf } from './coverage-source.ts';

/** What a batch of new report_airings touched: one station, days in its own zone (yyyy-mm-dd). */
export interface CoverageRefresh {
  stationFingerprint: string;
  fromDay: string;
  toDay: string;
}

const MONDAY = "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')";
const ADD = 'ON CONFLICT DO UPDATE SET airings = airings + excluded.airings, seconds = seconds + excluded.seconds';
/** This station's (week, language) sums over the refreshed weeks, negated (`-`) to take them out. */
const BY_LANGUAGE = (sign: '' | '-') =>
  `SELECT s.week, i.language, ${sign}sum(s.airings), ${sign}sum(s.seconds) FROM coverage_station_items s JOIN coverage_items i ON i.id = s.item
   WHERE s.station = @s AND s.week BETWEEN @w1 AND @w2 GROUP BY 1, 2`;

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * Brings every coverage rollup up to date with report_airings for one station and day range
 * (issue #13: a per-row trigger cost 13.1 s a month; this reads the station's range once).
 * Call it inside the transaction that inserted the airings, once per receipt (or per station and
 * range). It recomputes whole ISO weeks from report_airings, so it is idempotent: calling it twice,
 * with a wider range, or after an INSERT OR IGNORE that skipped duplicates counts nothing twice.
 * Days and weeks are listed as IN lists so each delete seeks (day, station) instead of scanning
 * every station's rows of the range.
 */
export function refreshCoverage(db: Database, range: CoverageRefresh): void {
  const lo = range.fromDay <= range.toDay ? range.fromDay : range.toDay;
  const hi = range.fromDay <= range.toDay ? range.toDay : range.fromDay;
  const w1 = mondayOf(lo);
  const w2 = mondayOf(hi);
  const d2 = addDays(w2, 6);
  const days = daysBetween(w1, d2);
  const weeks = days.filter((_, i) => i % 7 === 0);
  const p = { fp: range.stationFingerprint, d1: w1, d2, w1, w2, days: JSON.stringify(days), weeks: JSON.stringify(weeks) };
  const inDays = '(SELECT value FROM json_each(@days))';
  const inWeeks = '(SELECT value FROM json_each(@weeks))';
  db.transaction(() => {
    db.prepare(
      `INSERT INTO coverage_station_keys (fingerprint, last_day)
       SELECT station_fingerprint, max(aired_day) FROM report_airings WHERE station_fingerprint = @fp AND aired_day BETWEEN @d1 AND @d2 GROUP BY 1
       ON CONFLICT (fingerprint) DO UPDATE SET last_day = max(last_day, excluded.last_day)`,
    ).run(p);
    const station = db.prepare('SELECT id FROM coverage_station_keys WHERE fingerprint = ?').pluck().get(range.stationFingerprint) as number | undefined;
    // No key means this station never aired anything: there is nothing to roll up.
    if (station === undefined) return;
    const q = { ...p, s: station };
    db.prepare(
      `INSERT INTO coverage_items (pack_id, segment_id, language, last_day)
       SELECT pack_id, segment_id, language, max(aired_day) FROM report_airings WHERE station_fingerprint = @fp AND aired_day BETWEEN @d1 AND @d2 GROUP BY 1, 2, 3
       ON CONFLICT (pack_id, segment_id, language) DO UPDATE SET last_day = max(last_day, excluded.last_day)`,
    ).run(p);
    // The station-less rollup is shared by all stations: take this station's old weeks out, add the new ones back.
    db.prepare(`INSERT INTO coverage_item_weeks SELECT week, item, -airings, -seconds FROM coverage_station_items WHERE station = @s AND week BETWEEN @w1 AND @w2 ${ADD}`).run(q);
    db.prepare(`INSERT INTO coverage_language_weeks ${BY_LANGUAGE('-')} ${ADD}`).run(q);
    db.prepare(`DELETE FROM coverage_days WHERE day IN ${inDays} AND station = @s`).run(q);
    db.prepare(
      `INSERT INTO coverage_days SELECT a.aired_day, @s, i.id, count(*), sum(a.seconds) FROM report_airings a
       JOIN coverage_items i ON i.pack_id = a.pack_id AND i.segment_id = a.segment_id AND i.language = a.language
       WHERE a.station_fingerprint = @fp AND a.aired_day BETWEEN @d1 AND @d2 GROUP BY 1, 3`,
    ).run(q);
    db.prepare(`DELETE FROM coverage_weeks WHERE week IN ${inWeeks} AND station = @s`).run(q);
    db.prepare(`INSERT INTO coverage_weeks SELECT ${MONDAY}, station, item, sum(airings), sum(seconds) FROM coverage_days WHERE day IN ${inDays} AND station = @s GROUP BY 1, 3`).run(q);
    db.prepare('DELETE FROM coverage_station_items WHERE station = @s AND week BETWEEN @w1 AND @w2').run(q);
    db.prepare(`INSERT INTO coverage_station_items SELECT station, item, week, airings, seconds FROM coverage_weeks WHERE week IN ${inWeeks} AND station = @s`).run(q);
    db.prepare(`DELETE FROM coverage_station_weeks WHERE week IN ${inWeeks} AND station = @s`).run(q);
    db.prepare('INSERT INTO coverage_station_weeks SELECT week, station, sum(airings), sum(seconds) FROM coverage_station_items WHERE station = @s AND week BETWEEN @w1 AND @w2 GROUP BY 1').run(q);
    db.prepare(`INSERT INTO coverage_item_weeks SELECT week, item, airings, seconds FROM coverage_station_items WHERE station = @s AND week BETWEEN @w1 AND @w2 ${ADD}`).run(q);
    db.prepare(`INSERT INTO coverage_language_weeks ${BY_LANGUAGE('')} ${ADD}`).run(q);
    for (const [table, column] of [['coverage_station_languages', 'language'], ['coverage_station_packs', 'pack_id']] as const) {
      db.prepare(`DELETE FROM ${table} WHERE station = @s AND week BETWEEN @w1 AND @w2`).run(q);
      db.prepare(`INSERT INTO ${table} SELECT s.station, i.${column}, s.week, sum(s.airings), sum(s.seconds) FROM coverage_station_items s JOIN coverage_items i ON i.id = s.item
         WHERE s.station = @s AND s.week BETWEEN @w1 AND @w2 GROUP BY 1, 2, 3`).run(q);
    }
  })();
}
