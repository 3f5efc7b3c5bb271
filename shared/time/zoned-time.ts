/**
 * Wall clock ↔ instant in an IANA zone with nothing but Intl (issue #5). Programs are planned in the
 * station's wall-clock time; instants are what "now", countdowns and as-run entries compare against.
 * Policy (docs/grid-format.md § Time zones): a wall time that falls in a spring-forward gap is an
 * error for a one-off edit and is moved forward by the gap for a series occurrence (02:30 → 03:30);
 * an ambiguous fall-back time is the first (daylight) instant.
 */
export interface WallTime {
  date: string; // YYYY-MM-DD
  minutes: number; // minutes after local midnight, 0–1439
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || !/^[A-Za-z_+\-/0-9]+$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function fieldsAt(timeZone: string, ms: number): Fields {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year ?? 0, month: out.month ?? 0, day: out.day ?? 0, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

function exactOffset(timeZone: string, ms: number): number {
  const f = fieldsAt(timeZone, ms);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;
/** zone → UTC day → the offset for the whole day, or null when a transition falls inside it. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * Offset of the zone from UTC at an instant, in minutes (Mexico City: −360). Intl is slow (a year of
 * airings needs ~15,000 conversions), so a UTC day whose first and last second share an offset is
 * remembered as one offset; a day with a transition in it is always computed exactly.
 */
export function offsetMinutes(timeZone: string, ms: number): number {
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(ms / DAY_MS);
  let known = days.get(day);
  if (known === undefined) {
    const first = exactOffset(timeZone, day * DAY_MS);
    known = first === exactOffset(timeZone, day * DAY_MS + DAY_MS - 1000) ? first : null;
    if (days.size > 20_000) days.clear();
    days.set(day, known);
  }
  return known ?? exactOffset(timeZone, ms);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The number written by s[from, to) when it is all ASCII digits; -1 otherwise. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function parseDate(date: string): { year: number; month: number; day: number } {
  // YYYY-MM-DD read by character codes: a year of airings parses ~20,000 dates, and split + map
  // was a tenth of a year's schedule (issue #16). Anything else is read the general way.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 7);
    const day = digitsAt(date, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) return { year, month, day };
  }
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return { year: y, month: m, day: d };
}

function wallAsUtcMs(wall: WallTime): number {
  const { year, month, day } = parseDate(wall.date);
  return Date.UTC(year, month - 1, day, 0, wall.minutes);
}

export function instantToWall(timeZone: string, ms: number): WallTime & { seconds: number } {
  const f = fieldsAt(timeZone, ms);
  return { date: `${f.year}-${pad2(f.month)}-${pad2(f.day)}`, minutes: f.hour * 60 + f.minute, seconds: f.second };
}

export type WallResolution = { ok: true; ms: number; shiftedMinutes: number } | { ok: false; gapMinutes: number };

/** The instant of a wall time; `ok: false` when the wall time does not exist (DST gap). */
export function resolveWall(timeZone: string, wall: WallTime): WallResolution {
  const local = wallAsUtcMs(wall);
  // Offsets a day either side bracket any transition near this wall time.
  const before = offsetMinutes(timeZone, local - 86_400_000);
  const after = offsetMinutes(timeZone, local + 86_400_000);
  const candidates = before === after ? [before] : [before, after];
  for (const off of candidates) {
    const ms = local - off * 60_000;
    if (offsetMinutes(timeZone, ms) === off) return { ok: true, ms, shiftedMinutes: 0 };
  }
  return { ok: false, gapMinutes: Math.abs(after - before) };
}

/** Series policy: a gap time moves forward by the gap (what the clock on the wall reads then). */
export function wallToInstantShifting(timeZone: string, wall: WallTime): { ms: number; shiftedMinutes: number } {
  const r = resolveWall(timeZone, wall);
  if (r.ok) return r;
  const before = offsetMinutes(timeZone, wallAsUtcMs(wall) - 86_400_000);
  return { ms: wallAsUtcMs(wall) - before * 60_000, shiftedMinutes: r.gapMinutes };
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return d.toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (the grid starts on Monday, as Mexican calendars do). */
export function weekdayIndex(date: string): number {
  const { year, month, day } = parseDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function formatClock(minutes: number, seconds?: number): string {
  const m = ((Math.floor(minutes) % 1440) + 1440) % 1440;
  const base = `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
  return seconds === undefined ? base : `${base}:${pad2(seconds)}`;
}

/** "HH:MM" → minutes; null when malformed. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}
