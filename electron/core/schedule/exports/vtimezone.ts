import { offsetMinutes, pad2 } from '../../../../shared/time/zoned-time.ts';

/*
 * RFC 5545 §3.6.5: a VTIMEZONE must describe the offset of every local time the calendar uses. A
 * reader has no offset for a time before the first observance (ical.js then treats it as UTC), and
 * a calendar app expands an open RRULE for years after the export, so this writes:
 *  - an opening observance at 1 January of the first year any DTSTART/EXDATE/RECURRENCE-ID falls in,
 *  - every real transition (from Intl, i.e. the IANA database) from there to the end of the range,
 *  - and what comes after: nothing when the zone stops changing (Mexico City since October 2022),
 *    a yearly RRULE when the following years repeat the last year's rule (Tijuana follows the US),
 *    else the explicit transitions of the next years.
 */

const DAY_MS = 86_400_000;
/** Years after the range checked for a yearly rule (or written out when there is none). */
const HORIZON_YEARS = 10;

interface Transition {
  /** Wall time just before the change, in the offset it leaves (how an observance's DTSTART is written). */
  local: Date;
  from: number;
  to: number;
}

function transitionsBetween(zone: string, startMs: number, endMs: number): Transition[] {
  const out: Transition[] = [];
  let prev = offsetMinutes(zone, startMs);
  for (let day = startMs; day < endMs; day += DAY_MS) {
    const next = offsetMinutes(zone, day + DAY_MS);
    if (next === prev) continue;
    let lo = day;
    let hi = day + DAY_MS;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetMinutes(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    out.push({ local: new Date(hi + prev * 60_000), from: prev, to: next });
    prev = next;
  }
  return out;
}

function offsetText(min: number): string {
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${pad2(Math.floor(a / 60))}${pad2(a % 60)}`;
}

const stamp = (d: Date) => `${d.toISOString().slice(0, 10).replace(/-/g, '')}T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}00`;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The transition as a yearly rule: "2nd Sunday of March at 02:00" (or "last Sunday" near the month's end). */
function yearlyRule(t: Transition): { key: string; rrule: string } {
  const d = t.local;
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const nth = d.getUTCDate() + 7 > daysInMonth ? -1 : Math.ceil(d.getUTCDate() / 7);
  const byDay = `${nth}${WEEKDAYS[d.getUTCDay()] ?? 'SU'}`;
  const month = d.getUTCMonth() + 1;
  return { key: `${month} ${byDay} ${d.getUTCHours()}:${d.getUTCMinutes()} ${t.from} ${t.to}`, rrule: `FREQ=YEARLY;BYMONTH=${month};BYDAY=${byDay}` };
}

function observance(t: Transition, rrule?: string): string[] {
  const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
  return [`BEGIN:${kind}`, `DTSTART:${stamp(t.local)}`, ...(rrule ? [`RRULE:${rrule}`] : []), `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`];
}

const keysOfYear = (list: readonly Transition[], year: number) =>
  list
    .filter((t) => t.local.getUTCFullYear() === year)
    .map((t) => yearlyRule(t).key)
    .sort()
    .join('|');

/** VTIMEZONE valid for every local time from 1 January `fromYear` on (see the note above). */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const startMs = Date.UTC(fromYear, 0, 1);
  const endMs = Date.UTC(toYear + 1, 0, 1);
  const inRange = transitionsBetween(zone, startMs, endMs);
  const later = transitionsBetween(zone, endMs, Date.UTC(toYear + 1 + HORIZON_YEARS, 0, 1));
  const first = offsetMinutes(zone, startMs);
  const all = [...inRange, ...later];
  const lowest = Math.min(first, ...all.map((t) => t.to));
  const opening: string[] = [first > lowest ? 'BEGIN:DAYLIGHT' : 'BEGIN:STANDARD', `DTSTART:${fromYear}0101T000000`, `TZOFFSETFROM:${offsetText(first)}`, `TZOFFSETTO:${offsetText(first)}`, first > lowest ? 'END:DAYLIGHT' : 'END:STANDARD'];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...opening];
  const lastYear = toYear;
  const pattern = keysOfYear(inRange, lastYear);
  const repeats = later.length > 0 && pattern !== '' && Array.from({ length: HORIZON_YEARS }, (_, i) => keysOfYear(later, lastYear + 1 + i)).every((k) => k === pattern);
  if (repeats) {
    // The last year's transitions open yearly rules; the years before stay explicit (rules changed over time).
    for (const t of inRange) lines.push(...observance(t, t.local.getUTCFullYear() === lastYear ? yearlyRule(t).rrule : undefined));
  } else {
    for (const t of all) lines.push(...observance(t));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
