import rrule from 'rrule';
import { UserFacingError } from '../api/errors.ts';
import type { Program } from '../domain/schedule.ts';
import { simpleSeriesDates } from './simple-series.ts';
import { parseClock, parseDate, pad2, wallToInstantShifting } from './zoned-time.ts';

const { RRule } = rrule;

export interface Occurrence {
  occurrenceDate: string;
  startMs: number;
  endMs: number;
  shiftedMinutes: number;
}

// The parts a station needs (weekdays, every N weeks, monthly, counts); times come from startTime,
// and DTSTART/UNTIL from the program's date range so there is one source of truth for each.
const ALLOWED = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'COUNT', 'WKST']);
const FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

function invalid(rule: string, reason: string): UserFacingError {
  return new UserFacingError('schedule.invalid_rrule', `Invalid RRULE "${rule}": ${reason}`, { rule });
}

type Rule = InstanceType<typeof RRule>;

/** Parses and checks an RRULE body; throws `schedule.invalid_rrule` with the rule for the message. */
export function parseRule(text: string, startDate: string, endDate: string | null): Rule {
  const body = text.replace(/^RRULE:/i, '').trim();
  const seen = new Set<string>();
  for (const part of body.split(';')) {
    const [key = '', value = ''] = part.split('=');
    const k = key.toUpperCase();
    if (!ALLOWED.has(k) || value === '' || seen.has(k)) throw invalid(text, `unsupported part ${part}`);
    seen.add(k);
    if (k === 'FREQ' && !FREQS.has(value.toUpperCase())) throw invalid(text, `unknown FREQ ${value}`);
    if (k === 'BYDAY' && !/^([+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*$/i.test(value)) throw invalid(text, `bad BYDAY ${value}`);
    if ((k === 'INTERVAL' || k === 'COUNT') && !/^[1-9]\d{0,3}$/.test(value)) throw invalid(text, `bad ${k}`);
    if ((k === 'BYMONTHDAY' || k === 'BYMONTH' || k === 'BYSETPOS') && !/^-?\d{1,2}(,-?\d{1,2})*$/.test(value)) throw invalid(text, `bad ${k}`);
  }
  if (!seen.has('FREQ')) throw invalid(text, 'FREQ is required');
  try {
    const options = RRule.parseString(body);
    const s = parseDate(startDate);
    const until = endDate ? parseDate(endDate) : null;
    return new RRule({
      ...options,
      // rrule computes in "floating" UTC: the UTC fields of these dates are the station's wall clock.
      dtstart: new Date(Date.UTC(s.year, s.month - 1, s.day)),
      until: until ? new Date(Date.UTC(until.year, until.month - 1, until.day, 23, 59, 59)) : null,
    });
  } catch (error) {
    throw invalid(text, error instanceof Error ? error.message : String(error));
  }
}

function dateOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Series dates (station wall-clock calendar) in [from, to], exceptions removed. */
export function seriesDates(program: Pick<Program, 'rrule' | 'startDate' | 'endDate' | 'exdates'>, from: string, to: string): string[] {
  const rule = parseRule(program.rrule, program.startDate, program.endDate);
  const f = parseDate(from);
  const t = parseDate(to);
  // rrule still parses and checks every rule; it walks only the ones day arithmetic does not cover.
  const dates =
    simpleSeriesDates(rule.options, program.startDate, program.endDate, from, to) ??
    rule.between(new Date(Date.UTC(f.year, f.month - 1, f.day)), new Date(Date.UTC(t.year, t.month - 1, t.day, 23, 59)), true).map(dateOf);
  const ex = new Set(program.exdates);
  return dates.filter((d) => !ex.has(d));
}

/**
 * Occurrences of a program as instants. Occurrences are generated as wall-clock dates and only then
 * converted with the station zone, so 06:00 stays 06:00 across Tijuana's DST changes; a start in
 * the spring-forward gap is shifted forward (series policy, see zoned-time.ts).
 */
export function expandSeries(program: Pick<Program, 'rrule' | 'startDate' | 'endDate' | 'exdates' | 'startTime' | 'durationMin'>, timeZone: string, from: string, to: string): Occurrence[] {
  const startMin = parseClock(program.startTime) ?? 0;
  return seriesDates(program, from, to).map((date) => {
      const { ms, shiftedMinutes } = wallToInstantShifting(timeZone, { date, minutes: startMin });
    return { occurrenceDate: date, startMs: ms, endMs: ms + program.durationMin * 60_000, shiftedMinutes };
  });
}
