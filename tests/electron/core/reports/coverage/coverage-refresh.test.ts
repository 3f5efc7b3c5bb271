import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../../electron/core/db/database.ts';
import { coverageBreakdown } from '../../../../../electron/core/reports/coverage/coverage-breakdown.ts';
import { coverageReport } from '../../../../../electron/core/reports/coverage/coverage-report.ts';
import { refreshCoverage } from '../../../../../electron/core/reports/coverage/coverage-refresh.ts';
import { coverageFiltersSchema, type CoverageFiltersInput } from '../../../../../shared/api/methods/coverage.ts';
import { tempDb } from '../../schedule/schedule-fixtures.ts';
import { CoverageData } from './coverage-data-builder.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const MONDAY = "date(aired_day, '-' || ((CAST(strftime('%w', aired_day) AS INTEGER) + 6) % 7) || ' days')";

/** Inserts a receipt's rows as the importer does: no trigger runs, duplicates are skipped. */
function batch(db: Database, station: string, rows: Array<{ key: string; pack: string; segment: string; language: string; day: string; seconds: number }>): number {
  db.prepare(`INSERT OR IGNORE INTO report_receipts VALUES (?, ?, ?, '2026-01-01', '2026-12-31', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0, 0)`).run(`r-${station}`, station, `h-${station}`);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO report_airings (station_fingerprint, airing_key, receipt_id, pack_id, pack_version, segment_id, version_id, language, aired_at, aired_day, seconds, source)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'log')`,
  );
  return rows.reduce((n, r) => n + insert.run(station, r.key, `r-${station}`, r.pack, r.segment, `${r.segment}-${r.language}`, r.language, `${r.day}T12:00:00Z`, r.day, r.seconds).changes, 0);
}

/** Many airings over several weeks (month boundaries, partial weeks), deterministic. */
function rowsFor(tag: string, from: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const day = new Date(Date.UTC(2026, 1, 1) + (n % 40) * 86_400_000).toISOString().slice(0, 10);
    return { key: `${tag}-${n}`, pack: `p${n % 3}`, segment: `s${n % 5}`, language: n % 2 === 0 ? 'spa' : 'xty', day, seconds: 30 + (n % 4) * 15 };
  });
}

/** Every rollup must equal the same sums taken straight from report_airings. */
function expectRollupsMatchAirings(db: Database): void {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const join = 'FROM report_airings a JOIN coverage_station_keys k ON k.fingerprint = a.station_fingerprint JOIN coverage_items i ON i.pack_id = a.pack_id AND i.segment_id = a.segment_id AND i.language = a.language';
  expect(all('SELECT week, item, airings, seconds FROM coverage_item_weeks ORDER BY 1, 2')).toEqual(all(`SELECT ${MONDAY} AS week, i.id AS item, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2 ORDER BY 1, 2`));
  // Airings are counts (exact); seconds are REAL sums taken out and put back, so compared to 1e-6.
  const languages = all<{ week: string; language: string; airings: number; seconds: number }>('SELECT week, language, airings, seconds FROM coverage_language_weeks WHERE airings <> 0 ORDER BY 1, 2');
  const naiveLanguages = all<{ week: string; language: string; airings: number; seconds: number }>(`SELECT ${MONDAY} AS week, a.language, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2 ORDER BY 1, 2`);
  expect(languages.map(({ week, language, airings }) => ({ week, language, airings }))).toEqual(naiveLanguages.map(({ week, language, airings }) => ({ week, language, airings })));
  languages.forEach((row, n) => expect(row.seconds).toBeCloseTo(naiveLanguages[n]?.seconds ?? NaN, 6));
  expect(all('SELECT station, language, week, airings, seconds FROM coverage_station_languages ORDER BY 1, 2, 3')).toEqual(
    all(`SELECT k.id AS station, a.language, ${MONDAY} AS week, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
  );
  expect(all('SELECT station, pack_id, week, airings, seconds FROM coverage_station_packs ORDER BY 1, 2, 3')).toEqual(
    all(`SELECT k.id AS station, a.pack_id, ${MONDAY} AS week, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
  );
  expect(all('SELECT week, station, airings, seconds FROM coverage_station_weeks ORDER BY 1, 2')).toEqual(all(`SELECT ${MONDAY} AS week, k.id AS station, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2 ORDER BY 1, 2`));
  const weeks = all(`SELECT ${MONDAY} AS week, k.id AS station, i.id AS item, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  expect(all('SELECT week, station, item, airings, seconds FROM coverage_weeks ORDER BY 1, 2, 3')).toEqual(weeks);
  expect(all('SELECT week, station, item, airings, seconds FROM coverage_station_items ORDER BY 1, 2, 3')).toEqual(weeks);
  expect(all('SELECT day, station, item, airings, seconds FROM coverage_days ORDER BY 1, 2, 3')).toEqual(all(`SELECT aired_day AS day, k.id AS station, i.id AS item, count(*) AS airings, sum(seconds) AS seconds ${join} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`));
  expect(all('SELECT fingerprint, last_day FROM coverage_station_keys ORDER BY 1')).toEqual(all('SELECT station_fingerprint AS fingerprint, max(aired_day) AS last_day FROM report_airings GROUP BY 1 ORDER BY 1'));
}

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const data = new CoverageData(t.db);
  const a = data.station('Radio Ñuu Savi', '20');
  const b = data.station('Radio Tzotzil', '07');
  const report = (f: Partial<CoverageFiltersInput> = {}) => coverageReport(t.db, coverageFiltersSchema.parse({ from: '2026-02-04', to: '2026-03-09', ...f }));
  return { db: t.db, a, b, report };
}

