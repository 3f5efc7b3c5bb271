import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session.ts';
import { layoutFaults } from './support/layout-faults.ts';

// Issue #14 §2 in Chromium: a WhatsApp-style voice note (espeak-ng speech in Ogg Opus, made by
// scripts/fixtures) becomes a testimony; the producer fills in its places and problems, records the
// caller's consent (anonymised reports + broadcast), bleeps a name, hears it as it will leave,
// exports it for broadcast, and exports the anonymised summary as CSV. Then a call recorded through
// Chromium's fake microphone (espeak-ng speech, looped) becomes a private testimony.
const session = useBrowserSession({
  chromiumArgs: (fixtures) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${path.join(fixtures, 'speech-es-16.wav')}`],
});
let page: Page;
beforeAll(() => {
  ({ page } = session);
});

async function clean(label: string): Promise<void> {
  await page.screenshot({ path: path.join(session.shots, `voices-${label}.png`) });
  expect(await session.axeViolations()).toEqual([]);
  expect(await layoutFaults(page)).toEqual([]);
}

describe('Voces in Chromium (issue #14 §2)', () => {
  it('voice note → testimony → consent → bleep → preview → broadcast export → summary CSV', async () => {
    await page.getByTestId('nav-voices').click();
    await page.getByTestId('voices-empty').waitFor({ timeout: 15_000 });
    await clean('empty');

    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('voices-import-button').click();
    await (await chooser).setFiles(path.join(session.fixtures, 'speech-es.opus'));
    const panel = page.getByTestId('voices-panel');
    await panel.getByTestId('voices-form').waitFor({ timeout: 60_000 });
    await page.getByTestId('voices-row').first().waitFor();
    expect(await page.getByTestId('voices-row').first().getByTestId('voices-consent-badge').innerText()).toBe('Sin consentimiento');

    // The form: where the caller comes from and works, what it is about, a short summary.
    await panel.getByTestId('voices-origin-state').selectOption('20');
    await expect.poll(() => panel.getByTestId('voices-origin-municipality').isEnabled(), { timeout: 15_000 }).toBe(true);
    await panel.getByTestId('voices-origin-municipality').selectOption('20469');
    await panel.getByTestId('voices-work-state').selectOption('25');
    await panel.locator('[data-testid="voices-category"][data-category="salarios-no-pagados"]').check();
    await panel.locator('[data-testid="voices-category"][data-category="vivienda"]').check();
    await panel.getByTestId('voices-summary').fill('No le pagaron tres semanas y cobran por dormir en el albergue.');
    await panel.getByTestId('voices-disguise-lower').check();
    await panel.getByTestId('voices-save').click();
    await panel.getByTestId('voices-saved').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('voices-row').first().innerText()).toContain('Trabaja en Sinaloa');

    // The waveform of the original, drawn by wavesurfer from the media URL.
    await expect.poll(() => panel.getByTestId('voices-waveform').getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
    await clean('form');

    // Consent said on the recording, for anonymised reports and broadcast.
    await panel.getByTestId('voices-consent-given-by').fill('la persona que mandó la nota');
    await panel.getByTestId('voices-consent-use-anonymised').check();
    await panel.getByTestId('voices-consent-use-broadcast').check();
    await panel.getByTestId('voices-consent-method-audio').check();
    await panel.getByTestId('voices-consent-use-playhead').click();
    await panel.getByTestId('voices-consent-add').click();
    await panel.locator('[data-testid="voices-consent-record"][data-in-force="true"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByTestId('voices-row').first().getByTestId('voices-consent-badge').getAttribute('data-uses')).toBe('anonymised broadcast');

    // A bleep over a name, saved, then heard as it will leave (redacted, voice lowered).
    await panel.getByTestId('voices-span-start').fill('0.5');
    await panel.getByTestId('voices-span-end').fill('1.2');
    await panel.getByTestId('voices-span-note').fill('nombre');
    await panel.getByTestId('voices-mark-bleep').click();
    await panel.getByTestId('voices-spans-save').click();
    await panel.getByTestId('voices-spans-saved').waitFor({ timeout: 15_000 });
    await panel.getByTestId('voices-preview-button').click();
    const audio = panel.getByTestId('voices-preview-audio');
    await audio.waitFor({ timeout: 60_000 });
    // The browser can load what the core rendered: it knows its length.
    await expect.poll(() => audio.evaluate((el) => (el as HTMLAudioElement).duration), { timeout: 30_000 }).toBeGreaterThan(1);
    await clean('consent-redaction');

    await panel.getByTestId('voices-export-broadcast').click();
    const dialog = page.getByTestId('file-result-dialog');
    await dialog.getByTestId('file-result-file').first().waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('file-result-file').first().innerText()).toMatch(/\.mp3/);
    expect(await session.axeViolations()).toEqual([]);
    await dialog.getByTestId('file-result-close').click();

    await page.getByTestId('voices-tab-summary').click();
    await page.getByTestId('voices-summary-table').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('voices-summary-counted').innerText()).toBe('1 testimonio contado.');
    const states = await page.getByTestId('voices-summary-state').allInnerTexts();
    expect(states).toEqual(['Sinaloa']);
    expect(await page.getByTestId('voices-summary-grand-total').innerText()).toBe('2');
    await clean('summary');
    await page.getByTestId('voices-summary-export-csv').click();
    await dialog.getByTestId('file-result-file').first().waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('file-result-file').first().innerText()).toMatch(/\.csv/);
    expect(await session.axeViolations()).toEqual([]);
    await dialog.getByTestId('file-result-close').click();
  });

  it('Grabar llamada → record a few seconds → save → back in Voces the call is a testimony with playable audio, never in the library', async () => {
    await page.getByTestId('voices-tab-testimonies').click();
    await page.getByTestId('voices-record-call').click();
    await page.locator('[data-testid="record-page"][data-phase="ready"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('call-in-banner').innerText()).toContain('queda como testimonio privado en Voces');
    expect(await page.getByTestId('target-title').count()).toBe(0);
    await page.getByTestId('call-in-empty').waitFor({ timeout: 15_000 });
    await clean('call-in');

    await page.getByTestId('record-start').click();
    await page.locator('[data-testid="record-page"][data-phase="recording"]').waitFor();
    // Waits on what the page captured, not on the wall clock.
    await expect.poll(() => page.getByTestId('record-timer').getAttribute('data-captured-sec').then(Number), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
    await page.getByTestId('record-stop').click();
    const call = page.getByTestId('call-in-take').first();
    await call.waitFor({ timeout: 20_000 });
    expect(Number(await call.getAttribute('data-duration'))).toBeGreaterThanOrEqual(3);
    await clean('call-in-take');
    await call.getByTestId('call-in-save').click();

    const panel = page.getByTestId('voices-panel');
    await panel.getByTestId('voices-form').waitFor({ timeout: 30_000 });
    const row = page.locator('[data-testid="voices-row"][data-selected="true"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getByTestId('voices-source').innerText()).toBe('Llamada');
    // Playable: wavesurfer drew it from the media URL, and the browser can play it.
    await expect.poll(() => panel.getByTestId('voices-waveform').getAttribute('data-ready'), { timeout: 30_000 }).toBe('true');
    expect(await panel.getByTestId('voices-play').isEnabled()).toBe(true);
    // A new call's testimony has no places yet: its empty municipality selects must not be cut.
    await clean('call-in-saved');

    // Private: no segment was made from it, and no take is left over.
    expect((await session.api<{ items: unknown[] }>('library.search', { query: '' })).items).toEqual([]);
    expect(await session.api<unknown[]>('recording.takes', {})).toEqual([]);
    const testimonies = await session.api<{ rows: { source: string; durationSec: number | null }[] }>('voices.list', {});
    const calls = testimonies.rows.filter((r) => r.source === 'call_in');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.durationSec).toBeGreaterThanOrEqual(3);
  });
});
