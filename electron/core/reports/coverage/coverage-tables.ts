import type { CoverageBreakdownRow, CoverageReport } from '../../../../shared/api/methods/coverage.ts';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** One table of an export: the same rows feed CSV, XLSX and the printable HTML/PDF. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: Array<Array<string | number>>;
}

/** The tables of a coverage export, headers in the reader's language. */
/** Names the catalogue gives codes (INEGI states, ISO 639-3 languages); a code stays itself when unknown. */
export interface CodeNames {
  stateName(code: string): string;
  languageName(code: string): string;
}

const asCodes: CodeNames = { stateName: (c) => c, languageName: (c) => c };

export function coverageTables(report: CoverageReport, byLanguage: CoverageBreakdownRow[], byStation: CoverageBreakdownRow[], t: Translate, names: CodeNames = asCodes): ExportTable[] {
  const k = (key: string) => t(`coverage.${key}`);
  const breakdown = (name: string, rows: CoverageBreakdownRow[]): ExportTable => ({
    name,
    header: [name, k('airings'), k('minutes'), k('stations')],
    rows: rows.map((r) => [r.label, r.airings, r.minutes, r.stations]),
  });
  return [
    {
      name: k('title'),
      header: [k('totals.airings'), k('totals.minutes'), k('totals.stations'), k('totals.languages')],
      rows: [[report.totals.airings, report.totals.minutes, report.totals.stations, report.totals.languages]],
    },
    breakdown(k('language'), byLanguage),
    breakdown(k('station'), byStation),
    {
      name: k('statesTitle'),
      header: [k('state'), k('airedHere'), k('stations'), k('origin'), k('destination')],
      rows: report.states.map((s) => [names.stateName(s.stateCode), s.airings, s.stations, s.originAirings, s.destinationAirings]),
    },
    {
      name: k('barsTitle'),
      header: [k('pack'), k('segment'), k('airings'), k('minutes')],
      rows: report.bars.map((b) => [b.packId, b.title ?? t('coverage.unknownSegment', { id: b.segmentId }), b.airings, b.minutes]),
    },
    {
      name: k('weeksTitle'),
      header: [k('week'), k('language'), k('airings')],
      rows: report.weeks.map((w) => [w.week, names.languageName(w.language), w.airings]),
    },
  ];
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Quote what would break a row, and neutralise formula injection in spreadsheet apps.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV with a blank line between tables; a BOM so Excel reads accents (Spanish, Indigenous names) as UTF-8. */
export function toCsv(tables: ExportTable[]): string {
  const blocks = tables.map((table) => [[table.name], table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n'));
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}

const esc = (s: string | number) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A chart or the map, already rendered to SVG markup (trusted: built by our own renderers). */
export interface ExportFigure {
  title: string;
  svg: string;
}

/** Printable HTML (A4) for the PDF: the charts and map as SVG, then tables with proportional bars. */
export function toHtml(title: string, subtitle: string, tables: ExportTable[], lang: string, figures: readonly ExportFigure[] = []): string {
  const art = figures.map((f) => `<section class="figure"><h2>${esc(f.title)}</h2>${f.svg}</section>`).join('');
  const body = tables
    .map((table) => {
      const numeric = table.rows.map((r) => (typeof r[1] === 'number' ? r[1] : 0));
      const max = Math.max(1, ...numeric);
      const rows = table.rows
        .map((r) => `<tr>${r.map((c, i) => `<td>${esc(c)}${i === 1 && typeof c === 'number' && table.rows.length > 1 ? `<span class="bar" style="width:${Math.round((c / max) * 120)}px"></span>` : ''}</td>`).join('')}</tr>`)
        .join('');
      return `<h2>${esc(table.name)}</h2><table><thead><tr>${table.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 14mm } body { font: 10pt system-ui, sans-serif } h1 { font-size: 16pt } h2 { font-size: 12pt; margin-top: 14pt }
table { border-collapse: collapse; width: 100% } th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: left }
.figure { break-inside: avoid } .figure svg { max-width: 100%; height: auto } .small { font-size: 8pt; color: #555 }
.bar { display: inline-block; height: 8pt; margin-left: 6pt; background: #2b6cb0; vertical-align: middle }
</style></head><body><h1>${esc(title)}</h1><p>${esc(subtitle)}</p>${art}${body}</body></html>`;
}
