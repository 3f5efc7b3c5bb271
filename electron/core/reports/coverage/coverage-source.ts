import type { CoverageFilters } from '../../../../shared/api/methods/coverage.ts';

/**
 * The rows a coverage query reads for a range: whole ISO weeks from coverage_weeks and only the
 * partial first/last weeks from coverage_days (see migrations/coverage.ts for why). Every row has
 * the same columns: week, station (coverage_station_keys.id), item (coverage_items.id), airings, seconds.
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

function filterSql(filters: CoverageFilters, params: Record<string, string>): string {
  const list = (name: string, values: readonly string[]): string => {
    params[name] = JSON.stringify(values);
    return `(SELECT value FROM json_each(@${name}))`;
  };
  const items: string[] = [];
  if (filters.packIds.length > 0) items.push(`pack_id IN ${list('packs', filters.packIds)}`);
  if (filters.languages.length > 0) items.push(`language IN ${list('languages', filters.languages)}`);
  // At IREX a pack's segment id is the publisher's own segment id, so library topics apply as is.
  if (filters.topics.length > 0) items.push(`segment_id IN (SELECT segment_id FROM segment_topics WHERE topic_id IN ${list('topics', filters.topics)})`);
  const parts: string[] = [];
  if (items.length > 0) parts.push(`item IN (SELECT id FROM coverage_items WHERE ${items.join(' AND ')})`);
  if (filters.stations.length > 0) parts.push(`station IN (SELECT id FROM coverage_station_keys WHERE fingerprint IN ${list('stations', filters.stations)})`);
  if (filters.states.length > 0) {
    parts.push(`station IN (SELECT k.id FROM coverage_station_keys k JOIN report_stations r ON r.fingerprint = k.fingerprint WHERE r.state_code IN ${list('states', filters.states)})`);
  }
  return parts.map((p) => ` AND ${p}`).join('');
}

export function coverageSource(filters: CoverageFilters): CoverageSource {
  const params: Record<string, string> = {};
  const where = filterSql(filters, params);
  const cols = 'station, item, airings, seconds';
  const from = filters.from <= filters.to ? filters.from : filters.to;
  const to = filters.from <= filters.to ? filters.to : filters.from;
  const firstWeek = mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const lastWeek = addDays(mondayOf(addDays(to, 1)), -7);
  const dayRanges: Array<[string, string]> = [];
  const parts: string[] = [];
  if (firstWeek <= lastWeek) {
    params.w1 = firstWeek;
    params.w2 = lastWeek;
    parts.push(`SELECT week, ${cols} FROM coverage_weeks WHERE week BETWEEN @w1 AND @w2${where}`);
    if (from < firstWeek) dayRanges.push([from, addDays(firstWeek, -1)]);
    if (addDays(lastWeek, 7) <= to) dayRanges.push([addDays(lastWeek, 7), to]);
  } else {
    dayRanges.push([from, to]);
  }
  dayRanges.forEach(([a, b], i) => {
    params[`d${i}a`] = a;
    params[`d${i}b`] = b;
    parts.push(`SELECT ${MONDAY_SQL('day')} AS week, ${cols} FROM coverage_days WHERE day BETWEEN @d${i}a AND @d${i}b${where}`);
  });
  return { sql: parts.join(' UNION ALL '), params };
}
