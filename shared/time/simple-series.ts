import rrule from 'rrule';
import { pad2 } from './zoned-time.ts';

const { Frequency } = rrule;

/** The parsed options rrule hands back (`rule.options`): arrays normalised, defaults filled in. */
type ParsedOptions = InstanceType<typeof rrule.RRule>['options'];

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function dateOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** 0 = Monday … 6 = Sunday, rrule's numbering; day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const empty = (list: readonly unknown[] | null | undefined) => !list || list.length === 0;

/**
 * The dates of a DAILY or WEEKLY rule — what nearly every station program is — in [from, to], by
 * day arithmetic; null for anything else (counts, set positions, months, nth weekdays), which rrule
 * walks. rrule iterates from DTSTART in Date objects, ~1 ms per program-year, and a year's grid and
 * fill ask for 30 programs twice (issue #16). Same rule semantics as rrule (RFC 5545 as dateutil
 * reads it): DAILY steps INTERVAL days from the start and keeps the BYDAY weekdays; WEEKLY takes the
 * BYDAY weekdays of every INTERVAL-th WKST-aligned week from the start's week, never before the start.
 * tests/shared/time/simple-series.test.ts holds both to the same answers.
 */
export function simpleSeriesDates(options: ParsedOptions, startDate: string, endDate: string | null, from: string, to: string): string[] | null {
  const daily = options.freq === Frequency.DAILY;
  if (!daily && options.freq !== Frequency.WEEKLY) return null;
  if (options.count !== null || options.byeaster !== null || !empty(options.bynweekday)) return null;
  if (!empty(options.bysetpos) || !empty(options.bymonth) || !empty(options.bymonthday) || !empty(options.bynmonthday)) return null;
  if (!empty(options.byyearday) || !empty(options.byweekno)) return null;
  const start = dayNumber(startDate);
  const lo = Math.max(start, dayNumber(from));
  const hi = Math.min(endDate === null ? Infinity : dayNumber(endDate), dayNumber(to));
  const interval = options.interval;
  if (!Number.isFinite(lo) || Number.isNaN(hi) || !Number.isInteger(interval) || interval < 1) return null;
  const days = new Set(options.byweekday);
  const out: string[] = [];
  if (daily) {
    for (let d = start + Math.ceil((lo - start) / interval) * interval; d <= hi; d += interval) if (days.size === 0 || days.has(weekday(d))) out.push(dateOfDay(d));
    return out;
  }
  if (days.size === 0) return null;
  const weekStart = (d: number) => d - ((weekday(d) - options.wkst + 7) % 7);
  const first = weekStart(start);
  // The first week that is on (every INTERVAL-th from the start's week) and reaches lo.
  let week = first + Math.max(0, Math.floor((weekStart(lo) - first) / (7 * interval))) * 7 * interval;
  for (; week <= hi; week += 7 * interval) {
    for (let d = week; d < week + 7; d += 1) if (d >= lo && d <= hi && days.has(weekday(d))) out.push(dateOfDay(d));
  }
  return out;
}
