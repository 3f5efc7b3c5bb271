import { asciiSlug, cartNumber, hms, playable, type ExportEntry } from './export-entry.ts';

/** How a playlist names each audio file: copied next to it (relative) or where it lives now. */
export type PathFor = (entry: ExportEntry) => string;

/** Extended M3U in UTF-8 (RFC 8216 §4.3.2.1 EXTINF: integer seconds are valid, CRLF-free). */
export function toM3u8(entries: readonly ExportEntry[], pathFor: PathFor): string {
  const lines = ['#EXTM3U'];
  for (const e of entries.filter(playable)) {
    lines.push(`#EXTINF:${Math.round(e.durationSec)},${e.title.replace(/[\r\n]+/g, ' ')}`, pathFor(e));
  }
  return `${lines.join('\n')}\n`;
}

/** PLS v2: [playlist], FileN/TitleN/LengthN from 1, NumberOfEntries, Version=2. */
export function toPls(entries: readonly ExportEntry[], pathFor: PathFor): string {
  const list = entries.filter(playable);
  const lines = ['[playlist]'];
  list.forEach((e, i) => {
    const n = i + 1;
    lines.push(`File${n}=${pathFor(e)}`, `Title${n}=${e.title.replace(/[\r\n]+/g, ' ')}`, `Length${n}=${Math.round(e.durationSec)}`);
  });
  lines.push(`NumberOfEntries=${list.length}`, 'Version=2');
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * ZaraRadio .lst: first line the number of entries, then "<length ms>\t<absolute Windows path>".
 * Zara runs on the playout PC, so paths point into `playoutRoot` there (docs/grid-format.md §Exports).
 */
export function toZara(entries: readonly ExportEntry[], playoutRoot: string): string {
  const root = playoutRoot.replace(/[\\/]+$/, '').replace(/\//g, '\\');
  const list = entries.filter(playable);
  const lines = [String(list.length), ...list.map((e) => `${Math.round(e.durationSec * 1000)}\t${root}\\${e.fileName}`)];
  return `${lines.join('\r\n')}\r\n`;
}

function fit(text: string, width: number): string {
  return asciiSafe(text).slice(0, width).padEnd(width, ' ');
}

function asciiSafe(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
}

/**
 * Rivendell "standard" music import: fixed columns — start HH:MM:SS at 0, cart (6 digits) at 10,
 * title at 25 (34 chars), length HH:MM:SS at 60. ASCII only: the importer reads bytes as columns.
 * Rivendell imports one log per day and its lines carry no date, so the caller writes one file a day.
 */
export const RIVENDELL_TITLE = 34;

export function toRivendell(entries: readonly ExportEntry[]): string {
  const lines = entries
    .filter((e) => playable(e) && e.cart !== null)
    .map((e) => `${fit(hms(e.wallSec), 10)}${fit(cartNumber(e.cart ?? 0), 15)}${fit(e.title, RIVENDELL_TITLE)} ${hms(e.durationSec)}`);
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_HEADER = ['date', 'start', 'program', 'kind', 'title', 'language', 'duration_sec', 'cart', 'file'] as const;

/**
 * RFC 4180: CRLF records, a header row, fields quoted when they hold a comma, quote or newline.
 * Every item (empty spot breaks and airings without a rundown too) with its date. A UTF-8 BOM first:
 * Excel on Windows reads a CSV without one as ANSI and garbles accents and ñ.
 */
export function toCsv(entries: readonly ExportEntry[]): string {
  const rows = [CSV_HEADER.join(',')];
  for (const e of entries) {
    rows.push(
      [e.date, hms(e.wallSec), e.programTitle, e.kind, e.title, e.languageCode ?? '', String(Math.round(e.durationSec)), e.cart === null ? '' : cartNumber(e.cart), e.fileName ?? '']
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * `<cart>-<title>-<version code>.<ext>`: the version code (the version id's first 8 hex digits) keeps
 * two language versions of one segment apart on the same USB stick, and lets a playout log line be
 * traced back to the exact version that aired.
 */
export function audioFileName(cart: number, title: string, ext: string, versionId: string): string {
  return `${cartNumber(cart)}-${asciiSlug(title)}-${versionCode(versionId)}.${ext.toLowerCase()}`;
}

export function versionCode(versionId: string): string {
  return versionId.replace(/-/g, '').slice(0, 8).toLowerCase();
}
