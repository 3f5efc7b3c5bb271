import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../scripts/fixtures/make-fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { repoRoot, startServerProcess, type RunningServer } from './support/web-server-process.ts';

// Issue #15 "¿Qué es esto?": a producer records a spoken prompt in Grabar with Chromium's fake
// microphone (espeak-ng speech), attaches it to "Importar audios", and plays it from the speaker
// button beside that action and with F1 on it; in Ajustes the prompt is listed, and deleting it
// takes the speaker away.
let browser: Awaited<ReturnType<typeof launchChromium>>;
let server: RunningServer;

async function api<T>(method: string, input: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; value: T };
  return body.value;
}

/** Seconds the spoken help element has played: it only moves while a prompt really plays. */
function helpPlayedSec(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector<HTMLAudioElement>('[data-testid="spoken-help-audio"]')?.currentTime ?? 0);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

beforeAll(async () => {
  const fixtures = await makeFixtures();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) throw new Error('dist/renderer is missing: build the renderer first');
  const source = path.join(fixtures, 'speech-es-16.wav');
  browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${source}`, '--autoplay-policy=no-user-gesture-required']);
  server = await startServerProcess();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

describe('spoken help in Chromium (issue #15)', () => {
  it('records a prompt for "Importar audios" in Mixteco, plays it from the speaker and with F1, lists it in Ajustes, deletes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('nav-record').click();
    await page.locator('[data-testid="record-page"][data-phase="ready"]').waitFor({ timeout: 15_000 });
    // No prompt yet: no dead speaker beside the action.
    expect(await page.getByTestId('spoken-help-record.start').count()).toBe(0);

    await page.getByTestId('help-prompt-enable').check();
    await page.getByTestId('help-prompt-target').selectOption('library.import');
    await page.getByTestId('help-prompt-language').selectOption('xty');
    await page.getByTestId('record-start').click();
    await page.locator('[data-testid="record-page"][data-phase="recording"]').waitFor();
    // Waits on what the page captured, not on the clock.
    await expect.poll(() => page.getByTestId('record-timer').getAttribute('data-captured-sec').then(Number), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await page.getByTestId('record-stop').click();
    await expect.poll(() => page.getByTestId('record-notice').innerText(), { timeout: 30_000 }).toBe('Ayuda hablada guardada para «Importar audios».');

    const { prompts } = await api<{ prompts: { target: string; languageCode: string; durationSec: number }[] }>('help.prompts', {});
    expect(prompts).toEqual([expect.objectContaining({ target: 'library.import', languageCode: 'xty' })]);
    expect(prompts[0]?.durationSec).toBeGreaterThanOrEqual(1.5);
    // The take became the prompt, not a segment: the Library stays empty.
    expect((await api<{ total: number }>('library.search', {})).total).toBe(0);

    await page.getByTestId('nav-library').click();
    const speaker = page.getByTestId('spoken-help-library.import');
    await speaker.waitFor({ timeout: 15_000 });
    expect(await speaker.getAttribute('aria-label')).toBe('Escuchar qué es: Importar audios (Mixteco de Yoloxóchitl)');
    await speaker.click();
    await expect.poll(() => helpPlayedSec(page), { timeout: 15_000 }).toBeGreaterThan(0.2);
    await page.screenshot({ path: path.join(repoRoot, '.cache', 'e2e', 'spoken-help-library.png') });
    expect(await axeViolations(page)).toEqual([]);
    await speaker.click();
    await expect.poll(() => speaker.getAttribute('aria-pressed')).toBe('false');

    // F1 on the focused "Importar audios" button plays the same prompt from the start.
    await page.evaluate(() => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="spoken-help-audio"]');
      if (audio) audio.currentTime = 0;
    });
    await page.getByTestId('import-button').first().focus();
    await page.keyboard.press('F1');
    await expect.poll(() => speaker.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => helpPlayedSec(page), { timeout: 15_000 }).toBeGreaterThan(0.2);

    await page.getByTestId('nav-settings').click();
    const item = page.getByTestId('spoken-help-item');
    await item.waitFor({ timeout: 15_000 });
    expect(await item.innerText()).toContain('Importar audios · Mixteco de Yoloxóchitl');
    expect(await axeViolations(page)).toEqual([]);
    await item.getByTestId('spoken-help-item-delete').click();
    await page.getByTestId('spoken-help-confirm-confirm').click();
    await page.getByTestId('spoken-help-empty').waitFor({ timeout: 15_000 });
    await page.getByTestId('nav-library').click();
    await page.getByTestId('import-button').first().waitFor();
    expect(await page.getByTestId('spoken-help-library.import').count()).toBe(0);
    await page.close();
  });
});
