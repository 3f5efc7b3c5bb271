import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { LogMapping, LogPreset } from '../../../../shared/api/methods/asrun.ts';
import { guessDelimiter, parseDelimited, type TextRecord } from './delimited.ts';
import { baseName, parseLogDate, parseLogDateTime, parseLogDuration, parseLogTime, type LogWall } from './log-values.ts';

/** One play the log reports, before it is placed in time and matched. */
export interface LogLine {
  line: number;
  wall: LogWall;
  /** What the line calls it: the file's name, else the title. */
  name: string;
  fileName: string | null;
  seconds: number | null;
  raw: string;
}

export interface BadLine {
  line: number;
  reason: 'date' | 'time' | 'name';
}

export interface ReadLog {
  columns: string[];
  records: TextRecord[];
  lines: LogLine[];
  bad: BadLine[];
  suggested: LogPreset | null;
}

interface Plan {
  date: number;
  time: number | null;
  file: number | null;
  title: number | null;
  duration: number | null;
  /** LibreTime: the end's date and time, so seconds played = end − start. */
  end: { date: number; time: number | null } | null;
  dateFormat: LogMapping['dateFormat'];
}

/** ARAS writes one event per line; only "Playing:" lines are plays (docs of the ARAS log format). */
const ARAS_LINE = /^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2}:\d{2})\s+Playing:\s*(.+?)\s*$/;

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, ' ');

function finder(header: string[]) {
  const names = header.map(norm);
  return (...aliases: string[]): number | null => {
    for (const a of aliases) {
      const i = names.indexOf(norm(a));
      if (i >= 0) return i;
    }
    return null;
  };
}

function unknownColumns(expected: string, header: string[]): UserFacingError {
  return new UserFacingError('asrun.unknown_columns', `Expected columns ${expected}; found ${header.join(', ')}`, {
    expected,
    found: header.slice(0, 12).join(', ') || '—',
  });
}

/** AzuraCast "song playback timeline" CSV: Date,Time,Listeners,Delta,Track,Artist,Playlist,Streamer (HistoryAction.php). */
function azuracastPlan(header: string[]): Plan {
  const col = finder(header);
  const date = col('Date');
  const time = col('Time');
  const title = col('Track', 'Title');
  if (date === null || time === null || title === null) throw unknownColumns('Date, Time, Track', header);
  return { date, time, title, file: null, duration: null, end: null, dateFormat: 'ymd' };
}

/**
 * LibreTime playout history CSV (historytable.js #csv_export): startDate,startTime,endDate,endTime,
 * title,artist; older Log Sheet copies say "Start Time","End Time","Title","Creator" with date and
 * time in one cell.
 */
function libretimePlan(header: string[]): Plan {
  const col = finder(header);
  const title = col('title', 'track title', 'track_title');
  const startDate = col('startDate', 'start date');
  if (startDate !== null && title !== null) {
    const endDate = col('endDate', 'end date');
    return { date: startDate, time: col('startTime', 'start time'), title, file: null, duration: col('length', 'duration'), end: endDate === null ? null : { date: endDate, time: col('endTime') }, dateFormat: 'ymd' };
  }
  const start = col('Start Time', 'starts');
  if (start === null || title === null) throw unknownColumns('startDate, startTime, title', header);
  const end = col('End Time', 'ends');
  return { date: start, time: null, title, file: null, duration: col('Length', 'duration'), end: end === null ? null : { date: end, time: null }, dateFormat: 'ymd' };
}

function genericPlan(header: string[], m: LogMapping): Plan {
  const col = finder(header);
  const pick = (name: string, field: string): number | null => {
    if (name === '') return null;
    const byName = col(name);
    if (byName !== null) return byName;
    const n = Number(name);
    if (Number.isInteger(n) && n >= 1 && n <= Math.max(header.length, 1)) return n - 1;
    throw new UserFacingError('asrun.unknown_columns', `No column ${name} for ${field}`, { expected: name, found: header.slice(0, 12).join(', ') || '—' });
  };
  const date = pick(m.date, 'date');
  if (date === null) throw unknownColumns('date', header);
  return { date, time: pick(m.time, 'time'), file: pick(m.file, 'file'), title: pick(m.title, 'title'), duration: pick(m.duration, 'duration'), end: null, dateFormat: m.dateFormat };
}

function wallOf(cells: string[], date: number, time: number | null, order: LogMapping['dateFormat']): LogWall | BadLine['reason'] {
  const dateCell = cells[date] ?? '';
  if (time === null) return parseLogDateTime(dateCell, order) ?? 'date';
  const d = parseLogDate(dateCell, order) ?? parseLogDateTime(dateCell, order)?.date ?? null;
  if (d === null) return 'date';
  const s = parseLogTime(cells[time] ?? '');
  return s === null ? 'time' : { date: d, seconds: s };
}

