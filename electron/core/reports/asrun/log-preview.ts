import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { LogMapping, LogPreset, LogPreview } from '../../../../shared/api/methods/asrun.ts';
import { readLogText } from './log-file.ts';
import { logInstant } from './log-import.ts';
import { readLog, sniffLog } from './log-reader.ts';

const PREVIEW_ROWS = 8;

/**
 * The first rows of a log as cells and as Cabina reads them with the chosen preset or mapping, so a
 * station sees its columns before it saves a mapping. A file no preset fits still previews: the
 * reason comes back as `problem`, not as a failure.
 */
export async function previewLog(zone: string, file: { path: string; name: string }, preset: LogPreset, mapping: LogMapping | undefined, signal: AbortSignal): Promise<LogPreview> {
  const { text, encoding } = await readLogText(file.path, file.name, signal);
  const sniffed = preset === 'aras' ? { columns: [], records: [], suggested: null } : sniffLog(text, mapping?.delimiter, mapping?.hasHeader ?? true);
  const base = { encoding, columns: sniffed.columns, rows: sniffed.records.slice(0, PREVIEW_ROWS).map((r) => r.cells), suggested: sniffed.suggested };
  try {
    const read = readLog(text, preset, mapping);
    const bad = new Map(read.bad.map((b) => [b.line, b.reason]));
    const byLine = new Map(read.lines.map((l) => [l.line, l]));
    const lines = read.records.slice(0, PREVIEW_ROWS).map((r) => {
      const l = byLine.get(r.line);
      return l
        ? { line: r.line, airedAt: new Date(logInstant(zone, l.wall)).toISOString(), name: l.name, seconds: l.seconds, error: null }
        : { line: r.line, airedAt: null, name: '', seconds: null, error: bad.get(r.line) ?? 'date' };
    });
    return { ...base, rows: preset === 'aras' ? read.records.slice(0, PREVIEW_ROWS).map((r) => r.cells) : base.rows, lines, totalLines: read.lines.length + read.bad.length, suggested: base.suggested ?? read.suggested, problem: null };
  } catch (error) {
    if (!(error instanceof UserFacingError) || error.code === 'cancelled') throw error;
    return { ...base, lines: [], totalLines: sniffed.records.length, problem: error.toData() };
  }
}
