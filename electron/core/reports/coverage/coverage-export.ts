import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CoverageFilters } from '../../../../shared/api/methods/coverage.ts';
import type { Database } from '../../db/database.ts';
import { writeAtomic, writePdf } from '../report-files.ts';
import { coverageBreakdown } from './coverage-breakdown.ts';
import { coverageReport } from './coverage-report.ts';
import { coverageFigures } from './coverage-figures.ts';
import { coverageTables, toCsv, toHtml, type CodeNames, type ExportTable, type Translate } from './coverage-tables.ts';

export type CoverageExportFormat = 'csv' | 'xlsx' | 'pdf';

async function toXlsx(tables: ExportTable[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cabina';
  for (const table of tables) {
    // Excel sheet names: ≤ 31 characters, no []:*?/\ .
    const sheet = book.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((c) => (c.width = 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes `coverage-<from>-<to>.<format>` into `outDir`; returns the file's path. */
export async function exportCoverage(db: Database, filters: CoverageFilters, format: CoverageExportFormat, outDir: string, t: Translate, lang: string, signal: AbortSignal, names: CodeNames): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const report = coverageReport(db, filters);
  const tables = coverageTables(report, coverageBreakdown(db, filters, 'language'), coverageBreakdown(db, filters, 'station'), t, names);
  const file = path.join(outDir, `coverage-${filters.from}-${filters.to}.${format}`);
  if (format === 'csv') writeAtomic(file, toCsv(tables));
  else if (format === 'xlsx') writeAtomic(file, await toXlsx(tables));
  else {
    await writePdf(toHtml(t('coverage.export.title'), `${filters.from} – ${filters.to}`, tables, lang, coverageFigures(report, t, names, lang)), file, signal);
  }
  return file;
}
