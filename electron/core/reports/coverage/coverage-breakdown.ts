import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import type { CoverageBreakdownRow, CoverageFilters, CoverageGroup } from '../../../../shared/api/methods/coverage.ts';
import { coverageSource } from './coverage-source.ts';
import { round } from './coverage-report.ts';

// Group key and label per dimension. A segment has several topics: each counts its airings once.
const GROUPS: Record<CoverageGroup, { key: string; label: string; join: string }> = {
  language: { key: 'x.language', label: 'x.language', join: '' },
  pack: { key: 'x.pack_id', label: 'x.pack_id', join: '' },
  segment: { key: 'x.segment_id', label: "coalesce(g.title, x.segment_id)", join: 'LEFT JOIN segments g ON g.id = x.segment_id' },
  station: { key: 'x.station_fingerprint', label: 'coalesce(s.name, x.station_fingerprint)', join: 'LEFT JOIN report_stations s ON s.fingerprint = x.station_fingerprint' },
  state: { key: "coalesce(s.state_code, '')", label: "coalesce(s.state_code, '')", join: 'LEFT JOIN report_stations s ON s.fingerprint = x.station_fingerprint' },
  topic: { key: 'st.topic_id', label: 'st.topic_id', join: 'JOIN segment_topics st ON st.segment_id = x.segment_id' },
};

/** Airings, minutes and stations grouped by one dimension (`cabina report coverage --by …`). */
export function coverageBreakdown(db: Database, filters: CoverageFilters, by: CoverageGroup): CoverageBreakdownRow[] {
  return timed(db, `coverage.breakdown.${by}`, () => {
    const src = coverageSource(filters);
    const g = GROUPS[by];
    const rows = db
      .prepare(
        `SELECT ${g.key} AS key, max(${g.label}) AS label, sum(x.airings) AS airings, sum(x.seconds) AS seconds,
           count(DISTINCT x.station_fingerprint) AS stations
         FROM (${src.sql}) AS x ${g.join} GROUP BY 1 ORDER BY airings DESC, key`,
      )
      .all(src.params) as Array<{ key: string; label: string; airings: number; seconds: number; stations: number }>;
    return rows.map((r) => ({ key: r.key, label: r.label, airings: r.airings, minutes: round(r.seconds / 60), stations: r.stations }));
  });
}
