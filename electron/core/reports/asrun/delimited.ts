/**
 * RFC 4180 records (quoted fields may hold the delimiter, doubled quotes and line breaks), with the
 * 1-based line each record starts on so errors can name it. Blank lines are skipped.
 */
export interface TextRecord {
  line: number;
  cells: string[];
}

export function parseDelimited(text: string, delimiter: string): TextRecord[] {
  const records: TextRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const end = () => {
    cells.push(cell);
    if (touched || cells.length > 1 || cell.trim() !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      touched = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      end();
      line += 1;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0 || touched) end();
  return records;
}

/** The delimiter a file most likely uses: the candidate that splits its first line into most cells. */
export function guessDelimiter(text: string): ',' | ';' | '\t' | '|' {
  const first = text.slice(0, text.search(/\r?\n|$/));
  let best: ',' | ';' | '\t' | '|' = ',';
  let most = 0;
  for (const d of [',', ';', '\t', '|'] as const) {
    const n = first.split(d).length;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}
