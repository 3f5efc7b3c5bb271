import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';

// Issue #3 e2e: in browser mode, open a segment in Editar, cut a region, normalize, render, and
// check the new duration and loudness the core measured on the rendered file.
const session = useBrowserSession();
const shots = session.shots;
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

describe('Editar in browser mode', () => {
  let originalSec = 0;

  it('opens an imported segment on its precomputed waveform with the loudness readout', async () => {
    await session.importThroughPicker('speech-es-16.wav');
    await page.getByTestId('segment-row').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-edit').click();
    const select = page.getByTestId('edit-segment-select');
    await select.waitFor();
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await select.selectOption({ index: 1 });
    await expect.poll(() => page.getByTestId('waveform').getAttribute('data-ready'), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => page.getByTestId('loudness-readout').innerText()).toMatch(/LUFS/);
    originalSec = Number(await page.getByTestId('edited-duration').textContent());
    expect(originalSec).toBeGreaterThan(2);
  });

  it('cuts a region, normalizes, renders, and the saved file is shorter and at the target', async () => {
    await page.getByTestId('selection-start').fill('0.5');
    await page.getByTestId('selection-end').fill('1.5');
    await page.getByTestId('cut-button').click();
    await expect.poll(async () => Number(await page.getByTestId('edited-duration').textContent())).toBeCloseTo(originalSec - 1, 2);
    await page.getByTestId('normalize-button').click();
    await expect.poll(() => page.getByTestId('normalize-button').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(shots, 'edit-before-render.png'), fullPage: true });
    await page.getByTestId('render-button').click();
    const result = page.getByTestId('render-result');
    await result.waitFor({ timeout: 60_000 });
    const duration = Number(await result.getAttribute('data-duration'));
    const lufs = Number(await result.getAttribute('data-lufs'));
    expect(duration).toBeCloseTo(originalSec - 1, 1);
    expect(Math.abs(lufs + 18)).toBeLessThanOrEqual(0.5);
    await page.screenshot({ path: path.join(shots, 'edit-rendered.png'), fullPage: true });
  });

  it('the render opens the file result dialog; Save as gives a download named after the segment; Escape closes it', async () => {
    // Issue #11 req. 3: the result is a file the user can reach, in a dialog where they are looking.
    const dialog = page.getByTestId('file-result-dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.querySelector('dialog.file-result')?.matches(':modal'))).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await expect.poll(() => dialog.getByTestId('file-result-file').count()).toBe(1);
    expect(await page.getByTestId('file-open-folder').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('file-save-as').click()]);
    expect(download.suggestedFilename()).toMatch(/^speech-es-16.*\.wav$/);
    const saved = path.join(shots, 'downloaded-render.wav');
    await download.saveAs(saved);
    const { statSync } = await import('node:fs');
    expect(statSync(saved).size).toBeGreaterThan(44);
    await page.getByTestId('file-result-notice').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('undo brings the cut back', async () => {
    await page.getByTestId('undo-button').click(); // the normalize
    await page.getByTestId('undo-button').click(); // the cut
    await expect.poll(async () => Number(await page.getByTestId('edited-duration').textContent())).toBeCloseTo(originalSec, 2);
  });

  it('trims the silence the core detects at both ends as one edit, and one undo brings it back', async () => {
    // espeak-ng leaves about 0.3 s below −50 dBFS around the speech of this fixture.
    await page.getByTestId('trim-silence-button').click();
    await page.getByTestId('edit-notice').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('edited-duration').textContent())).toBeLessThan(originalSec - 0.1);
    expect(Number(await page.getByTestId('edited-duration').textContent())).toBeGreaterThan(originalSec - 0.6);
    await page.getByTestId('undo-button').click();
    await expect.poll(async () => Number(await page.getByTestId('edited-duration').textContent())).toBeCloseTo(originalSec, 2);
  });
});
