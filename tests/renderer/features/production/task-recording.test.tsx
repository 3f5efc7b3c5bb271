import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { LanguageTask } from '../../../../shared/domain/production.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeRecording, makeTask, productionApi, SEG_A } from './production-fakes.ts';

// Issue #14 §1 in the task editor: an oral translation is a recording the translator attaches
// (pick a file, listen, replace, remove); a back-translation may be spoken too, and the review
// plays it next to the take.
const TAKE = '00000000-0000-4000-8000-0000000000ff';
const REVISIONS = new Map([[SEG_A, [{ revision: 1, languageCode: 'spa', text: 'Vacúnate gratis.', author: '', createdAt: '2026-03-01T10:00:00.000Z' }]]]);

async function openTask(task: LanguageTask, lng: 'es-MX' | 'en' = 'es-MX') {
  const fake = productionApi({ segments: [{ id: SEG_A, title: 'Vacunas' }], revisions: REVISIONS, tasks: [task] });
  renderApp(fake.api, lng);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-production'));
  await screen.findAllByTestId('production-row');
  const cell = document.querySelector(`[data-testid="production-cell"][data-code="${task.languageCode}"] button`);
  if (!cell) throw new Error(`no cell ${task.languageCode}`);
  await user.click(cell);
  return { ...fake, user, editor: await screen.findByTestId('production-task-editor') };
}

const audioFile = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'audio/ogg' });

