import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';

// The producer's real path (issue #2 "e2e"): browser mode served by its own process, Debian
// Chromium, import through the file picker, tag, search unaccented, play, switch language, axe.
const session = useBrowserSession();
let page: Page;
const shots = session.shots;
beforeAll(() => {
  ({ page } = session);
});

describe('Biblioteca in browser mode', () => {
  it('starts with an empty library and the token gone from the address bar', async () => {
    await page.getByTestId('library-empty').waitFor();
    expect(page.url()).not.toContain('token=');
  });

  it('imports a file through the picker and shows it as a segment with duration and format', async () => {
    await session.importThroughPicker('speech-es.mp3');
    const row = page.getByTestId('segment-row');
    await row.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.first().innerText()).toMatch(/\b[34] s\b/);
    await expect.poll(() => row.first().innerText()).toMatch(/MP3/i);
  });

  it('says a second import of the same file is already in the library', async () => {
    await session.importThroughPicker('speech-es.mp3');
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
      .poll(() => page.evaluate(() => document.querySelector<HTMLAudioElement>('audio:not([data-testid="spoken-help-audio"])')?.currentTime ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(0.3);
    await page.screenshot({ path: path.join(shots, 'library-es.png') });
    await page.getByTestId('play-button').first().click();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // Evaluated over the DevTools protocol: the page's strict CSP (no inline scripts) stays on.
    const violations = await session.axeViolations();
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
