import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import type { CoverageFilters, CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { coverageSource } from './coverage-source.ts';
import { regionReach } from './coverage-regions.ts';

interface TotalsRow { airings: number | null; seconds: number | null; stations: number; languages: number }

/** Totals, weekly series, pack/segment bars and the state map for one range and filter set. */
export function coverageReport(db: Database, filters: CoverageFilters): CoverageReport {
  return timed(db, 'coverage.report', () => {
    const src = coverageSource(filters);
    const q = <T>(sql: string): T[] => db.prepare(sql.replace('SRC', `(${src.sql})`)).all(src.params) as T[];
    const t = q<TotalsRow>('SELECT sum(airings) AS airings, sum(seconds) AS seconds, count(DISTINCT station_fingerprint) AS stations, count(DISTINCT language) AS languages FROM SRC')[0];
    const weeks = q<{ week: string; language: string; airings: number }>('SELECT week, language, sum(airings) AS airings FROM SRC GROUP BY week, language ORDER BY week, language');
    const segments = q<{ packId: string; segmentId: string; language: string; airings: number; seconds: number }>(
      'SELECT pack_id AS packId, segment_id AS segmentId, language, sum(airings) AS airings, sum(seconds) AS seconds FROM SRC GROUP BY 1, 2, 3',
    );
    const aired = q<{ stateCode: string; airings: number; stations: number }>(
      `SELECT s.state_code AS stateCode, sum(x.airings) AS airings, count(DISTINCT x.station_fingerprint) AS stations
       FROM SRC AS x JOIN report_stations s ON s.fingerprint = x.station_fingerprint WHERE s.state_code IS NOT NULL GROUP BY 1`,
    );
    const bars = new Map<string, { packId: string; segmentId: string; title: string | null; airings: number; minutes: number }>();
    for (const row of segments) {
      const key = `${row.packId}\u0000${row.segmentId}`;
      const bar = bars.get(key) ?? { packId: row.packId, segmentId: row.segmentId, title: null, airings: 0, minutes: 0 };
      bar.airings += row.airings;
      bar.minutes += row.seconds / 60;
      bars.set(key, bar);
    }
    const titles = db.prepare('SELECT id, title FROM segments WHERE id IN (SELECT value FROM json_each(?))');
    const ids = [...new Set(segments.map((s) => s.segmentId))];
    for (const { id, title } of titles.all(JSON.stringify(ids)) as Array<{ id: string; title: string }>) {
      for (const bar of bars.values()) if (bar.segmentId === id) bar.title = title;
    }
    return {
      totals: { airings: t?.airings ?? 0, minutes: round((t?.seconds ?? 0) / 60), stations: t?.stations ?? 0, languages: t?.languages ?? 0 },
      weeks,
      bars: [...bars.values()].map((b) => ({ ...b, minutes: round(b.minutes) })).sort((a, b) => b.airings - a.airings || a.segmentId.localeCompare(b.segmentId)).slice(0, 50),
      states: regionReach(db, aired, segments),
    };
  });
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
