import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli.ts';
import { createCore } from '../../electron/core/core.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { repoRoot, startServerProcess, type RunningServer } from './support/web-server-process.ts';

// Issue #13 e2e, the loop in two rooms: a station set up with the CLI (pack, week, export, playout
// log) signs a receipt in its browser; IREX, in a second server and data folder, imports it, trusts
// the station and sees the airings in Cobertura, Oaxaca lit on the map.
const session = useBrowserSession(); // IREX: a fresh data folder
let stationDir = '';
let stationServer: RunningServer | undefined;
let stationPage: Page;
let irexPage: Page;

beforeAll(async () => {
  stationDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-e2e-station-'));
  const out: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };
  const env = { ...process.env, CABINA_DATA_DIR: stationDir, CABINA_LANG: 'es' };
  const cli = async (...args: string[]) => {
    const code = await main(args, io, env);
    if (code !== 0) throw new Error(`cabina ${args.join(' ')} → ${code}: ${out.join('\n')}`);
  };
  const usb = path.join(stationDir, 'usb');
  await cli('pack', 'import', path.join(repoRoot, 'resources/examples/demo.cabina'));
  await cli('station', 'set', '--name', 'Radio Ñuu Savi', '--timezone', 'America/Mexico_City', '--languages', 'spa,mix');
  await cli('schedule', 'import', path.join(repoRoot, 'resources/examples/oaxaca-week.grid.json'));
  await cli('schedule', 'fill', '--from', '2026-03-09', '--to', '2026-03-15');
  await cli('schedule', 'export', '--from', '2026-03-09', '--to', '2026-03-09', '--format', 'zara', '--out', usb, '--copy-audio');
  const exported = fs.readdirSync(path.join(usb, 'audio')).sort();
  const log = path.join(stationDir, 'aras.log');
  fs.writeFileSync(log, [`2026-03-09 07:15:00 Playing: C:\\Audio\\${exported[0]}`, `2026-03-09 07:45:10 Playing: C:\\Audio\\${exported[1]}`, ''].join('\n'));
  await cli('asrun', 'import-log', log);
  // `cabina station set` has no state flag: the station's INEGI state goes in through the same handler the settings page uses.
  const core = await createCore({ dataDir: stationDir, transport: 'cli' });
  try {
    await core.handlers['station.set']({ stateCode: '20' });
  } finally {
    core.close();
  }
  stationServer = await startServerProcess({ dataDir: stationDir });
  irexPage = session.page;
  stationPage = await irexPage.context().newPage();
  await stationPage.goto(stationServer.url);
}, 120_000);

afterAll(async () => {
  await stationPage?.close();
  await stationServer?.stop();
  fs.rmSync(stationDir, { recursive: true, force: true });
});

let receiptFile = '';

describe('Informes · Recibos in browser mode', () => {
  it('the station builds the receipt for the aired day, and the Recibos tab passes axe', async () => {
    await stationPage.getByTestId('nav-reports').click();
    await stationPage.getByTestId('reports-tab-receipts').click();
    for (const id of ['receipt-from', 'receipt-to']) {
      await stationPage.getByTestId(id).fill('09/03/2026');
      await stationPage.getByTestId(id).press('Tab');
    }
    await stationPage.getByTestId('receipt-build-run').click();
    await stationPage.getByTestId('file-result-dialog').waitFor();
    expect(await stationPage.getByTestId('receipt-built').innerText()).toBe('Recibo listo: 2 transmisiones.');
    const made = fs.readdirSync(path.join(stationDir, 'receipts')).filter((f) => f.endsWith('.cabina-recibo'));
    expect(made).toHaveLength(1);
    receiptFile = path.join(stationDir, 'receipts', made[0] ?? '');
    await stationPage.keyboard.press('Escape');
    await stationPage.getByTestId('file-result-dialog').waitFor({ state: 'detached' });
    expect(await session.axeViolations(stationPage)).toEqual([]);
  });

  it('IREX imports it, trusts the station, lists it, and Cobertura shows the airings with Oaxaca lit', async () => {
    await irexPage.getByTestId('nav-reports').click();
    await irexPage.getByTestId('reports-tab-receipts').click();
    await irexPage.getByTestId('receipt-stations-empty').waitFor();
    await irexPage.getByTestId('receipt-file-input').setInputFiles([receiptFile]);
    const refused = irexPage.getByTestId('receipt-result-refused');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('que no está en la lista de radios');
    expect((await irexPage.getByTestId('receipt-unknown-fingerprint').innerText()).replace(/\s/g, '')).toMatch(/^[0-9a-f]{64}$/);
    await irexPage.getByTestId('receipt-trust').click();
    await irexPage.getByTestId('receipt-result-ok').waitFor();
    expect(await irexPage.getByTestId('receipt-result-ok').innerText()).toContain('2 transmisiones nuevas de 2');
    await irexPage.getByTestId('receipt-station').waitFor();
    expect(await irexPage.getByTestId('receipt-station').innerText()).toContain('Oaxaca');
    expect(await session.axeViolations()).toEqual([]);

    await irexPage.getByTestId('reports-tab-coverage').click();
    await expect.poll(() => irexPage.getByTestId('coverage-total-airings').innerText()).toMatch(/2$/);
    expect(await irexPage.getByTestId('coverage-total-stations').innerText()).toMatch(/1$/);
    const oaxaca = irexPage.locator('[data-testid="coverage-map"] [data-state="20"]');
    expect(Number(await oaxaca.evaluate((el) => (el as SVGElement).style.fillOpacity))).toBeGreaterThan(0.5);
    await irexPage.screenshot({ path: path.join(session.shots, 'reports-receipts-coverage.png'), fullPage: true });
  });
});
