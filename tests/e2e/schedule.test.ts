import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantToWall, weekdayIndex } from '../../shared/time/zoned-time.ts';
import { useBrowserSession } from './support/browser-session.ts';
import type { RunningServer } from './support/web-server-process.ts';

// La parrilla's real path (issue #5 "e2e"): import a recording, create a program by dragging on the
// grid, put the segment in its rundown, run a campaign, export a ZaraRadio list, mark it aired.
const session = useBrowserSession();
const { api, axeViolations } = session;
let page: Page;
let server: RunningServer;
const shots = session.shots;
const PROGRAM = 'Voces de la Mixteca';
const SEGMENT = 'Conoce tus derechos';
const ZONE = 'America/Mexico_City';
beforeAll(() => {
  ({ page, server } = session);
});

describe('Programación and Al aire in browser mode', () => {
  it('imports a recording through the library and tags it Spanish (HTTP API)', async () => {
    await page.getByTestId('library-empty').waitFor();
    await session.importThroughPicker('speech-es.mp3');
    await page.getByTestId('segment-row').first().waitFor({ timeout: 30_000 });
    const found = await api<{ items: { id: string }[] }>('library.search', { query: '' });
    const segment = await api<{ id: string; versions: { id: string }[] }>('segments.get', { id: found.items[0]?.id });
    await api('segments.update', { id: segment.id, patch: { title: SEGMENT } });
    await api('versions.update', { id: segment.versions[0]?.id, patch: { languageCode: 'spa' } });
  });

  it('creates a program by dragging on today’s column of the week grid', async () => {
    await page.getByTestId('nav-schedule').click();
    await page.getByTestId('week-grid').waitFor();
    const day = weekdayIndex(instantToWall('America/Mexico_City', Date.now()).date);
    const from = await page.locator(`[data-cell="${day}-9"]`).boundingBox();
    const to = await page.locator(`[data-cell="${day}-10"]`).boundingBox();
    if (!from || !to) throw new Error('grid cells not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 5 });
    await page.mouse.up();
    await page.getByTestId('program-editor').waitFor();
    expect(await page.getByTestId('program-start').inputValue()).toBe('09:00');
    expect(await page.getByTestId('program-duration').inputValue()).toBe('60');
    await page.getByTestId('program-title').fill(PROGRAM);
    await page.getByTestId('program-save').click();
    await page.locator('[data-testid="program-block"]', { hasText: PROGRAM }).first().waitFor();
  });

  it('moves today’s airing only from its grip, and Deshacer puts it back', async () => {
    const day = weekdayIndex(instantToWall('America/Mexico_City', Date.now()).date);
    // Measured again each time: opening the side panel narrows the grid.
    const todays = async () => {
      const cell = await page.locator(`[data-cell="${day}-9"]`).boundingBox();
      const blocks = page.locator('[data-testid="program-block"]', { hasText: PROGRAM });
      for (let i = 0; i < (await blocks.count()); i += 1) {
        const box = await blocks.nth(i).boundingBox();
        if (cell && box && Math.abs(box.x - cell.x) < cell.width / 2) return { box, hour: cell.height, offset: Math.round(box.y - cell.y) };
      }
      throw new Error('no airing in today’s column');
    };
    const dragDown = async (from: 'body' | 'grip') => {
      const { box, hour } = await todays();
      const x = from === 'grip' ? box.x + 4 : box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + 2 * hour, { steps: 5 });
      await page.mouse.up();
    };
    // Offsets from the 09:00 cell: the side panel opening moves the whole grid, not the airing.
    expect((await todays()).offset).toBe(0);
    await dragDown('body');
    await page.getByTestId('rundown-editor').waitFor();
    expect((await todays()).offset).toBe(0);
    await dragDown('grip');
    await expect.poll(async () => (await todays()).offset).toBeGreaterThan(50);
    await page.getByTestId('grid-undo').click();
    await expect.poll(async () => (await todays()).offset).toBe(0);
    await page.getByTestId('schedule-toast').filter({ hasText: 'Se deshizo' }).waitFor();
  });

  it('adds the segment and a spot break to the rundown of today’s airing', async () => {
    const day = weekdayIndex(instantToWall('America/Mexico_City', Date.now()).date);
    await page.locator('[data-testid="program-block"]', { hasText: PROGRAM }).first().waitFor();
    const blocks = page.getByTestId('program-block');
    const count = await blocks.count();
    // Today's block: the one whose column is today's (one airing per weekday, same time).
    let opened = false;
    for (let i = 0; i < count && !opened; i += 1) {
      const box = await blocks.nth(i).boundingBox();
      const cell = await page.locator(`[data-cell="${day}-9"]`).boundingBox();
      if (box && cell && Math.abs(box.x - cell.x) < cell.width / 2) {
        await blocks.nth(i).click();
        opened = true;
      }
    }
    expect(opened).toBe(true);
    await page.getByTestId('rundown-editor').waitFor();
    await page.locator('[data-testid="library-panel-row"]', { hasText: SEGMENT }).getByTestId('library-panel-add').click();
    await expect.poll(() => page.getByTestId('rundown-item').count()).toBe(1);
    await page.getByTestId('rundown-add-break').click();
    await expect.poll(() => page.getByTestId('rundown-item').count()).toBe(2);
    expect(await page.getByTestId('rundown-item').first().innerText()).toMatch(/09:00:00[\s\S]*Conoce tus derechos/);
    expect(await axeViolations()).toEqual([]);
  });

  it('runs a campaign: one play placed in the break, the unmet quota explained', async () => {
    await page.getByTestId('open-campaigns').click();
    await page.getByTestId('campaign-name').fill('Migración segura');
    await page.locator('[data-testid="campaigns-panel"] [data-testid="library-panel-row"]', { hasText: SEGMENT }).getByTestId('library-panel-add').click();
    await page.getByTestId('campaign-plays').fill('2');
    // The rundown already plays this segment at 09:00; no separation lets the campaign use the 09:00 break.
    await page.getByLabel('Separación mínima (minutos)').fill('0');
    await page.getByTestId('campaign-save').click();
    await page.getByText('Campaña guardada.').waitFor();
    await page.getByTestId('campaign-fill').click();
    await expect.poll(() => page.getByTestId('fill-result').innerText()).toMatch(/Se colocó 1 reproducción/);
    expect(await page.getByTestId('fill-unmet').innerText()).toMatch(/Migración segura, .*: 1 de 2: no hay cortes en las franjas/);
    expect(await axeViolations()).toEqual([]);
  });

  it('exports a ZaraRadio list for the week that parses: count line, then ms TAB Windows path', async () => {
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-format').selectOption('zara');
    await page.getByTestId('export-run').click();
    const file = (await page.getByTestId('export-files').locator('code').first().innerText({ timeout: 15_000 })).trim();
    expect(file.startsWith(path.join(server.dataDir, 'exports'))).toBe(true);
    const lines = fs.readFileSync(file, 'latin1').split('\r\n');
    expect(lines.pop()).toBe('');
    expect(Number(lines[0])).toBe(lines.length - 1);
    expect(lines.length - 1).toBe(2); // the segment and the campaign's spot; the break itself is not a file
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d+\tC:\\Cabina\\audio\\[\x20-\x7e]+\.mp3$/);
    // The export's files opened in the save / copy-to-USB dialog; it closes with Escape.
    const offered = page.getByTestId('file-result-dialog');
    await expect.poll(() => offered.getByTestId('file-result-file').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => offered.isVisible()).toBe(false);
    await page.screenshot({ path: path.join(shots, 'schedule-es.png') });
  });

  it('shows the station clock, now/next by the station time, and every rundown item with the break and its spot', async () => {
    await page.getByTestId('nav-onair').click();
    const panel = page.getByTestId('onair-now');
    await panel.waitFor();
    // The big clock is the station's wall clock (Mexico City), whatever the browser's zone.
    const stationSeconds = () => {
      const w = instantToWall(ZONE, Date.now());
      return w.minutes * 60 + w.seconds;
    };
    const shownSeconds = async () => {
      const [h = 0, m = 0, sec = 0] = (await panel.getByTestId('onair-clock').innerText()).split(':').map(Number);
      return h * 3600 + m * 60 + sec;
    };
    await expect.poll(async () => Math.abs((await shownSeconds()) - stationSeconds()) <= 2).toBe(true);
    // The program runs 09:00–10:00 station time: before it, it is "Sigue"; during it, "Ahora".
    const expected = () => {
      const minutes = instantToWall(ZONE, Date.now()).minutes;
      return minutes < 9 * 60 ? 'next' : minutes < 10 * 60 ? 'now' : 'over';
    };
    const shown = async () => {
      if ((await panel.getByTestId('onair-now-program').count()) > 0 && (await panel.getByTestId('onair-now-program').innerText()) === PROGRAM) return 'now';
      if ((await panel.getByTestId('onair-next-program').count()) > 0 && (await panel.getByTestId('onair-next-program').innerText()) === PROGRAM) return 'next';
      return 'over';
    };
    await expect.poll(async () => (await shown()) === expected()).toBe(true);
    const kinds = await page.getByTestId('onair-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
    expect(kinds).toEqual(['segment', 'spot_break', 'spot']);
    const times = await page.getByTestId('onair-time').allInnerTexts();
    expect(times[0]).toBe('09:00:00');
    expect(await page.locator('[data-testid="onair-item"][data-kind="spot"]').innerText()).toMatch(new RegExp(`${SEGMENT}[\\s\\S]*Campaña`));
    expect(await page.locator('[data-testid="onair-item"][data-kind="spot_break"]').innerText()).toMatch(/Corte · 1 spot · 2 min/);
  });

  it('marks the segment aired on the on-air page, and it is in the as-run log', async () => {
    const row = page.locator('[data-testid="onair-item"][data-kind="segment"]', { hasText: SEGMENT }).first();
    await row.getByTestId('mark-aired').click();
    await expect.poll(() => row.getByTestId('onair-status').innerText()).toBe('Transmitido');
    await expect.poll(() => page.getByTestId('onair-asrun-entry').first().innerText()).toMatch(new RegExp(`${SEGMENT}[\\s\\S]*Transmitido`));
    const today = instantToWall(ZONE, Date.now()).date;
    const log = await api<{ title: string; status: string }[]>('asrun.list', { from: today, to: today });
    expect(log).toContainEqual(expect.objectContaining({ title: SEGMENT, status: 'aired' }));
    expect(await axeViolations()).toEqual([]);
    // 1366×768 (the session's viewport): the desk's cards and rows must fit the width.
    const overflow = await page.evaluate(() => [...document.querySelectorAll('.onair, .now-next, .onair-item')].filter((el) => el.scrollWidth > el.clientWidth + 1).length);
    expect(overflow).toBe(0);
    await page.screenshot({ path: path.join(shots, 'onair-es.png') });
  });
});
