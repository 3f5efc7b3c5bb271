import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli.ts';
import { makeFixtures } from '../../scripts/fixtures/make-fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { repoRoot, startServerProcess, type RunningServer } from './support/web-server-process.ts';

// Issue #6 e2e: station A builds a pack from two segments in Paquetes; station B (another data
// folder, another server) opens it, sees the preview with the signer's fingerprint, and imports.
let stationA: RunningServer;
let stationB: RunningServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
const quiet = { out: () => {}, err: () => {} };

beforeAll(async () => {
  const fixtures = await makeFixtures();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) throw new Error('dist/renderer is missing: build the renderer first');
  const dataA = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-e2e-packs-a-'));
  await main(['import', path.join(fixtures, 'speech-es.mp3'), '--title', 'Derechos laborales', '--language', 'xty', '--data-dir', dataA], quiet, {});
  await main(['import', path.join(fixtures, 'speech-es.ogg'), '--title', 'Salario mínimo', '--language', 'spa', '--data-dir', dataA], quiet, {});
  [stationA, stationB] = await Promise.all([startServerProcess({ dataDir: dataA }), startServerProcess()]);
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  for (const s of [stationA, stationB]) {
    await s?.stop();
    if (s) fs.rmSync(s.dataDir, { recursive: true, force: true });
  }
});

describe('Paquetes in browser mode', () => {
  let packPath = '';

  it('builds and signs a pack from two segments, showing the size first', async () => {
    await page.goto(stationA.url);
    await page.getByTestId('nav-packs').click();
    const boxes = page.getByTestId('pack-segment');
    await expect.poll(() => boxes.count(), { timeout: 15_000 }).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect.poll(() => page.getByTestId('pack-estimate').innerText()).toMatch(/\d/);
    await page.getByTestId('pack-title').fill('Derechos 2026');
    await page.getByTestId('pack-build').click();
    const built = page.getByTestId('pack-built');
    await built.waitFor({ timeout: 30_000 });
    packPath = /(\/\S+\.cabina)/.exec(await built.innerText())?.[1] ?? '';
    expect(fs.existsSync(packPath)).toBe(true);
  });

  it('opens the pack in a second station, previews it with the fingerprint, and imports it', async () => {
    await page.goto(stationB.url);
    await page.getByTestId('nav-packs').click();
    await page.getByTestId('pack-open').waitFor();
    await page.getByTestId('pack-open-input').setInputFiles(packPath);
    const preview = page.getByTestId('pack-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect((await page.getByTestId('publisher-fingerprint').innerText()).replace(/\s/g, '')).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => page.getByTestId('pack-item').count()).toBe(2);
    await page.getByTestId('pack-accept').check();
    await page.getByTestId('pack-import').click();
    await expect.poll(() => page.getByTestId('pack-imported').innerText(), { timeout: 30_000 }).toMatch(/2 nuevos/);
    await page.getByTestId('nav-library').click();
    await expect.poll(() => page.getByTestId('segment-row').count(), { timeout: 15_000 }).toBe(2);
  });
});
