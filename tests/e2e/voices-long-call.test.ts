import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLongCall, type LongCall } from '../../scripts/fixtures/long-call.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { layoutFaults } from './support/layout-faults.ts';

// Issue #14 §2 in Chromium: a call-in longer than the old 15-minute limit (25 minutes, made by
// ffmpeg at test time) is imported, its waveform drawn from the core's stored peaks, and a name is
// marked to bleep by dragging across the waveform — no typing of seconds.
const session = useBrowserSession();
let page: Page;
let media = '';
let longCall: LongCall;
beforeAll(async () => {
  ({ page } = session);
  media = mkdtempSync(path.join(tmpdir(), 'cabina-e2e-long-call-'));
  longCall = await makeLongCall(media);
});
afterAll(() => {
  if (media) rmSync(media, { recursive: true, force: true });
});

const secondsIn = async (testId: string) => Number(await page.getByTestId(testId).inputValue());

describe('Voces: an hour-long call in Chromium (issue #14 §2)', () => {
  it('imports a 25-minute call, draws its waveform, and marks a bleep by dragging on it', async () => {
    await page.getByTestId('nav-voices').click();
    await page.getByTestId('voices-empty').waitFor({ timeout: 15_000 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('voices-import-button').click();
    await (await chooser).setFiles(longCall.file);
    const panel = page.getByTestId('voices-panel');
    await panel.getByTestId('voices-form').waitFor({ timeout: 45_000 });

    // Drawn from stored peaks (made during the import), not "mark spans by typing".
    const waveform = panel.getByTestId('voices-waveform');
    await expect.poll(() => waveform.getAttribute('data-ready'), { timeout: 20_000 }).toBe('true');
    expect(await panel.getByTestId('voices-waveform-skipped').count()).toBe(0);
    expect(await panel.getByTestId('voices-waveform-error').count()).toBe(0);

    // Drag from 40 % to 42 % of the width: about 10:00 to 10:30 of the call.
    await waveform.scrollIntoViewIfNeeded();
    const box = await waveform.boundingBox();
    if (!box) throw new Error('the waveform has no box');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.41, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.42, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => secondsIn('voices-span-end'), { timeout: 10_000 }).toBeGreaterThan(0);
    // For a person to look at: the loud stretch at 10:00–10:30 stands out, the selection on it.
    await waveform.screenshot({ path: path.join(session.shots, 'voices-long-call-waveform.png') });
    const start = await secondsIn('voices-span-start');
    const end = await secondsIn('voices-span-end');
    // A pixel is a couple of seconds of a 25-minute call; the drag lands within a few of them.
    expect(start).toBeGreaterThan(longCall.durationSec * 0.4 - 15);
    expect(start).toBeLessThan(longCall.durationSec * 0.4 + 15);
    expect(end - start).toBeGreaterThan(longCall.durationSec * 0.01);

    await panel.getByTestId('voices-span-note').fill('nombre');
    await panel.getByTestId('voices-mark-bleep').click();
    expect(await panel.getByTestId('voices-span').allInnerTexts()).toEqual([expect.stringMatching(/^Pitido de (9:5\d|10:\d\d)\.\d a 1\d:\d\d\.\d · nombre/)]);
    await panel.getByTestId('voices-spans-save').click();
    await panel.getByTestId('voices-spans-saved').waitFor({ timeout: 15_000 });
    const listed = await session.api<{ rows: { redactions: number; durationSec: number }[] }>('voices.list', {});
    expect(listed.rows).toEqual([expect.objectContaining({ redactions: 1, durationSec: expect.closeTo(longCall.durationSec, 0) as unknown })]);

    // Zoomed in, the call is many panels wide (a name can be marked on the waveform itself), drawn
    // from a finer level of the stored peaks.
    const wideness = () =>
      waveform.evaluate((el) => {
        const scroll = el.firstElementChild?.shadowRoot?.querySelector('.scroll');
        return scroll ? scroll.scrollWidth / Math.max(1, scroll.clientWidth) : 0;
      });
    expect(await wideness()).toBeLessThan(1.1);
    for (let step = 0; step < 4; step += 1) await panel.getByTestId('voices-zoom-in').click();
    await expect.poll(wideness, { timeout: 10_000 }).toBeGreaterThan(20);
    await waveform.screenshot({ path: path.join(session.shots, 'voices-long-call-zoomed.png') });

    await page.screenshot({ path: path.join(session.shots, 'voices-long-call.png') });
    expect(await session.axeViolations()).toEqual([]);
    expect(await layoutFaults(page)).toEqual([]);
  });
});
