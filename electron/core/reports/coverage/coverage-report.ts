import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import type { CoverageFilters, CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { coverageSource, rangeParts, WEEK_OF_DAY, type CoverageKey } from './coverage-source.ts';
import { regionReach } from './coverage-regions.ts';

interface ItemRow { packId: string; segmentId: string; language: string; airings: number; seconds: number }

/**
 * Totals, weekly series, pack/segment bars and the state map for one range and filter set.
 * Three scans of the rollup, each grouped by small integer keys first and joined to names after,
 * so the join touches a few thousand groups, never the scanned rows.
 */
export function coverageReport(db: Database, filters: CoverageFilters): CoverageReport {
  return timed(db, 'coverage.report', () => {
    // Each scan asks only for the keys it groups by, so it reads the smallest rollup that has them.
    const q = <T>(keys: CoverageKey[], sql: string): T[] => {
      const src = coverageSource(filters, keys);
      return db.prepare(sql.replace('SRC', `(${src.sql})`)).all(src.params) as T[];
    };
    const items = q<ItemRow>(
      ['item'],
      `SELECT i.pack_id AS packId, i.segment_id AS segmentId, i.language, g.airings, g.seconds FROM SRC g JOIN coverage_items i ON i.id = g.item`,
    );
    const stations = q<{ stateCode: string | null; airings: number }>(
      ['station'],
      `SELECT r.state_code AS stateCode, g.airings FROM SRC g
       JOIN coverage_station_keys k ON k.id = g.station LEFT JOIN report_stations r ON r.fingerprint = k.fingerprint`,
    );
    const weeks = weeklyByLanguage(db, filters, q);
    const aired = new Map<string, { stateCode: string; airings: number; stations: number }>();
    for (const s of stations) {
      if (!s.stateCode) continue;
      const row = aired.get(s.stateCode) ?? { stateCode: s.stateCode, airings: 0, stations: 0 };
      row.airings += s.airings;
      row.stations += 1;
      aired.set(s.stateCode, row);
    }
    const bars = new Map<string, { packId: string; segmentId: string; title: string | null; airings: number; minutes: number }>();
    let airings = 0;
    let seconds = 0;
    for (const row of items) {
      airings += row.airings;
      seconds += row.seconds;
      const key = `${row.packId}\u0000${row.segmentId}`;
      const bar = bars.get(key) ?? { packId: row.packId, segmentId: row.segmentId, title: null, airings: 0, minutes: 0 };
      bar.airings += row.airings;
      bar.minutes += row.seconds / 60;
      bars.set(key, bar);
    }
    const top = [...bars.values()].sort((a, b) => b.airings - a.airings || a.segmentId.localeCompare(b.segmentId)).slice(0, 50);
    const titles = new Map(
      (db.prepare('SELECT id, title FROM segments WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(top.map((b) => b.segmentId))) as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]),
    );
    return {
      totals: { airings, minutes: round(seconds / 60), stations: stations.length, languages: new Set(items.map((i) => i.language)).size },
      weeks,
      bars: top.map((b) => ({ ...b, title: titles.get(b.segmentId) ?? null, minutes: round(b.minutes) })),
      states: regionReach(db, [...aired.values()], items),
    };
  });
}

type WeekRow = { week: string; language: string; airings: number };

/**
 * Airings per week by language (the series chart). Unfiltered or filtered by language only, the
 * (week, language) rollup answers it from ~52 × languages rows (plus the partial weeks' days);
 * any other filter needs items or stations and goes through the general source.
 */
function weeklyByLanguage(db: Database, filters: CoverageFilters, q: <T>(keys: CoverageKey[], sql: string) => T[]): WeekRow[] {
  if (filters.packIds.length + filters.topics.length + filters.stations.length + filters.states.length > 0) {
    return q<WeekRow>(['week', 'item'], `SELECT g.week, i.language, sum(g.airings) AS airings FROM SRC g JOIN coverage_items i ON i.id = g.item GROUP BY 1, 2 ORDER BY 1, 2`);
  }
  const range = rangeParts(filters);
  const params: Record<string, string> = { languages: JSON.stringify(filters.languages) };
  const languageIn = filters.languages.length > 0 ? ' AND language IN (SELECT value FROM json_each(@languages))' : '';
  const parts: string[] = [];
  if (range.weeks) {
    [params.w1, params.w2] = range.weeks;
    parts.push(`SELECT week, language, airings FROM coverage_language_weeks WHERE week BETWEEN @w1 AND @w2${languageIn}`);
  }
  range.days.forEach(([a, b], n) => {
    params[`d${n}a`] = a;
    params[`d${n}b`] = b;
    parts.push(
      `SELECT ${WEEK_OF_DAY('d.day')} AS week, i.language, sum(d.airings) AS airings FROM coverage_days d JOIN coverage_items i ON i.id = d.item
       WHERE d.day BETWEEN @d${n}a AND @d${n}b${languageIn.replace('language', 'i.language')} GROUP BY 1, 2`,
    );
  });
  return db.prepare(`SELECT week, language, sum(airings) AS airings FROM (${parts.join(' UNION ALL ')}) GROUP BY 1, 2 ORDER BY 1, 2`).all(params) as WeekRow[];
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
