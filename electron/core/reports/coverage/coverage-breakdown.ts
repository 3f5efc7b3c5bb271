import type { Database } from '../../db/database.ts';
import { timed } from '../../db/database.ts';
import { coverageFiltersSchema, type CoverageBreakdownRow, type CoverageFilterOptions, type CoverageFilters, type CoverageGroup } from '../../../../shared/api/methods/coverage.ts';
import { coverageSource } from './coverage-source.ts';
import { round } from './coverage-report.ts';
import { stationRollupFits, stationRollupRows, type GroupRow } from './coverage-station-rollups.ts';

// Group key and label per dimension. A segment has several topics: each counts its airings once.
const GROUPS: Record<CoverageGroup, { key: string; label: string; join: string }> = {
  language: { key: 'i.language', label: 'i.language', join: 'JOIN coverage_items i ON i.id = x.item' },
  pack: { key: 'i.pack_id', label: 'i.pack_id', join: 'JOIN coverage_items i ON i.id = x.item' },
  segment: { key: 'i.segment_id', label: 'coalesce(g.title, i.segment_id)', join: 'JOIN coverage_items i ON i.id = x.item LEFT JOIN segments g ON g.id = i.segment_id' },
  station: { key: 'k.fingerprint', label: 'coalesce(s.name, k.fingerprint)', join: 'JOIN coverage_station_keys k ON k.id = x.station LEFT JOIN report_stations s ON s.fingerprint = k.fingerprint' },
  state: { key: "coalesce(s.state_code, '')", label: "coalesce(s.state_code, '')", join: 'JOIN coverage_station_keys k ON k.id = x.station LEFT JOIN report_stations s ON s.fingerprint = k.fingerprint' },
  topic: { key: 'st.topic_id', label: 'st.topic_id', join: 'JOIN coverage_items i ON i.id = x.item JOIN segment_topics st ON st.segment_id = i.segment_id' },
};

/** Airings, minutes and stations grouped by one dimension (`cabina report coverage --by …`). */
export function coverageBreakdown(db: Database, filters: CoverageFilters, by: CoverageGroup): CoverageBreakdownRow[] {
  return timed(db, `coverage.breakdown.${by}`, () => {
    const g = GROUPS[by];
    if (stationRollupFits(filters, by)) return stationRollupRows(db, filters, by).map(toRow);
    // Station and state need no item: the (week, station) rollup is enough for them.
    const src = coverageSource(filters, by === 'station' || by === 'state' ? ['station'] : ['station', 'item']);
    const rows = db
      .prepare(
        `SELECT ${g.key} AS key, max(${g.label}) AS label, sum(x.airings) AS airings, sum(x.seconds) AS seconds,
           count(DISTINCT x.station) AS stations
         FROM (${src.sql}) AS x ${g.join} GROUP BY 1 ORDER BY airings DESC, key`,
      )
      .all(src.params) as GroupRow[];
    return rows.map(toRow);
  });
}

const toRow = (r: GroupRow): CoverageBreakdownRow => ({ key: r.key, label: r.label, airings: r.airings, minutes: round(r.seconds / 60), stations: r.stations });

/**
 * What the pickers offer (issue #13 §3 filters): the breakdowns of the range with no filter, so a
 * picker lists only packs, topics, stations and states that aired something then, most aired first.
 * At IREX a pack has no title of its own (receipts carry ids), so its label is its id.
 */
export function coverageFilterOptions(db: Database, range: { from: string; to: string }): CoverageFilterOptions {
  const filters = coverageFiltersSchema.parse(range);
  const options = (by: CoverageGroup) => coverageBreakdown(db, filters, by).map(({ key, label, airings }) => ({ key, label, airings }));
  return { packs: options('pack'), topics: options('topic'), stations: options('station'), states: options('state').filter((o) => o.key !== '') };
}
