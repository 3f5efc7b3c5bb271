import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../scripts/fixtures/make-fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { repoRoot, startServerProcess, type RunningServer } from './support/web-server-process.ts';

// The producer's real path (issue #2 "e2e"): browser mode served by its own process, Debian
// Chromium, import through the file picker, tag, search unaccented, play, switch language, axe.
let server: RunningServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;
let fixtures = '';
const shots = path.join(repoRoot, '.cache', 'e2e');

beforeAll(async () => {
  fixtures = await makeFixtures();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: npm test builds it before the e2e suite (vite build --config renderer/vite.config.ts)');
  }
  fs.mkdirSync(shots, { recursive: true });
  server = await startServerProcess();
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

describe('Biblioteca in browser mode', () => {
  it('starts with an empty library and the token gone from the address bar', async () => {
    await page.getByTestId('library-empty').waitFor();
    expect(page.url()).not.toContain('token=');
  });

  it('imports a file through the picker and shows it as a segment with duration and format', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').first().click();
    await (await chooser).setFiles(path.join(fixtures, 'speech-es.mp3'));
    const row = page.getByTestId('segment-row');
    await row.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.first().innerText()).toMatch(/0:0[34]/);
    await expect.poll(() => row.first().innerText()).toMatch(/MP3/i);
  });

  it('says a second import of the same file is already in the library', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').first().click();
    await (await chooser).setFiles(path.join(fixtures, 'speech-es.mp3'));
    await expect.poll(() => page.getByTestId('import-row').last().innerText(), { timeout: 30_000 }).toMatch(/ya est/i);
    expect(await page.getByTestId('segment-row').count()).toBe(1);
  });

  it('tags the segment Mixteco de Yoloxóchitl / Oaxaca origin and saves it', async () => {
    await page.getByTestId('segment-title').first().click();
    await page.getByTestId('editor-panel').waitFor();
    await page.getByTestId('editor-title').fill('Migración segura: conoce tus derechos');
    await page.getByTestId('language-select').fill('yolox');
    await page.locator('[data-testid="language-option"][data-code="xty"]').click();
    expect(await page.getByTestId('language-select').getAttribute('data-value')).toBe('xty');
    await page.getByTestId('region-select').selectOption('20');
    await page.getByTestId('region-role').selectOption('origin');
    await page.getByTestId('region-add').click();
    await expect.poll(() => page.getByTestId('region-tag').innerText()).toMatch(/Oaxaca/);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-status-message').innerText(), { timeout: 10_000 }).toMatch(/guardad/i);
    await expect.poll(() => page.getByTestId('segment-title').first().innerText()).toBe('Migración segura: conoce tus derechos');
  });

  it('finds it by typing an unaccented query, and shows no results for a miss', async () => {
    const search = page.getByTestId('search-input');
    await search.fill('zzzz');
    await page.getByTestId('library-no-results').waitFor();
    await search.fill('migracion segura');
    await expect.poll(() => page.getByTestId('segment-row').count()).toBe(1);
    await search.fill('yoloxochitl');
    await expect.poll(() => page.getByTestId('segment-row').count()).toBe(1);
    await search.fill('');
  });

  it('plays the segment: the audio element time advances', async () => {
    await page.getByTestId('play-button').first().click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('audio')?.currentTime ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0.3);
    await page.screenshot({ path: path.join(shots, 'library-es.png') });
    await page.getByTestId('play-button').first().click();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated over the DevTools protocol: the page's strict CSP (no inline scripts) stays on.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });

  it('switches the whole UI to English', async () => {
    await page.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toMatch(/Library/);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await expect.poll(() => page.getByTestId('result-count').innerText()).toMatch(/1 segment\b/);
    await page.screenshot({ path: path.join(shots, 'library-en.png') });
  });
});
