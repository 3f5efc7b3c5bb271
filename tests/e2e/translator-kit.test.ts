import fs from 'node:fs';
import path from 'node:path';
import { po } from 'gettext-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { layoutFaults } from './support/layout-faults.ts';

// Issue #15 §3, the translator kit through the browser: the pseudo-locale (accented, 40 % longer)
// over every page at 1366×768 with axe and the overflow check, then a PO round trip: export the UI
// strings, translate one in the test with gettext-parser, import the file in Ajustes, and the
// navigation shows the translation. Screenshots land in .cache/e2e/pseudo-*.png.
const session = useBrowserSession();
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

/** A page has settled once no loading state is left and nothing says it is busy. */
async function settled(): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect.poll(() => page.locator('[data-testid$="-loading"], [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

describe('translator kit in Chromium (issue #15 §3)', () => {
  it('shows every page in the pseudo-locale at 1366×768 without clipped text, overflow or serious axe findings', async () => {
    await page.getByTestId('library-empty').waitFor({ timeout: 15_000 });
    // A segment in the library, so its list, filters and editor are measured with content.
    await session.importThroughPicker('speech-es.mp3');
    await page.getByTestId('segment-row').first().waitFor({ timeout: 30_000 });

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('translate-pseudo').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es-x-pseudo');
    // Every word the nav shows is the pseudo text: nothing left untranslated in Spanish.
    expect(await page.getByTestId('nav-library').innerText()).toMatch(/^\[Bïbl/);

    // Every page the nav offers, read from the nav itself so a new page is measured too.
    const navIds = await page.locator('.app-nav [data-testid^="nav-"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.testid ?? ''));
    expect(navIds.length).toBeGreaterThanOrEqual(8);
    const found: Record<string, string[]> = {};
    for (const navId of navIds) {
      const id = navId.replace(/^nav-/, '');
      await page.getByTestId(navId).click();
      await settled();
      if (id === 'library') {
        await page.getByTestId('segment-title').first().click();
        await page.getByTestId('editor-panel').waitFor();
      }
      const faults = [...(await layoutFaults(page)), ...(await session.axeViolations())];
      if (faults.length > 0) found[id] = faults;
      await page.screenshot({ path: path.join(session.shots, `pseudo-${id}.png`), fullPage: true });
    }
    expect(found).toEqual({});

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('translate-pseudo').click();
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toBe('Biblioteca');
  });

  it('round-trips a PO file: export, translate one string, import in Ajustes, and the UI shows it', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('translate-language').fill('yolox');
    await page.locator('[data-testid="language-option"][data-code="xty"]').click();
    await page.getByTestId('translate-name').fill("Tu'un savi");
    await page.getByTestId('translate-export-po').click();
    const dialog = page.getByTestId('file-result-dialog');
    await expect.poll(() => dialog.getByTestId('file-result-file').count(), { timeout: 15_000 }).toBe(1);
    // In browser mode the file reaches the translator as a download, as it would on a station PC.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('file-save-as').click()]);
    expect(download.suggestedFilename()).toMatch(/\.po$/);
    const exported = path.join(session.shots, 'ui-strings-xty.po');
    await download.saveAs(exported);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The translator's work, done here with the same library a translator's tool would use.
    const file = po.parse(fs.readFileSync(exported));
    const entry = file.translations['app.nav.library']?.['Biblioteca'];
    expect(entry?.comments?.extracted).toMatch(/Library/);
    if (!entry) throw new Error('app.nav.library is not in the exported PO');
    entry.msgstr = ['Ñuu tutu'];
    const translated = path.join(session.shots, 'ui-strings-xty-translated.po');
    fs.writeFileSync(translated, po.compile(file));

    await page.getByTestId('translate-import-input').setInputFiles(translated);
    await expect.poll(() => page.getByTestId('translate-imported').innerText(), { timeout: 15_000 }).toMatch(/Tu'un savi/);
    const item = page.locator('[data-testid="translate-language-item"][data-code="xty"]');
    await item.getByTestId('translate-use').click();
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toBe('Ñuu tutu');
    // What the translation leaves out stays Spanish, and the choice survives a restart of the page.
    expect(await page.getByTestId('nav-record').innerText()).toBe('Grabar');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-library').innerText(), { timeout: 15_000 }).toBe('Ñuu tutu');
    expect(await session.axeViolations()).toEqual([]);
    await page.getByTestId('ui-language').selectOption('es-MX');
    await expect.poll(() => page.getByTestId('nav-library').innerText()).toBe('Biblioteca');
  });
});