function readRecord(r: TextRecord, plan: Plan, delimiter: string): LogLine | BadLine {
  const wall = wallOf(r.cells, plan.date, plan.time, plan.dateFormat);
  if (typeof wall === 'string') return { line: r.line, reason: wall };
  const filePath = plan.file === null ? '' : (r.cells[plan.file] ?? '').trim();
  const fileName = filePath ? baseName(filePath) : null;
  const title = plan.title === null ? '' : (r.cells[plan.title] ?? '').trim();
  const name = fileName || title;
  if (!name) return { line: r.line, reason: 'name' };
  let seconds = plan.duration === null ? null : parseLogDuration(r.cells[plan.duration] ?? '');
  if (seconds === null && plan.end) {
    const end = wallOf(r.cells, plan.end.date, plan.end.time, plan.dateFormat);
    if (typeof end !== 'string') {
      const diff = (Date.parse(`${end.date}T00:00:00Z`) - Date.parse(`${wall.date}T00:00:00Z`)) / 1000 + end.seconds - wall.seconds;
      if (diff >= 0 && diff < 86_400) seconds = diff;
    }
  }
  return { line: r.line, wall, name, fileName, seconds, raw: r.cells.join(delimiter).slice(0, 500) };
}

function suggest(text: string, header: string[]): LogPreset | null {
  const col = finder(header);
  if (col('Date') !== null && col('Time') !== null && col('Track') !== null && col('Listeners') !== null) return 'azuracast';
  if ((col('startDate') !== null || col('Start Time') !== null) && col('title') !== null) return 'libretime';
  if (text.split(/\r?\n/, 50).some((l) => ARAS_LINE.test(l))) return 'aras';
  return null;
}

function readAras(text: string): ReadLog {
  const lines: LogLine[] = [];
  const records: TextRecord[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const m = ARAS_LINE.exec(raw);
    if (!m) return;
    records.push({ line: i + 1, cells: [m[1] ?? '', m[2] ?? '', m[3] ?? ''] });
    const date = parseLogDate(m[1] ?? '', 'ymd');
    const seconds = parseLogTime(m[2] ?? '');
    const fileName = baseName(m[3] ?? '');
    if (date !== null && seconds !== null && fileName) lines.push({ line: i + 1, wall: { date, seconds }, name: fileName, fileName, seconds: null, raw: raw.slice(0, 500) });
  });
  if (records.length === 0) throw new UserFacingError('asrun.not_a_log', 'No "Playing:" lines', { preset: 'aras' });
  const read = new Set(lines.map((l) => l.line));
  const bad: BadLine[] = records.filter((r) => !read.has(r.line)).map((r) => ({ line: r.line, reason: 'date' }));
  return { columns: [], records, lines, bad, suggested: 'aras' };
}

/**
 * Reads a log's text with a preset (or the station's saved mapping). Refuses, with a sentence the
 * user can act on, a file whose columns do not fit; lines without a readable date or time are
 * counted and skipped, not guessed.
 */
export function readLog(text: string, preset: LogPreset, mapping?: LogMapping): ReadLog {
  if (preset === 'aras') return readAras(text);
  if (preset === 'generic' && !mapping) throw new UserFacingError('asrun.mapping_required', 'The generic preset needs a column mapping');
  const delimiter = preset === 'generic' && mapping ? mapping.delimiter : guessDelimiter(text);
  const all = parseDelimited(text, delimiter);
  if (all.length === 0) throw new UserFacingError('asrun.not_a_log', 'No rows');
  const hasHeader = preset !== 'generic' || (mapping?.hasHeader ?? true);
  const header = hasHeader ? (all[0]?.cells ?? []).map((c) => c.trim()) : (all[0]?.cells ?? []).map((_, i) => String(i + 1));
  const records = hasHeader ? all.slice(1) : all;
  const plan = preset === 'azuracast' ? azuracastPlan(header) : preset === 'libretime' ? libretimePlan(header) : genericPlan(header, mapping as LogMapping);
  const lines: LogLine[] = [];
  const bad: BadLine[] = [];
  for (const r of records) {
    const read = readRecord(r, plan, delimiter);
    if ('reason' in read) bad.push(read);
    else lines.push(read);
  }
  return { columns: header, records, lines, bad, suggested: suggest(text, header) };
}

/** Columns and first rows of any text log, for the mapping form before a preset is chosen. */
export function sniffLog(text: string, delimiter?: string, hasHeader = true): { columns: string[]; records: TextRecord[]; suggested: LogPreset | null } {
  const all = parseDelimited(text.slice(0, 64 * 1024), delimiter ?? guessDelimiter(text));
  const header = hasHeader ? (all[0]?.cells ?? []).map((c) => c.trim()) : (all[0]?.cells ?? []).map((_, i) => String(i + 1));
  return { columns: header, records: hasHeader ? all.slice(1) : all, suggested: suggest(text, header) };
}
