import type { Instance, Program } from '../../../../shared/domain/schedule.ts';
import { pad2, parseClock, resolveWall } from '../../../../shared/time/zoned-time.ts';
import { vtimezone } from './vtimezone.ts';

/** RFC 5545 TEXT escaping. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const localStamp = (date: string, minutes: number) => `${compactDate(date)}T${pad2(Math.floor(minutes / 60))}${pad2(minutes % 60)}00`;
const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
export interface IcsInput {
  zone: string;
  stationName: string;
  programs: readonly Program[];
  /** Airings in the exported range: cancelled ones become EXDATEs, moved/edited ones overrides. */
  instances: readonly Instance[];
  fromYear: number;
  toYear: number;
  stampMs: number;
}

/** iCalendar with TZID-local times and the programs' own RRULEs, so calendars expand them. */
export function toIcs(input: IcsInput): string {
  const { zone } = input;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cabina//La parrilla//ES', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(input.stationName)}`, `X-WR-TIMEZONE:${zone}`];
  // Every local date the calendar writes (DTSTART, EXDATE, RECURRENCE-ID, overrides) must fall in the VTIMEZONE.
  const listed = [...input.programs.flatMap((p) => [p.startDate, ...p.exdates]), ...input.instances.flatMap((i) => [i.occurrenceDate, i.date])].map((d) => Number(d.slice(0, 4)));
  lines.push(...vtimezone(zone, Math.min(input.fromYear, ...listed), Math.max(input.toYear, ...listed)));
  for (const p of input.programs) {
    const startMin = parseClock(p.startTime) ?? 0;
    const own = input.instances.filter((i) => i.programId === p.id);
    const exdates = [...p.exdates, ...own.filter((i) => i.status === 'cancelled').map((i) => i.occurrenceDate)].sort();
    let rule = p.rrule.replace(/^RRULE:/i, '');
    if (p.endDate) {
      const end = resolveWall(zone, { date: p.endDate, minutes: startMin });
      if (end.ok) rule += `;UNTIL=${utcStamp(end.ms)}`;
      else rule += `;UNTIL=${compactDate(p.endDate)}T235959Z`;
    }
    lines.push('BEGIN:VEVENT', `UID:${p.id}@cabina`, `DTSTAMP:${utcStamp(input.stampMs)}`, `DTSTART;TZID=${zone}:${localStamp(p.startDate, startMin)}`, `DURATION:PT${p.durationMin}M`, `RRULE:${rule}`);
    for (const d of new Set(exdates)) lines.push(`EXDATE;TZID=${zone}:${localStamp(d, startMin)}`);
    lines.push(`SUMMARY:${icsText(p.title)}`);
    if (p.host) lines.push(`DESCRIPTION:${icsText(p.host)}`);
    lines.push(`CATEGORIES:${p.languages.join(',')}`, 'END:VEVENT');
    for (const i of own.filter((x) => x.edited && x.status === 'scheduled')) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${p.id}@cabina`,
        `DTSTAMP:${utcStamp(input.stampMs)}`,
        `RECURRENCE-ID;TZID=${zone}:${localStamp(i.occurrenceDate, startMin)}`,
        `DTSTART;TZID=${zone}:${localStamp(i.date, i.startMin)}`,
        `DURATION:PT${i.durationMin}M`,
        `SUMMARY:${icsText(i.title)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
