import type { CoverageFilters } from '../../../../shared/api/methods/coverage.ts';

/**
 * The rows a coverage query reads for a range: whole ISO weeks from coverage_weeks and only the
 * partial first/last weeks from coverage_days (see migrations/coverage.ts for why), grouped by the
 * keys asked for: week, station (coverage_station_keys.id), item (coverage_items.id); then airings, seconds.
 */
export interface CoverageSource {
  /** A SQL subquery usable as `FROM (<sql>)`. */
  sql: string;
  params: Record<string, string>;
}

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return new Date(toDate(day).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

const MONDAY_SQL = (column: string): string => `date(${column}, '-' || ((CAST(strftime('%w', ${column}) AS INTEGER) + 6) % 7) || ' days')`;

function listParam(params: Record<string, string>, name: string, values: readonly string[]): string {
  params[name] = JSON.stringify(values);
  return `(SELECT value FROM json_each(@${name}))`;
}

/** The station and state filters, as conditions on a rollup's `station` column. */
export function stationFilterSql(filters: CoverageFilters, params: Record<string, string>): string[] {
  const parts: string[] = [];
  if (filters.stations.length > 0) parts.push(`station IN (SELECT id FROM coverage_station_keys WHERE fingerprint IN ${listParam(params, 'stations', filters.stations)})`);
  if (filters.states.length > 0) {
    parts.push(`station IN (SELECT k.id FROM coverage_station_keys k JOIN report_stations r ON r.fingerprint = k.fingerprint WHERE r.state_code IN ${listParam(params, 'states', filters.states)})`);
  }
  return parts;
}

function filterSql(filters: CoverageFilters, params: Record<string, string>): string {
  const list = (name: string, values: readonly string[]): string => listParam(params, name, values);
  const items: string[] = [];
  if (filters.packIds.length > 0) items.push(`pack_id IN ${list('packs', filters.packIds)}`);
  if (filters.languages.length > 0) items.push(`language IN ${list('languages', filters.languages)}`);
  // At IREX a pack's segment id is the publisher's own segment id, so library topics apply as is.
  if (filters.topics.length > 0) items.push(`segment_id IN (SELECT segment_id FROM segment_topics WHERE topic_id IN ${list('topics', filters.topics)})`);
  const parts: string[] = [];
  if (items.length > 0) parts.push(`item IN (SELECT id FROM coverage_items WHERE ${items.join(' AND ')})`);
  parts.push(...stationFilterSql(filters, params));
  return parts.map((p) => ` AND ${p}`).join('');
}

/** The group keys a query needs from the rollup; the source picks the smallest table that has them. */
export type CoverageKey = 'week' | 'station' | 'item';

/**
 * Which rollup holds the whole weeks: without station in the keys or filters the station-less
 * coverage_item_weeks; without item the coverage_station_weeks; without week the
 * (station, item, week)-ordered copy, so GROUP BY station, item streams (issue #13 speed goals).
 */
function weeksTable(filters: CoverageFilters, keys: readonly CoverageKey[]): string {
  const byStation = keys.includes('station') || filters.stations.length > 0 || filters.states.length > 0;
  const byItem = keys.includes('item') || filters.packIds.length > 0 || filters.languages.length > 0 || filters.topics.length > 0;
  if (!byStation) return 'coverage_item_weeks';
  if (!byItem) return 'coverage_station_weeks';
  return keys.includes('week') ? 'coverage_weeks' : 'coverage_station_items';
}

/**
 * Rows grouped by `keys` (columns: the keys, airings, seconds). Each part is grouped on its own
 * table first, so the outer GROUP BY sorts a few thousand groups, never a year of rows.
 */
/** A range as whole ISO weeks (from a week rollup) and the partial days around them (from coverage_days). */
export function rangeParts(filters: Pick<CoverageFilters, 'from' | 'to'>): { weeks: [string, string] | null; days: Array<[string, string]> } {
  const from = filters.from <= filters.to ? filters.from : filters.to;
  const to = filters.from <= filters.to ? filters.to : filters.from;
  const firstWeek = mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const lastWeek = addDays(mondayOf(addDays(to, 1)), -7);
  if (firstWeek > lastWeek) return { weeks: null, days: [[from, to]] };
  const days: Array<[string, string]> = [];
  if (from < firstWeek) days.push([from, addDays(firstWeek, -1)]);
  if (addDays(lastWeek, 7) <= to) days.push([addDays(lastWeek, 7), to]);
  return { weeks: [firstWeek, lastWeek], days };
}

export const WEEK_OF_DAY = MONDAY_SQL;

export function coverageSource(filters: CoverageFilters, keys: readonly CoverageKey[] = ['week', 'station', 'item']): CoverageSource {
  const params: Record<string, string> = {};
  const where = filterSql(filters, params);
  const groupBy = keys.join(', ');
  const sums = 'sum(airings) AS airings, sum(seconds) AS seconds';
  const range = rangeParts(filters);
  const parts: string[] = [];
  if (range.weeks) {
    [params.w1, params.w2] = range.weeks;
    const table = weeksTable(filters, keys);
    // Per-item sums walk the (item, week) index in item order: no temp b-tree over a year of rows.
    const indexed = table === 'coverage_item_weeks' && groupBy === 'item' ? ' INDEXED BY coverage_item_weeks_by_item' : '';
    parts.push(`SELECT ${groupBy}, ${sums} FROM ${table}${indexed} WHERE week BETWEEN @w1 AND @w2${where} GROUP BY ${groupBy}`);
  }
  const dayKeys = keys.map((k) => (k === 'week' ? `${MONDAY_SQL('day')} AS week` : k)).join(', ');
  range.days.forEach(([a, b], i) => {
    params[`d${i}a`] = a;
    params[`d${i}b`] = b;
    parts.push(`SELECT ${dayKeys}, ${sums} FROM coverage_days WHERE day BETWEEN @d${i}a AND @d${i}b${where} GROUP BY ${groupBy}`);
  });
  // Partial weeks never share a week with the whole ones: grouped by week, the parts need no regroup
  // (sorting a year of (week, item) groups again cost 190 ms).
  if (parts.length === 1 || keys.includes('week')) return { sql: parts.join(' UNION ALL '), params };
  return { sql: `SELECT ${groupBy}, ${sums} FROM (${parts.join(' UNION ALL ')}) GROUP BY ${groupBy}`, params };
}
