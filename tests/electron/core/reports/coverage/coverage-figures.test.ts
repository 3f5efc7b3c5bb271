import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCatalogDir, loadCatalogs } from '../../../../../electron/core/catalog/load-catalogs.ts';
import { createTranslator } from '../../../../../electron/core/i18n/translator.ts';
import { exportCoverage } from '../../../../../electron/core/reports/coverage/coverage-export.ts';
import { coverageFigures } from '../../../../../electron/core/reports/coverage/coverage-figures.ts';
import { catalogNames } from '../../../../../electron/core/reports/coverage/coverage-names.ts';
import { coverageReport } from '../../../../../electron/core/reports/coverage/coverage-report.ts';
import { coverageTables, toHtml } from '../../../../../electron/core/reports/coverage/coverage-tables.ts';
import { findPdfBrowser } from '../../../../../electron/core/schedule/exports/pdf-export.ts';
import { coverageFiltersSchema } from '../../../../../shared/api/methods/coverage.ts';
import { tempDb } from '../../schedule/schedule-fixtures.ts';
import { CoverageData } from './coverage-data-builder.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const names = catalogNames(loadCatalogs(defaultCatalogDir()), 'es');
const t = createTranslator('es');
const filters = coverageFiltersSchema.parse({ from: '2026-02-01', to: '2026-02-28' });

function setup() {
  const tmp = tempDb();
  cleanups.push(tmp.cleanup);
  const data = new CoverageData(tmp.db);
  const oax = data.station('Radio Ñuu Savi', '20');
  const chis = data.station('Radio Tzotzil', '07');
  data.segment('seg-wage', 'Salario mínimo', { topics: ['trabajo'], versions: [{ language: 'xty', regions: [{ state: '02', role: 'destination' }] }, { language: 'spa', regions: [] }] });
  data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-10', seconds: 120 });
  data.airing({ station: chis, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-02-18', seconds: 60 });
  return tmp;
}

describe('coverage PDF figures (issue #13 "Exports")', () => {
  it('the report HTML holds the two ECharts charts and the map as SVG, with names instead of codes', () => {
    const { db } = setup();
    const report = coverageReport(db, filters);
    const figures = coverageFigures(report, t, names, 'es-MX');
    expect(figures.map((f) => f.title)).toEqual([t('coverage.weeksTitle'), t('coverage.barsTitle'), t('coverage.statesTitle')]);
    const html = toHtml('Informe', 'febrero', coverageTables(report, [], [], t, names), 'es', figures);
    expect(html.match(/<svg/g)?.length).toBe(3);
    // Weekly chart: one series per language, named from the catalogue.
    expect(figures[0]?.svg).toContain('Mixteco de Yoloxóchitl');
    expect(figures[0]?.svg).toContain('Español');
    // Weeks read as a reader says them (Monday 9 and 16 February), not as ISO dates.
    expect(figures[0]?.svg).toContain('9 feb');
    expect(figures[0]?.svg).toContain('16 feb');
    expect(figures[0]?.svg).not.toContain('2026-02-09');
    expect(figures[1]?.svg).toContain('Salario mínimo');
    // Map: 32 INEGI states, Oaxaca shaded, Baja California outlined as a reached destination.
    const map = figures[2]?.svg ?? '';
    expect(map.match(/data-state="/g)?.length).toBe(32);
    expect(map).toMatch(/data-state="20"[^>]*fill-opacity="1.00"/);
    expect(map).toMatch(/data-state="02"[^>]*stroke="#D55E00"/);
    expect(map).toContain('<title>Oaxaca: 1</title>');
    expect(map).toContain('CC BY 4.0');
    // State table: INEGI names.
    expect(html).toContain('<td>Oaxaca</td>');
    expect(html).toContain('<td>Chiapas</td>');
  });

  it('no figures when nothing aired (the PDF says so in its tables instead of empty axes)', () => {
    const { db } = setup();
    const empty = coverageReport(db, coverageFiltersSchema.parse({ from: '2025-01-01', to: '2025-01-31' }));
    expect(coverageFigures(empty, t, names, 'es-MX')).toEqual([]);
  });

  it.runIf(findPdfBrowser() !== null)('the PDF with charts and map still starts with %PDF-', async () => {
    const { db, dir } = { ...setup(), dir: fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'cabina-cov-pdf-')) };
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = await exportCoverage(db, filters, 'pdf', dir, t, 'es', new AbortController().signal, names);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });
});
