import type { LogMapping } from '../../../../shared/api/methods/asrun.ts';

/** A wall-clock moment in the station's zone, as a log writes it. */
export interface LogWall {
  date: string;
  seconds: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** "2026-03-09", "09/03/2026", "3/9/26" in the given field order; null when it is not a real date. */
export function parseLogDate(text: string, order: LogMapping['dateFormat']): string | null {
  const m = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$/.exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = (n: number) => (n < 100 ? 2000 + n : n);
  // A four-digit first field is always a year, whatever the saved order says.
  if ((m[1] ?? '').length === 4 || order === 'ymd') return validDate(year(a), b, c);
  return order === 'dmy' ? validDate(year(c), b, a) : validDate(year(c), a, b);
}

/** "07:00", "07:00:05", "7:05:09.250", and 12-hour "3:05pm" / "3:05 p. m." (AzuraCast writes `g:ia`). */
export function parseLogTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap])?\.?\s*(m\.?)?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (half === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 3600 + min * 60 + s;
}

/** A date and a time in one cell: "2026-03-09 07:00:05", "2026-03-09T07:00:05", "09/03/2026 7:00 pm". */
export function parseLogDateTime(text: string, order: LogMapping['dateFormat']): LogWall | null {
  const m = /^(\S+?)(?:T|\s+)(.+)$/.exec(text.trim());
  if (!m) return null;
  const date = parseLogDate(m[1] ?? '', order);
  const seconds = parseLogTime(m[2] ?? '');
  return date !== null && seconds !== null ? { date, seconds } : null;
}

/** "00:03:25", "3:25", "205", "205.4": seconds; null when empty or unreadable. */
export function parseLogDuration(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d+))?$/.exec(t);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + (m[4] ? Number(`0.${m[4]}`) : 0);
}

/** The last part of a Windows or POSIX path. */
export function baseName(pathText: string): string {
  return pathText.trim().split(/[\\/]/).pop() ?? '';
}
