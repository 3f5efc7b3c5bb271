/**
 * Strict readers written from each format's spec, used to read our exports back. They throw on
 * anything the spec (or the playout software) would not accept, rather than guessing.
 */
export interface PlaylistEntry {
  path: string;
  title: string | null;
  seconds: number;
}

/** M3U8 extended (RFC 8216 §4.3.1/§4.3.2.1 EXTINF): #EXTM3U first, each EXTINF followed by a URI line. */
export function parseM3u8(text: string): PlaylistEntry[] {
  if (text.includes('\r')) throw new Error('m3u8: CR found');
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new Error('m3u8: must end with a newline');
  if (lines.shift() !== '#EXTM3U') throw new Error('m3u8: first line must be #EXTM3U');
  const out: PlaylistEntry[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const m = /^#EXTINF:(-?\d+(?:\.\d+)?),(.*)$/.exec(lines[i] ?? '');
    const uri = lines[i + 1];
    if (!m || uri === undefined || uri === '' || uri.startsWith('#')) throw new Error(`m3u8: bad entry at line ${i + 2}`);
    out.push({ path: uri, title: m[2] ?? '', seconds: Number(m[1]) });
  }
  return out;
}

/** PLS v2: [playlist]; FileN/TitleN/LengthN numbered from 1 without gaps; NumberOfEntries; Version=2. */
export function parsePls(text: string): PlaylistEntry[] {
  const lines = text.split(/\r\n/);
  if (lines.pop() !== '') throw new Error('pls: must end with CRLF');
  if (lines.shift() !== '[playlist]') throw new Error('pls: missing [playlist]');
  const keys = new Map<string, string>();
  for (const line of lines) {
    const m = /^([A-Za-z]+\d*)=(.*)$/.exec(line);
    if (!m?.[1] || keys.has(m[1])) throw new Error(`pls: bad or duplicate line ${line}`);
    keys.set(m[1], m[2] ?? '');
  }
  if (keys.get('Version') !== '2') throw new Error('pls: Version=2 required');
  const n = Number(keys.get('NumberOfEntries'));
  if (!Number.isInteger(n)) throw new Error('pls: NumberOfEntries required');
  const out: PlaylistEntry[] = [];
  for (let i = 1; i <= n; i += 1) {
    const file = keys.get(`File${i}`);
    const length = keys.get(`Length${i}`);
    if (!file || length === undefined || !/^-?\d+$/.test(length)) throw new Error(`pls: entry ${i} incomplete`);
    out.push({ path: file, title: keys.get(`Title${i}`) ?? null, seconds: Number(length) });
  }
  if (keys.size !== 2 + n * 3) throw new Error('pls: stray keys');
  return out;
}

/** ZaraRadio .lst: line 1 = count; then "<ms>\t<absolute Windows path>" with an ASCII-safe path. */
export function parseZara(text: string): { ms: number; path: string }[] {
  const lines = text.split(/\r\n/);
  if (lines.pop() !== '') throw new Error('zara: must end with CRLF');
  const count = lines.shift() ?? '';
  if (!/^\d+$/.test(count) || Number(count) !== lines.length) throw new Error('zara: count does not match entries');
  return lines.map((line) => {
    const m = /^(\d+)\t([A-Za-z]:\\[\x20-\x7e]+)$/.exec(line);
    if (!m || m[2]?.includes('/')) throw new Error(`zara: bad line ${line}`);
    return { ms: Number(m[1]), path: m[2] ?? '' };
  });
}

/** Rivendell standard import: start at col 0, cart at 10, title at 25 (34), length at 60; ASCII. */
export function parseRivendell(text: string): { start: string; cart: number; title: string; length: string }[] {
  if (text === '') return [];
  const lines = text.split(/\r\n/);
  if (lines.pop() !== '') throw new Error('rivendell: must end with CRLF');
  return lines.map((line) => {
    if (!/^[\x20-\x7e]*$/.test(line) || line.length !== 68) throw new Error(`rivendell: bad width ${line.length}`);
    const start = line.slice(0, 10);
    const cart = line.slice(10, 25);
    // Rivendell's standard import: title at 25 for 34 characters, length at 60; column 59 is a gap.
    const title = line.slice(25, 59);
    const length = line.slice(60);
    if (!/^\d{2}:[0-5]\d:[0-5]\d {2}$/.test(start) || !/^\d{6} {9}$/.test(cart) || line[59] !== ' ' || !/^\d{2}:[0-5]\d:[0-5]\d$/.test(length)) {
      throw new Error(`rivendell: bad columns ${line}`);
    }
    return { start: start.trim(), cart: Number(cart.trim()), title: title.trimEnd(), length };
  });
}

/** RFC 4180 CSV: CRLF records, quoted fields with doubled quotes, same field count on every row. */
/** RFC 4180 with the UTF-8 BOM Excel on Windows needs to read accents (required: a file without one fails). */
export function parseCsv(withBom: string): string[][] {
  if (!withBom.startsWith('\uFEFF')) throw new Error('csv: must start with a UTF-8 BOM');
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  if (!text.endsWith('\r\n')) throw new Error('csv: must end with CRLF');
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('csv: unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error('csv: quote or LF in unquoted field');
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`csv: unexpected character at ${i}`);
  }
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width)) throw new Error('csv: ragged rows');
  return rows;
}