describe('refreshCoverage (issue #13 speed: a batch instead of a per-row trigger)', () => {
  it('inserts alone change no rollup; one refresh per receipt brings every rollup to the airings', () => {
    const { db, a, b } = setup();
    batch(db, a, rowsFor('a', 0, 300));
    batch(db, b, rowsFor('b', 7, 200));
    expect(db.prepare('SELECT count(*) FROM coverage_item_weeks').pluck().get()).toBe(0);
    refreshCoverage(db, { stationFingerprint: a, fromDay: '2026-02-01', toDay: '2026-03-12' });
    refreshCoverage(db, { stationFingerprint: b, fromDay: '2026-03-12', toDay: '2026-02-01' }); // reversed range is fine
    expectRollupsMatchAirings(db);
  });

  it('is idempotent and counts nothing twice when receipts overlap or a range is refreshed again', () => {
    const { db, a, b, report } = setup();
    batch(db, a, rowsFor('a', 0, 120));
    refreshCoverage(db, { stationFingerprint: a, fromDay: '2026-02-01', toDay: '2026-03-12' });
    batch(db, b, rowsFor('b', 0, 80));
    refreshCoverage(db, { stationFingerprint: b, fromDay: '2026-02-01', toDay: '2026-03-12' });
    const before = report();
    // A second receipt repeats 60 airings and adds 60 new ones in the same weeks.
    expect(batch(db, a, rowsFor('a', 60, 120))).toBe(60);
    refreshCoverage(db, { stationFingerprint: a, fromDay: '2026-02-01', toDay: '2026-03-12' });
    refreshCoverage(db, { stationFingerprint: a, fromDay: '2026-01-01', toDay: '2026-04-30' });
    refreshCoverage(db, { stationFingerprint: b, fromDay: '2026-02-10', toDay: '2026-02-10' });
    expectRollupsMatchAirings(db);
    const after = report();
    const naive = db.prepare("SELECT count(*) AS n FROM report_airings WHERE aired_day BETWEEN '2026-02-04' AND '2026-03-09'").get() as { n: number };
    expect(after.totals.airings).toBe(naive.n);
    expect(after.totals.airings).toBeGreaterThan(before.totals.airings);
    // A station that never aired anything has nothing to roll up and creates no key.
    refreshCoverage(db, { stationFingerprint: 'f'.repeat(64), fromDay: '2026-02-01', toDay: '2026-02-28' });
    expect(db.prepare('SELECT count(*) FROM coverage_station_keys').pluck().get()).toBe(2);
  });

  it('unfiltered, item-filtered and station-filtered queries over the new rollups agree with the airings', () => {
    const { db, a, b, report } = setup();
    batch(db, a, rowsFor('a', 0, 300));
    batch(db, b, rowsFor('b', 3, 250));
    refreshCoverage(db, { stationFingerprint: a, fromDay: '2026-02-01', toDay: '2026-03-12' });
    refreshCoverage(db, { stationFingerprint: b, fromDay: '2026-02-01', toDay: '2026-03-12' });
    const range = "aired_day BETWEEN '2026-02-04' AND '2026-03-09'";
    const naive = (where: string) => db.prepare(`SELECT count(*) AS airings, count(DISTINCT station_fingerprint) AS stations, round(sum(seconds) / 60.0, 1) AS minutes FROM report_airings WHERE ${range} ${where}`).get() as { airings: number; stations: number; minutes: number };
    const totals = (f: Partial<CoverageFiltersInput>) => {
      const t = report(f).totals;
      return { airings: t.airings, stations: t.stations, minutes: t.minutes };
    };
    expect(totals({})).toEqual(naive(''));
    expect(totals({ packIds: ['p1'] })).toEqual(naive("AND pack_id = 'p1'"));
    expect(totals({ languages: ['xty'] })).toEqual(naive("AND language = 'xty'"));
    expect(totals({ stations: [b] })).toEqual(naive(`AND station_fingerprint = '${b}'`));
    expect(totals({ states: ['20'], languages: ['spa'] })).toEqual(naive(`AND station_fingerprint = '${a}' AND language = 'spa'`));
    const weekSum = report().weeks.reduce((n, w) => n + w.airings, 0);
    expect(weekSum).toBe(naive('').airings);
    // The series by (week, language), partial first and last weeks included, unfiltered and by language.
    const series = (where: string) => db.prepare(`SELECT ${MONDAY} AS week, language, count(*) AS airings FROM report_airings WHERE ${range} ${where} GROUP BY 1, 2 ORDER BY 1, 2`).all();
    expect(report().weeks).toEqual(series(''));
    expect(report({ languages: ['xty'] }).weeks).toEqual(series("AND language = 'xty'"));
    expect(report({ packIds: ['p1'] }).weeks).toEqual(series("AND pack_id = 'p1'"));
    const filters = coverageFiltersSchema.parse({ from: '2026-02-04', to: '2026-03-09' });
    const byLanguage = db.prepare(`SELECT language AS key, count(*) AS airings, count(DISTINCT station_fingerprint) AS stations FROM report_airings WHERE ${range} GROUP BY 1 ORDER BY 2 DESC, 1`).all();
    expect(coverageBreakdown(db, filters, 'language').map(({ key, airings, stations }) => ({ key, airings, stations }))).toEqual(byLanguage);
    // Through the (station, language) rollup with a station filter and a language filter too, partial weeks included.
    const languagesOf = (where: string) => db.prepare(`SELECT language AS key, count(*) AS airings, count(DISTINCT station_fingerprint) AS stations FROM report_airings WHERE ${range} ${where} GROUP BY 1 ORDER BY 2 DESC, 1`).all();
    const breakdown = (f: Partial<CoverageFiltersInput>) => coverageBreakdown(db, coverageFiltersSchema.parse({ from: '2026-02-04', to: '2026-03-09', ...f }), 'language').map(({ key, airings, stations }) => ({ key, airings, stations }));
    expect(breakdown({ stations: [b] })).toEqual(languagesOf(`AND station_fingerprint = '${b}'`));
    expect(breakdown({ languages: ['xty'], states: ['20'] })).toEqual(languagesOf(`AND language = 'xty' AND station_fingerprint = '${a}'`));
    expect(breakdown({ packIds: ['p1'] })).toEqual(languagesOf("AND pack_id = 'p1'"));
    const packsOf = (where: string) => db.prepare(`SELECT pack_id AS key, count(*) AS airings, count(DISTINCT station_fingerprint) AS stations FROM report_airings WHERE ${range} ${where} GROUP BY 1 ORDER BY 2 DESC, 1`).all();
    const byPack = (f: Partial<CoverageFiltersInput>) => coverageBreakdown(db, coverageFiltersSchema.parse({ from: '2026-02-04', to: '2026-03-09', ...f }), 'pack').map(({ key, airings, stations }) => ({ key, airings, stations }));
    expect(byPack({})).toEqual(packsOf(''));
    expect(byPack({ packIds: ['p1'], stations: [a] })).toEqual(packsOf(`AND pack_id = 'p1' AND station_fingerprint = '${a}'`));
    expect(byPack({ languages: ['xty'] })).toEqual(packsOf("AND language = 'xty'"));
    const byStation = db.prepare(`SELECT station_fingerprint AS key, count(*) AS airings FROM report_airings WHERE ${range} GROUP BY 1 ORDER BY 2 DESC, 1`).all();
    expect(coverageBreakdown(db, filters, 'station').map(({ key, airings }) => ({ key, airings }))).toEqual(byStation);
  });
});
