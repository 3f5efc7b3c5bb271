import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import type { CoverageFilters, CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { coverageSource, type CoverageKey } from './coverage-source.ts';
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
    const weeks = q<{ week: string; language: string; airings: number }>(
      ['week', 'item'],
      `SELECT g.week, i.language, sum(g.airings) AS airings FROM SRC g JOIN coverage_items i ON i.id = g.item GROUP BY 1, 2 ORDER BY 1, 2`,
    );
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

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
