import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';

// Issue #11 e2e: a fresh station sees the first-run setup, fills it in by names (not codes), and
// the schedule's zone and the packs' signer follow; Ajustes shows the same station after a reload.
const session = useBrowserSession();
const { api, axeViolations } = session;
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

describe('Station setup in browser mode', () => {
  it('a fresh data folder shows the first-run invitation above the library, and it passes axe', async () => {
    await page.getByTestId('first-run').waitFor();
    await page.getByTestId('library-empty').waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  it('sets the station up from the first-run invitation', async () => {
    await page.getByTestId('first-run-setup').click();
    const form = page.getByTestId('station-form');
    await form.waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    await form.getByTestId('station-name').fill('Radio Ñuu Savi');
    await form.getByTestId('station-call-sign').fill('xhnsv-fm');
    await form.getByTestId('station-state').selectOption({ label: 'Oaxaca' });
    await expect.poll(() => form.getByTestId('station-municipality').isEnabled()).toBe(true);
    await form.getByTestId('station-municipality').selectOption({ label: 'Santiago Juxtlahuaca' });
    await form.getByTestId('station-zone').selectOption('America/Tijuana');
    await form.getByTestId('station-language-select').fill('yolox');
    await form.locator('[data-testid="language-option"][data-code="xty"]').click();
    await form.getByTestId('station-publisher').fill('Radio Ñuu Savi (Juxtlahuaca)');
    await page.screenshot({ path: path.join(session.shots, 'station-first-run.png'), fullPage: true });
    await form.getByTestId('station-save').click();
    await page.getByTestId('station-saved').waitFor();

    const station = await api<Record<string, unknown>>('station.get', {});
    expect(station).toMatchObject({ name: 'Radio Ñuu Savi', callSign: 'XHNSV-FM', stateCode: '20', municipalityCode: '20469', timeZone: 'America/Tijuana', languages: ['spa', 'xty'] });
  });

  it('the schedule runs on the chosen zone and packs are signed with the chosen name', async () => {
    expect((await api<{ timeZone: string }>('schedule.week', { from: '2026-03-09' })).timeZone).toBe('America/Tijuana');
    expect((await api<{ publisherName: string }>('packs.keyInfo', {})).publisherName).toBe('Radio Ñuu Savi (Juxtlahuaca)');
  });

  it('after a reload there is no first run, and Ajustes shows the station by names', async () => {
    await page.reload();
    await page.getByTestId('library-empty').waitFor();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('station-form').waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    expect(await page.getByTestId('station-name').inputValue()).toBe('Radio Ñuu Savi');
    await expect.poll(() => page.getByTestId('station-municipality').inputValue()).toBe('20469');
    expect(await page.locator('[data-testid="station-municipality"] option:checked').innerText()).toBe('Santiago Juxtlahuaca');
    expect(await page.locator('[data-testid="station-zone"] option:checked').innerText()).toBe('Tijuana (zona noroeste, UTC−8, con horario de verano)');
    expect(await page.getByTestId('station-language').allInnerTexts()).toEqual(['Español', 'Mixteco de Yoloxóchitl']);
    expect(await axeViolations()).toEqual([]);
  });
});
