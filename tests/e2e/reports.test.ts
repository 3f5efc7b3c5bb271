import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database.ts';
import { CoverageData } from '../electron/core/reports/coverage/coverage-data-builder.ts';
import { useBrowserSession } from './support/browser-session.ts';

// Issue #13 e2e (coverage part): an IREX data folder with airings two stations reported; Informes
// shows totals, the weekly series and the states, a click on a state filters, in es and en, axe clean.
const session = useBrowserSession();
const { axeViolations } = session;
let page: Page;

beforeAll(() => {
  ({ page } = session);
  // The receipts importer is built in parallel: the airings go in the way it writes them, straight
  // into the server's database (WAL lets this second connection write while the server runs).
  const db = openDatabase(path.join(session.server.dataDir, 'cabina.db'));
  try {
    const data = new CoverageData(db);
    const oax = data.station('Radio Ñuu Savi', '20');
    const chis = data.station('Radio Tzotzil', '07');
    data.segment('seg-wage', 'Salario mínimo', { versions: [{ language: 'xty', regions: [{ state: '02', role: 'destination' }] }] });
    const today = new Date();
    const day = (back: number) => new Date(today.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    for (const back of [3, 4, 10]) data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: day(back), seconds: 90 });
    data.airing({ station: chis, pack: 'p2', segment: 'seg-visa', language: 'spa', day: day(5), seconds: 60 });
  } finally {
    db.close();
  }
});

describe('Informes · Cobertura in browser mode', () => {
  it('shows totals, weeks by language, bars and states for the last year, and passes axe', async () => {
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('coverage-totals').waitFor();
    expect(await page.getByTestId('coverage-total-airings').innerText()).toContain('4');
    expect(await page.getByTestId('coverage-total-stations').innerText()).toContain('2');
    // ECharts drew both charts as SVG (strict CSP, no eval); the tables are one toggle away.
    expect(await page.locator('[data-testid="coverage-weeks-chart"] svg').count()).toBe(1);
    expect(await page.locator('[data-testid="coverage-bars-chart"] svg').count()).toBe(1);
    await page.getByTestId('coverage-bars-toggle').click();
    expect(await page.getByTestId('coverage-bars').innerText()).toContain('Salario mínimo');
    // Destination Baja California was reached by the Mixtec version aired in Oaxaca.
    await page.getByTestId('coverage-state-02').waitFor();
    expect(await page.locator('[data-testid="coverage-map"] path').count()).toBe(32);
    expect(await page.locator('[data-testid="coverage-map"] [data-state="02"]').getAttribute('class')).toContain('reached');
    await page.screenshot({ path: path.join(session.shots, 'reports-coverage.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
  });

  it('a click on Chiapas on the map filters to the station there', async () => {
    await page.locator('[data-testid="coverage-map"] [data-state="07"]').click();
    await expect.poll(() => page.getByTestId('coverage-total-airings').innerText()).toContain('1');
    // The new report remounts the sections, so the bars are a chart again.
    await page.getByTestId('coverage-bars-toggle').click();
    expect(await page.getByTestId('coverage-bars').innerText()).toContain('seg-visa');
    await page.getByTestId('coverage-clear').click();
    await expect.poll(() => page.getByTestId('coverage-total-airings').innerText()).toContain('4');
  });

  it('reads in English, and still passes axe', async () => {
    await page.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-reports').innerText()).toBe('Reports');
    expect(await page.getByTestId('coverage-total-airings').innerText()).toMatch(/^Airings\s+4$/);
    expect(await page.getByTestId('coverage-gaps').innerText()).toContain('Gaps (last 30 days');
    expect(await axeViolations()).toEqual([]);
    await page.getByTestId('ui-language').selectOption('es-MX');
  });
});
