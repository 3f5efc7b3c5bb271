import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPack } from '../../electron/core/packs/pack-reader.ts';
import { useBrowserSession } from './support/browser-session.ts';
import { layoutFaults } from './support/layout-faults.ts';

// Issue #14 §1 across rooms in Chromium: a segment imported in Biblioteca gets a Spanish master
// script and a Mixteco task in Producción; the task is translated orally (a voice note attached as
// its recording, with a spoken back-translation), "Grabar en …" opens Grabar on that segment and
// language with the oral translation playable in the prompter, the fake microphone records the
// take, and the board shows the Mixteco cell recorded; the review, with the back-translation beside
// the take, approves it and Paquetes builds a pack that carries the script, the task, its recordings
// and the take. Then the script changes and the Mixteco cell says it is outdated.
const session = useBrowserSession({
  chromiumArgs: (fixtures) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${path.join(fixtures, 'speech-es-16.wav')}`],
});
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

async function pickLanguage(testId: string, typed: string, code: string): Promise<void> {
  await page.getByTestId(testId).fill(typed);
  await page.locator(`[data-testid="language-option"][data-code="${code}"]`).click();
}

const cell = (code: string) => page.locator(`[data-testid="production-cell"][data-code="${code}"]`).first();

describe('Producción in Chromium (issue #14 §1)', () => {
  it('script → Mixteco task → oral translation recording → take from Grabar → approved → in a pack; a script change outdates it', async () => {
    await page.getByTestId('library-empty').waitFor({ timeout: 15_000 });
    await session.importThroughPicker('speech-es.mp3');
    await page.getByTestId('segment-row').first().waitFor({ timeout: 30_000 });

    await page.getByTestId('nav-production').click();
    await page.getByTestId('production-row-title').first().click();
    await page.getByTestId('production-panel').waitFor();
    await pickLanguage('production-script-language', 'espa', 'spa');
    await page.getByTestId('production-script-text').fill('Pide tu contrato por escrito antes de migrar.');
    await page.getByTestId('production-script-save').click();
    await page.getByTestId('production-script-saved').waitFor({ timeout: 15_000 });

    await pickLanguage('production-add-language', 'yolox', 'xty');
    await page.getByTestId('production-add-language-button').click();
    await page.locator('[data-testid="production-task-item"][data-code="xty"]').click();
    const editor = page.getByTestId('production-task-editor');
    await editor.waitFor();
    await editor.getByTestId('production-task-mode-oral').check();
    await editor.getByTestId('production-task-assignee').fill('Doña Rosa');
    await editor.getByTestId('production-task-save').click();
    await editor.getByTestId('production-task-saved').waitFor({ timeout: 15_000 });
    // The oral translation is a voice note; the back-translation is spoken too.
    await editor.getByTestId('production-recording-oral-input').setInputFiles(path.join(session.fixtures, 'speech-es.ogg'));
    await editor.getByTestId('production-recording-oral-audio').waitFor({ timeout: 30_000 });
    await editor.getByTestId('production-recording-back_translation-input').setInputFiles(path.join(session.fixtures, 'tone-1k.wav'));
    await editor.getByTestId('production-recording-back_translation-audio').waitFor({ timeout: 30_000 });
    await editor.getByTestId('production-recording-oral').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(session.shots, 'production-recordings-es.png') });
    await editor.getByTestId('production-move-forward').click();
    await expect.poll(() => cell('xty').getAttribute('data-status'), { timeout: 15_000 }).toBe('translated');
    await page.screenshot({ path: path.join(session.shots, 'production-board-es.png') });
    expect(await session.axeViolations()).toEqual([]);
    expect(await layoutFaults(page)).toEqual([]);

    await editor.getByTestId('production-record').click();
    await page.locator('[data-testid="record-page"][data-phase="ready"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('target-language').inputValue()).toBe('xty');
    // The prompter: an oral translation has no text, so the speaker listens to its recording.
    await page.getByTestId('prompter-oral-audio').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('prompter-source').innerText()).toBe('Traducción oral en Mixteco de Yoloxóchitl');
    // The recording plays: the media answers with its audio.
    const oralSrc = (await page.getByTestId('prompter-oral-audio').getAttribute('src')) ?? '';
    expect(await page.evaluate(async (src) => (await fetch(src, { headers: { Range: 'bytes=0-15' } })).status, oralSrc)).toBe(206);
    expect(await session.axeViolations()).toEqual([]);
    await page.getByTestId('record-start').click();
    await page.locator('[data-testid="record-page"][data-phase="recording"]').waitFor();
    await expect.poll(() => page.getByTestId('record-timer').getAttribute('data-captured-sec').then(Number), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    await page.getByTestId('record-stop').click();
    await expect.poll(() => page.getByTestId('take-row').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('finished');

    await page.getByTestId('nav-production').click();
    await expect.poll(() => cell('xty').getAttribute('data-status'), { timeout: 15_000 }).toBe('recorded');
    const segmentId = (await page.getByTestId('production-row').first().getAttribute('data-segment')) ?? '';
    const { tasks } = await session.api<{ tasks: { languageCode: string; versionId: string | null }[] }>('production.script.get', { segmentId });
    expect(tasks.find((t) => t.languageCode === 'xty')?.versionId).toBeTruthy();

    // Review: the take listened to beside the spoken back-translation, and approved one step at a time.
    await page.getByTestId('production-row-title').first().click();
    await page.locator('[data-testid="production-task-item"][data-code="xty"]').click();
    await page.getByTestId('production-review').getByTestId('production-review-back-audio').waitFor();
    await page.getByTestId('production-review').getByTestId('production-play-take').waitFor();
    for (const to of ['reviewed', 'approved']) {
      await page.locator(`[data-testid="production-move-forward"][data-to="${to}"]`).click();
      await expect.poll(() => cell('xty').getAttribute('data-status'), { timeout: 15_000 }).toBe(to);
    }

    // Paquetes: the pack carries the master script, the approved Mixteco task and its take.
    await page.getByTestId('nav-packs').click();
    await page.getByTestId('pack-segment').first().check();
    await expect.poll(() => page.getByTestId('pack-estimate').innerText()).toMatch(/\d/);
    await page.getByTestId('pack-title').fill('Contrato por escrito');
    await page.getByTestId('pack-build').click();
    const built = page.getByTestId('pack-built');
    await built.waitFor({ timeout: 60_000 });
    const packPath = /(\/\S+\.cabina)/.exec(await built.innerText())?.[1] ?? '';
    const { manifest } = await readPack(packPath);
    const travelled = manifest.segments[0];
    expect(travelled?.production?.script?.text).toBe('Pide tu contrato por escrito antes de migrar.');
    const xty = travelled?.production?.tasks.find((t) => t.languageCode === 'xty');
    expect(xty).toMatchObject({ status: 'approved', mode: 'oral' });
    expect(xty?.oralRecording?.path).toMatch(/^audio\//);
    expect(xty?.backTranslationRecording?.path).toMatch(/^audio\//);
    expect(travelled?.versions.map((v) => v.languageCode)).toContain('xty');
    await page.getByTestId('file-result-close').click();
    await page.getByTestId('nav-production').click();

    // The master script changes: the Mixteco take no longer says what the script says.
    await page.getByTestId('production-row-title').first().click();
    await page.getByTestId('production-script-text').fill('Pide siempre tu contrato por escrito antes de migrar.');
    await page.getByTestId('production-script-save').click();
    await expect.poll(() => page.getByTestId('production-script-saved').innerText(), { timeout: 15_000 }).toMatch(/desactualizada/);
    await expect.poll(() => cell('xty').locator('[data-testid="production-chip"]').innerText()).toMatch(/Desactualizado/);
    expect(await session.axeViolations()).toEqual([]);
  });
});
