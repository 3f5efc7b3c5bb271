import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';

// Issue #11 item 10 in Chromium with the real wavesurfer.js: the m:ss ruler follows zoom, and
// normalize says what it reached with the plain verdict, measured by the real core and ffmpeg.
const session = useBrowserSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

const rulerLabels = () => page.getByTestId('time-ruler').locator('.time-ruler-tick').allInnerTexts();

describe('Editar comfort in browser mode', () => {
  it('draws an m:ss time ruler under the waveform, readable fitted and zoomed in', async () => {
    await session.importThroughPicker('speech-es-16.wav');
    await page.getByTestId('segment-row').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('nav-edit').click();
    const select = page.getByTestId('edit-segment-select');
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await select.selectOption({ index: 1 });
    await expect.poll(() => page.getByTestId('waveform').getAttribute('data-ready'), { timeout: 20_000 }).toBe('true');
    await expect.poll(async () => (await rulerLabels()).length).toBeGreaterThan(1);
    const fitted = await rulerLabels();
    // A few seconds across the screen: a tick every fraction of a second, so tenths are shown.
    expect(fitted[0]).toMatch(/^0:00(\.0)?$/);
    for (const label of fitted) expect(label).toMatch(/^\d+:\d\d(\.\d)?$/);
    const gaps = async () => {
      const xs = await page.getByTestId('time-ruler').locator('.time-ruler-tick').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
      return xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
    };
    for (const gap of await gaps()) expect(gap).toBeGreaterThanOrEqual(63);
    while (await page.getByTestId('zoom-in-button').isEnabled()) await page.getByTestId('zoom-in-button').click();
    await expect.poll(async () => (await rulerLabels()).length).toBeGreaterThan(1);
    for (const label of await rulerLabels()) expect(label).toMatch(/^\d+:\d\d(\.\d)?$/);
    for (const gap of await gaps()) expect(gap).toBeGreaterThanOrEqual(63);
  });

  it('normalize shows the loudness it reached and says it is right for radio', async () => {
    await page.getByTestId('normalize-button').click();
    const result = page.getByTestId('normalize-result');
    await result.waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    const lufs = Number(/(-?\d+\.\d) LUFS/.exec(text)?.[1]);
    expect(Math.abs(lufs + 18)).toBeLessThanOrEqual(0.5);
    expect(await page.getByTestId('normalize-verdict').innerText()).toBe('✓ Volumen correcto para radio');
    await page.screenshot({ path: path.join(session.shots, 'edit-normalize-result.png'), fullPage: true });
  });
});
