import fs from 'node:fs';
import path from 'node:path';
import type { LoadedCatalogs } from '../../../../shared/domain/catalog.ts';
import type { Database } from '../../db/database.ts';
import { writeAtomic, writePdf } from '../report-files.ts';
import { toCsv, toHtml, type ExportTable, type Translate } from '../coverage/coverage-tables.ts';
import { networkSummary } from './testimony-receipt.ts';
import { scopedSummary, type ScopedRange } from './testimony-summary.ts';

/** The summary as export tables: the cells, then the totals (names in the reader's language, codes kept beside them). */
export function summaryTables(db: Database, range: ScopedRange, catalogs: LoadedCatalogs, t: Translate, lang: 'es' | 'en'): ExportTable[] {
  const summary = scopedSummary(db, range, networkSummary);
  const states = new Map(catalogs.states.map((s) => [s.code, s.name]));
  const categories = new Map(catalogs.testimonyCategories.map((c) => [c.id, lang === 'en' ? c.nameEn : c.nameEs]));
  const cells: ExportTable = {
    name: `${t('voicesReport.table')} (${t(range.placeRole === 'origin' ? 'voicesReport.byOrigin' : 'voicesReport.byWork')})`,
    header: [t('voicesReport.category'), t('voicesReport.state'), 'INEGI', t('voicesReport.month'), t('voicesReport.count')],
    rows: summary.cells.map((c) => [categories.get(c.category) ?? c.category, c.stateCode ? (states.get(c.stateCode) ?? c.stateCode) : t('voicesReport.noState'), c.stateCode, c.month, c.count]),
  };
  const totals: ExportTable = {
    name: t('voicesReport.totals'),
    header: [t('voicesReport.totals'), t('voicesReport.count')],
    rows: [
      [t('voicesReport.counted'), summary.counted],
      range.scope === 'network' ? [t('voicesReport.stations'), summary.stations] : [t('voicesReport.leftOut'), summary.leftOut],
      [t('voicesReport.note'), ''],
    ],
  };
  return [cells, totals];
}

/** Writes `testimonios-<from>-<to>.<csv|pdf>` into `outDir`; returns its path. */
export async function exportSummary(db: Database, range: ScopedRange, format: 'csv' | 'pdf', outDir: string, catalogs: LoadedCatalogs, t: Translate, lang: 'es' | 'en', signal: AbortSignal): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const tables = summaryTables(db, range, catalogs, t, lang);
  const file = path.join(outDir, `testimonios-${range.scope === 'network' ? 'red' : 'radio'}-${range.from}-${range.to}-${range.placeRole}.${format}`);
  if (format === 'csv') {
    writeAtomic(file, toCsv(tables));
    return file;
  }
  await writePdf(toHtml(t('voicesReport.title'), t('voicesReport.range', { from: range.from, to: range.to }), tables, lang), file, signal);
  return file;
}
