import type { Database } from '../../db/database.ts';
import type { CoverageFilters } from '../../../../shared/api/methods/coverage.ts';
import { rangeParts, stationFilterSql } from './coverage-source.ts';

export interface GroupRow {
  key: string;
  label: string;
  airings: number;
  seconds: number;
  stations: number;
}

/** The dimensions with a (station, dimension, week) rollup, and the filters each can apply. */
const ROLLUPS = {
  language: { table: 'coverage_station_languages', column: 'language', filter: 'languages' },
  pack: { table: 'coverage_station_packs', column: 'pack_id', filter: 'packIds' },
} as const;
export type RolledGroup = keyof typeof ROLLUPS;

/** Station and state filters always; of the item filters only the dimension's own (a topic needs items). */
export function stationRollupFits(filters: CoverageFilters, by: string): by is RolledGroup {
  if (by !== 'language' && by !== 'pack') return false;
  const own = ROLLUPS[by].filter;
  return filters.topics.length === 0 && (own === 'languages' || filters.languages.length === 0) && (own === 'packIds' || filters.packIds.length === 0);
}

/**
 * Airings, seconds and stations per language (or pack) from its (station, dimension, week) rollup (whole weeks) and
 * coverage_days (the partial first and last weeks): grouped by (station, language) first, so the
 * outer count of stations sorts a few thousand groups (docs/coverage.md, third step).
 */
export function stationRollupRows(db: Database, filters: CoverageFilters, by: RolledGroup): GroupRow[] {
  const { table, column, filter } = ROLLUPS[by];
  const params: Record<string, string> = {};
  const conditions = stationFilterSql(filters, params);
  if (filters[filter].length > 0) {
    params.own = JSON.stringify(filters[filter]);
    conditions.push(`${column} IN (SELECT value FROM json_each(@own))`);
  }
  const where = conditions.map((c) => ` AND ${c}`).join('');
  const range = rangeParts(filters);
  const parts: string[] = [];
  if (range.weeks) {
    [params.w1, params.w2] = range.weeks;
    parts.push(`SELECT station, ${column}, sum(airings) AS airings, sum(seconds) AS seconds FROM ${table} WHERE week BETWEEN @w1 AND @w2${where} GROUP BY station, ${column}`);
  }
  range.days.forEach(([a, b], n) => {
    params[`d${n}a`] = a;
    params[`d${n}b`] = b;
    parts.push(
      `SELECT station, ${column}, sum(airings) AS airings, sum(seconds) AS seconds FROM (SELECT d.station, i.${column}, d.airings, d.seconds FROM coverage_days d JOIN coverage_items i ON i.id = d.item WHERE d.day BETWEEN @d${n}a AND @d${n}b)
       WHERE 1${where} GROUP BY station, ${column}`,
    );
  });
  const pairs = parts.length === 1 ? parts[0] : `SELECT station, ${column}, sum(airings) AS airings, sum(seconds) AS seconds FROM (${parts.join(' UNION ALL ')}) GROUP BY station, ${column}`;
  return db
    .prepare(`SELECT ${column} AS key, ${column} AS label, sum(airings) AS airings, sum(seconds) AS seconds, count(*) AS stations FROM (${pairs}) GROUP BY 1 ORDER BY airings DESC, key`)
    .all(params) as GroupRow[];
}
