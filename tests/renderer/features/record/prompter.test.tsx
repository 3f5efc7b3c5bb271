import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../../renderer/src/api/api-context.tsx';
import { Prompter, prompterRecording, prompterText } from '../../../../renderer/src/features/record/prompter.tsx';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeRecording, makeTask, SEG_A } from '../production/production-fakes.ts';

// Issue #14 §1: Grabar's prompter shows the take's language's written translation, else the master
// script (and says which), reloads when Producción changes, and scrolls from a pedal's keys.
const script = (over: Partial<MethodOutput<'production.script.get'>> = {}): MethodOutput<'production.script.get'> => ({
  segmentId: SEG_A,
  title: 'Vacunas',
  revisions: [{ revision: 2, languageCode: 'spa', text: 'Vacúnate en el centro de salud.', author: '', createdAt: '2026-12-01T00:00:00Z' }],
  tasks: [makeTask({ segmentId: SEG_A, languageCode: 'xty', translation: 'Texto en tu lengua', status: 'translated', basedOnRevision: 2 }), makeTask({ segmentId: SEG_A, languageCode: 'nhe', mode: 'oral' })],
  ...over,
});
const names: Record<string, string> = { spa: 'Español', xty: 'Mixteco de Yoloxóchitl', nhe: 'Náhuatl' };

function setup(languageCode: string | null, load: () => Promise<MethodOutput<'production.script.get'>>) {
  const api = new FakeApiClient();
  api.override('production.script.get', load);
  const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
  render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <Prompter segmentId={SEG_A} languageCode={languageCode} languageName={(c) => names[c ?? ''] ?? String(c)} />
        <textarea data-testid="elsewhere" />
      </ApiProvider>
    </I18nextProvider>,
  );
  return api;
}

describe('Grabar prompter (issue #14)', () => {
  it('chooses the written translation of the take language, else the master script', () => {
    expect(prompterText(script(), 'xty')).toEqual({ text: 'Texto en tu lengua', languageCode: 'xty', isMaster: false });
    // An oral translation has no text: the speaker reads from the master script.
    expect(prompterText(script(), 'nhe')).toEqual({ text: 'Vacúnate en el centro de salud.', languageCode: 'spa', isMaster: true });
    expect(prompterText(script(), 'spa')).toMatchObject({ languageCode: 'spa', isMaster: false });
    expect(prompterText(script({ revisions: [], tasks: [] }), 'spa')).toBeNull();
  });

  it('an oral translation with its recording plays instead of text; without one the master script is read', async () => {
    const oral = makeTask({ segmentId: SEG_A, languageCode: 'nhe', mode: 'oral', oralRecording: makeRecording('nahuatl.ogg', 'd'.repeat(64)) });
    const api = setup('nhe', async () => script({ tasks: [oral] }));
    const audio = await screen.findByTestId<HTMLAudioElement>('prompter-oral-audio');
    expect(audio.src).toBe(api.mediaUrl('d'.repeat(64)));
    expect(audio.controls).toBe(true);
    expect(audio.getAttribute('aria-label')).toBe('Escuchar la traducción oral en Náhuatl');
    expect(screen.getByTestId('prompter-source').textContent).toBe('Traducción oral en Náhuatl');
    expect(screen.queryByTestId('prompter-text')).toBeNull();
    expect(prompterRecording(script({ tasks: [oral] }), 'nhe')?.assetId).toBe('d'.repeat(64));
    expect(prompterRecording(script(), 'nhe')).toBeNull();
    expect(prompterRecording(script({ tasks: [oral] }), 'xty')).toBeNull();
  });

  it('shows loading, then the text in large type with its source; reloads on production.changed', async () => {
    let text = 'Texto en tu lengua';
    const api = setup('xty', async () => script({ tasks: [makeTask({ segmentId: SEG_A, languageCode: 'xty', translation: text })] }));
    expect(screen.getByTestId('prompter-loading').textContent).toBe('Cargando el guion…');
    expect((await screen.findByTestId('prompter-text')).textContent).toBe('Texto en tu lengua');
    expect(screen.getByTestId('prompter-text').getAttribute('lang')).toBe('xty');
    expect(screen.getByTestId('prompter-source').textContent).toBe('Traducción escrita en Mixteco de Yoloxóchitl');
    text = 'Texto corregido';
    api.emit('production.changed', { segmentIds: [SEG_A] });
    await waitFor(() => expect(screen.getByTestId('prompter-text').textContent).toBe('Texto corregido'));
  });

  it('a pedal key scrolls the text even with the focus elsewhere, but not while typing in a field', async () => {
    setup('nhe', async () => script());
    const box = await screen.findByTestId('prompter-text');
    expect(screen.getByTestId('prompter-source').textContent).toBe('Guion maestro en Español');
    // BCP 47 wants the shortest code: Spanish text is lang="es", not "spa" (axe valid-lang).
    expect(box.getAttribute('lang')).toBe('es');
    const down = fireEvent.keyDown(document.body, { key: 'PageDown' });
    // Handled (and the page itself not scrolled): the prompter took it.
    expect(down).toBe(false);
    expect(box.scrollTop).toBeGreaterThan(0);
    expect(fireEvent.keyDown(screen.getByTestId('elsewhere'), { key: 'PageDown' })).toBe(true);
  });

  it('says when there is no script, and shows a translated error with a retry', async () => {
    let calls = 0;
    setup('spa', async () => {
      calls += 1;
      if (calls === 1) throw new ApiError('internal', 'boom');
      return script({ revisions: [], tasks: [] });
    });
    const error = await screen.findByTestId('prompter-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('No se pudo cargar el guion.');
    fireEvent.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect((await screen.findByTestId('prompter-empty')).textContent).toContain('Producción');
  });
});