describe('Producción: task recordings (issue #14 §1)', () => {
  it('an oral task: empty, then a picked file is attached with progress, plays, and lets the task be translated', async () => {
    const oral = makeTask({ segmentId: SEG_A, languageCode: 'zai', mode: 'oral' });
    const { user, editor, api: fake } = await openTask(oral);
    const section = within(editor).getByTestId('production-recording-oral');
    expect(within(section).getByRole('heading', { level: 4 }).textContent).toBe('Traducción oral (grabación)');
    expect(within(section).getByTestId('production-recording-oral-empty').textContent).toMatch(/^Todavía no hay grabación de la traducción oral/);

    // Without its recording the core refuses the move, and the sentence says what to do.
    await user.click(within(editor).getByTestId('production-move-forward'));
    expect((await within(editor).findByTestId('production-move-error')).textContent).toContain('La traducción oral todavía no tiene grabación.');

    // The import is held open: the section says it is working and offers a cancel.
    let finish: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const original = fake.overrides['production.recording.import'];
    fake.override('production.recording.import', async (input: MethodInput<'production.recording.import'>) => {
      await held;
      return original ? original(input) : Promise.reject(new Error('no fake'));
    });
    await user.upload(within(section).getByTestId('production-recording-oral-input'), audioFile('zapoteco.ogg'));
    const busy = await within(section).findByTestId('production-recording-oral-busy');
    expect(busy.textContent).toContain('Adjuntando la grabación…');
    expect(within(busy).getByRole('button', { name: 'Cancelar' })).toBeTruthy();
    finish();

    const audio = await within(section).findByTestId<HTMLAudioElement>('production-recording-oral-audio');
    expect(audio.src).toBe(fake.mediaUrl('c'.repeat(64)));
    expect(audio.controls).toBe(true);
    expect(audio.getAttribute('aria-label')).toBe('Escuchar la traducción oral en Zapoteco del Istmo');
    expect(within(section).getByTestId('production-recording-oral-current').textContent).toContain('zapoteco.ogg');
    expect(fake.callsOf('production.recording.import')).toEqual([
      { taskId: oral.id, role: 'oral', jobId: expect.any(String), source: { kind: 'upload', uploadId: expect.any(String) }, originalName: 'zapoteco.ogg' },
    ]);
    expect(within(section).getByTestId('production-recording-oral-pick').textContent).toBe('Reemplazar por otro archivo');

    await user.click(within(editor).getByTestId('production-move-forward'));
    await waitFor(() => expect(within(editor).getByTestId('production-move-forward').textContent).toBe('Marcar como grabado'));
  });

  it('says why a file was refused, in a sentence', async () => {
    const { user, editor, api: fake } = await openTask(makeTask({ segmentId: SEG_A, languageCode: 'zai', mode: 'oral' }));
    fake.override('production.recording.import', async () => {
      throw new ApiError('production.recording_too_long', 'too long', { name: 'entrevista.mp3', minutes: 30 });
    });
    await user.upload(within(editor).getByTestId('production-recording-oral-input'), audioFile('entrevista.mp3'));
    const error = await within(editor).findByTestId('production-recording-oral-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe('No se pudo adjuntar la grabación. «entrevista.mp3» dura más de 30 minutos: es demasiado larga para una traducción. Revisa que sea el archivo correcto o recórtalo.');
    expect(within(editor).getByTestId('production-recording-oral-empty')).toBeTruthy();
  });

  it('removes a recording only after the question', async () => {
    const task = makeTask({ segmentId: SEG_A, languageCode: 'zai', mode: 'oral', oralRecording: makeRecording('zapoteco.ogg') });
    const { user, editor, api: fake } = await openTask(task);
    await user.click(within(editor).getByTestId('production-recording-oral-remove'));
    const question = screen.getByTestId('production-recording-oral-confirm');
    expect(question.textContent).toContain('¿Quitar la grabación de la traducción oral en Zapoteco del Istmo?');
    await user.click(within(question).getByTestId('production-recording-oral-confirm-keep'));
    expect(fake.callsOf('production.recording.remove')).toEqual([]);
    await user.click(within(editor).getByTestId('production-recording-oral-remove'));
    await user.click(screen.getByTestId('production-recording-oral-confirm-confirm'));
    expect(fake.callsOf('production.recording.remove')).toEqual([{ taskId: task.id, role: 'oral' }]);
    expect(await within(editor).findByTestId('production-recording-oral-empty')).toBeTruthy();
    expect(within(editor).queryByTestId('production-recording-oral-audio')).toBeNull();
  });

  it('a written task has no oral section but may have a spoken back-translation, which the review plays next to the take', async () => {
    const task = makeTask({ segmentId: SEG_A, languageCode: 'zai', status: 'recorded', basedOnRevision: 1, translation: 'Ridxi', versionId: TAKE });
    const { user, editor, api: fake } = await openTask(task);
    expect(within(editor).queryByTestId('production-recording-oral')).toBeNull();
    const review = within(editor).getByTestId('production-review');
    expect(within(review).getByTestId('production-play-take')).toBeTruthy();
    expect(within(review).getByTestId('production-review-no-back').textContent).toMatch(/^No hay retraducción en audio/);

    const back = within(editor).getByTestId('production-recording-back_translation');
    await user.upload(within(back).getByTestId('production-recording-back_translation-input'), audioFile('retraduccion.m4a'));
    const played = await within(editor).findByTestId<HTMLAudioElement>('production-review-back-audio');
    expect(played.src).toBe(fake.mediaUrl('c'.repeat(64)));
    expect(played.getAttribute('aria-label')).toBe('Escuchar la retraducción al español desde Zapoteco del Istmo');
    expect(fake.callsOf('production.recording.import')[0]).toMatchObject({ role: 'back_translation', originalName: 'retraduccion.m4a' });
  });

  it('speaks English', async () => {
    const { editor } = await openTask(makeTask({ segmentId: SEG_A, languageCode: 'zai', mode: 'oral' }), 'en');
    const section = within(editor).getByTestId('production-recording-oral');
    expect(within(section).getByRole('heading', { level: 4 }).textContent).toBe('Oral translation (recording)');
    expect(within(section).getByRole('button', { name: 'Attach an audio file' })).toBeTruthy();
    expect(within(editor).getByTestId('production-recording-back_translation').textContent).toContain('Spoken back-translation (audio)');
  });
});
