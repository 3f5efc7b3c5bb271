import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { allowedMoves } from '../../../../renderer/src/features/production/task-moves.tsx';
import { renderApp } from '../../render-app.tsx';
import { makeTask, productionApi, SEG_A } from './production-fakes.ts';

const fresh = makeTask({ segmentId: SEG_A, languageCode: 'spa' });
const outdatedRecorded = makeTask({ segmentId: SEG_A, languageCode: 'xty', status: 'recorded', basedOnRevision: 1, outdated: true, reviewComment: 'Falta el nombre de la clínica.' });
const TAKE = '00000000-0000-4000-8000-0000000000ff';
const reviewed = makeTask({ segmentId: SEG_A, languageCode: 'zai', status: 'reviewed', basedOnRevision: 2, mode: 'oral', assignee: 'Rosa', versionId: TAKE });

function api() {
  return productionApi({
    segments: [{ id: SEG_A, title: 'Vacunas' }],
    revisions: new Map([
      [
        SEG_A,
        [
          { revision: 1, languageCode: 'spa', text: 'Vacúnate en la clínica.', author: 'Ana', createdAt: '2026-03-01T10:00:00.000Z' },
          { revision: 2, languageCode: 'spa', text: 'Vacúnate gratis en el centro de salud.', author: 'Ana', createdAt: '2026-03-02T10:00:00.000Z' },
        ],
      ],
    ]),
    tasks: [{ ...fresh }, { ...outdatedRecorded }, { ...reviewed }],
    diff: [
      { kind: 'same', text: 'Vacúnate ' },
      { kind: 'added', text: 'gratis ' },
      { kind: 'same', text: 'en ' },
      { kind: 'removed', text: 'la clínica' },
      { kind: 'added', text: 'el centro de salud' },
      { kind: 'same', text: '.' },
    ],
  });
}

/** Opens a task the way a coordinator does: its cell on the board. */
async function openTask(code: string, lng: 'es-MX' | 'en' = 'es-MX') {
  const fake = api();
  renderApp(fake.api, lng);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-production'));
  await screen.findAllByTestId('production-row');
  const cell = document.querySelector(`[data-testid="production-cell"][data-code="${code}"] button`);
  if (!cell) throw new Error(`no cell ${code}`);
  await user.click(cell);
  const editor = await screen.findByTestId('production-task-editor');
  return { ...fake, user, editor };
}

describe('Producción: allowed moves come from canMove', () => {
  it('offers one step forward and every earlier step back; an outdated task goes forward only to translated', () => {
    expect(allowedMoves({ status: 'needs_translation', outdated: false })).toEqual({ forward: 'translated', back: [], rebase: false });
    expect(allowedMoves({ status: 'needs_translation', outdated: true })).toEqual({ forward: 'translated', back: [], rebase: false });
    expect(allowedMoves({ status: 'reviewed', outdated: false })).toEqual({ forward: 'approved', back: ['needs_translation', 'translated', 'recorded'], rebase: false });
    // Outdated: no step forward; "checked against the new script" takes it to translated without a comment.
    expect(allowedMoves({ status: 'recorded', outdated: true })).toEqual({ forward: null, back: ['needs_translation'], rebase: true });
    expect(allowedMoves({ status: 'translated', outdated: true })).toEqual({ forward: null, back: ['needs_translation'], rebase: true });
    expect(allowedMoves({ status: 'approved', outdated: false })).toEqual({ forward: null, back: ['needs_translation', 'translated', 'recorded', 'reviewed'], rebase: false });
  });
});

describe('Producción: task editor (issue #14)', () => {
  it('a new task offers only "Marcar como traducido", then the next step and "Devolver"', async () => {
    const { user, editor, api: fake } = await openTask('spa');
    expect(within(editor).getByRole('heading', { level: 3 }).textContent).toContain('Tarea en Español');
    expect(within(editor).getByTestId('production-move-forward').textContent).toBe('Marcar como traducido');
    expect(within(editor).queryByTestId('production-send-back')).toBeNull();
    expect(within(editor).queryByTestId('production-diff')).toBeNull();

    await user.click(within(editor).getByTestId('production-move-forward'));
    expect(fake.callsOf('production.task.move')).toEqual([{ taskId: fresh.id, to: 'translated', comment: '' }]);
    await waitFor(() => expect(within(editor).getByTestId('production-move-forward').textContent).toBe('Marcar como grabado'));
    expect(within(editor).getByTestId('production-send-back').textContent).toBe('Devolver · Por traducir');
    // The board's cell follows the move.
    await waitFor(() => expect(document.querySelector('[data-testid="production-cell"][data-code="spa"] [data-testid="production-chip"]')?.textContent).toBe('Traducido'));

    // Translated: Grabar opens on this segment, in this language.
    const record = within(editor).getByTestId('production-record');
    expect(record.textContent).toBe('Grabar en Español');
    await user.click(record);
    await waitFor(() => expect(screen.getByTestId('nav-record').getAttribute('aria-current')).toBe('page'));
    expect((await screen.findByTestId('target-chosen')).textContent).toContain('Vacunas');
    expect((screen.getByTestId('target-language') as HTMLSelectElement).value).toBe('spa');
  });

  it('an outdated recorded task shows the diff, offers no step forward, and sends back only with a comment', async () => {
    const { user, editor, api: fake } = await openTask('xty');
    expect(within(editor).queryByTestId('production-move-forward')).toBeNull();
    expect(within(editor).getByText(/no avanza hasta que alguien revise la traducción/)).toBeTruthy();
    expect(within(editor).getByTestId('production-review-comment').textContent).toContain('Falta el nombre de la clínica.');

    const diff = within(editor).getByTestId('production-diff');
    expect(diff.textContent).toContain('El guion maestro cambió después de esta traducción (revisión 1 → 2).');
    const added = await within(diff).findAllByTestId('production-diff-added');
    expect(added.map((a) => a.tagName)).toEqual(['INS', 'INS']);
    expect(added[0]?.textContent).toBe('[Agregado: gratis ]');
    const removed = within(diff).getByTestId('production-diff-removed');
    expect(removed.tagName).toBe('DEL');
    expect(removed.textContent).toBe('[Quitado: la clínica]');
    expect(fake.callsOf('production.task.diff')).toEqual([{ taskId: outdatedRecorded.id }]);

    // The only way back past the change is a send-back with a comment, to "Por traducir".
    expect(within(editor).getByTestId('production-send-back').textContent).toBe('Devolver · Por traducir');
    await user.click(within(editor).getByTestId('production-send-back'));
    expect(within(editor).getByTestId('production-move-error').textContent).toBe('Escribe por qué la devuelves: quien la hizo necesita saber qué cambiar.');
    expect(within(editor).getByTestId('production-move-error').getAttribute('role')).toBe('alert');
    expect(fake.callsOf('production.task.move')).toEqual([]);

    // Checked against the new script: back to "Traducido" on the new revision, no comment needed.
    const rebase = within(editor).getByTestId('production-move-rebase');
    expect(rebase.textContent).toBe('Traducción revisada con el guion nuevo');
    await user.click(rebase);
    expect(fake.callsOf('production.task.move')).toEqual([{ taskId: outdatedRecorded.id, to: 'translated', comment: '' }]);
    await waitFor(() => expect(within(editor).getByTestId('production-move-forward').textContent).toBe('Marcar como grabado'));
    expect(within(editor).queryByTestId('production-diff')).toBeNull();
    expect(within(editor).queryByTestId('production-move-rebase')).toBeNull();
  });

  it('sends an outdated task back to "Por traducir" only with a comment, and the comment is kept', async () => {
    const { user, editor, api: fake } = await openTask('xty');
    await user.type(within(editor).getByTestId('production-send-back-comment'), '  Regrabar con el centro de salud. ');
    await user.click(within(editor).getByTestId('production-send-back'));
    expect(fake.callsOf('production.task.move')).toEqual([{ taskId: outdatedRecorded.id, to: 'needs_translation', comment: 'Regrabar con el centro de salud.' }]);
    await waitFor(() => expect(within(editor).getByTestId('production-review-comment').textContent).toContain('Regrabar con el centro de salud.'));
  });

  it('saves the details; an oral task hides the translation text and points to Grabar', async () => {
    const { user, editor, api: fake } = await openTask('zai');
    expect(within(editor).getByTestId('production-move-forward').textContent).toBe('Aprobar');
    expect((within(editor).getByTestId('production-task-mode-oral') as HTMLInputElement).checked).toBe(true);
    expect(within(editor).queryByTestId('production-task-translation')).toBeNull();
    expect(within(editor).getByTestId('production-oral-hint').textContent).toMatch(/^Una traducción oral no necesita texto: es una grabación\./);

    const due = within(editor).getByTestId('production-task-due');
    await user.type(due, '31/02/2026');
    expect(within(editor).getByText('Escribe la fecha como dd/mm/aaaa.')).toBeTruthy();
    expect((within(editor).getByTestId('production-task-save') as HTMLButtonElement).disabled).toBe(true);
    await user.clear(due);
    await user.type(due, '15/04/2026');
    await user.clear(within(editor).getByTestId('production-task-assignee'));
    await user.type(within(editor).getByTestId('production-task-assignee'), 'Rosa y Juan');
    await user.type(within(editor).getByTestId('production-task-back-translation'), 'Vacúnate gratis.');
    await user.click(within(editor).getByTestId('production-task-save'));
    expect(fake.callsOf('production.task.save')).toEqual([
      { segmentId: SEG_A, languageCode: 'zai', mode: 'oral', assignee: 'Rosa y Juan', dueDate: '2026-04-15', notes: '', backTranslation: 'Vacúnate gratis.' },
    ]);
    expect((await within(editor).findByTestId('production-task-saved')).textContent).toBe('Tarea guardada.');

    await user.click(within(editor).getByTestId('production-task-mode-written'));
    await user.type(within(editor).getByTestId('production-task-translation'), 'Ridxi');
    await user.click(within(editor).getByTestId('production-task-save'));
    expect(fake.callsOf('production.task.save')[1]).toMatchObject({ mode: 'written', translation: 'Ridxi' });
  });

  it('deletes a task only after the question, and goes back to the segment', async () => {
    const { user, editor, api: fake } = await openTask('spa');
    await user.click(within(editor).getByTestId('production-task-delete'));
    const question = screen.getByTestId('production-task-confirm');
    expect(question.textContent).toContain('¿Borrar la tarea en Español?');
    await user.click(within(question).getByTestId('production-task-confirm-keep'));
    expect(fake.callsOf('production.task.delete')).toEqual([]);
    await user.click(within(editor).getByTestId('production-task-delete'));
    await user.click(screen.getByTestId('production-task-confirm-confirm'));
    expect(fake.callsOf('production.task.delete')).toEqual([{ taskId: fresh.id }]);
    const panel = screen.getByTestId('production-panel');
    await waitFor(() => expect(within(panel).getAllByTestId('production-task-item').map((i) => i.getAttribute('data-code'))).toEqual(['xty', 'zai']));
    expect(screen.queryByTestId('production-task-editor')).toBeNull();
  });

  it('review: plays the recorded take as it airs beside the back-translation; no take, no button', async () => {
    const { user, editor, api: fake } = await openTask('zai');
    const play = within(editor).getByTestId('production-play-take');
    expect(play.textContent).toBe('Escuchar la toma en Zapoteco del Istmo');
    await user.click(play);
    const audio = document.querySelector<HTMLAudioElement>('[data-testid="audio-player"]');
    expect(audio?.src).toBe(fake.versionMediaUrl(TAKE));
    await waitFor(() => expect(within(editor).getByTestId('production-play-take').getAttribute('aria-pressed')).toBe('true'));
    await user.click(screen.getByTestId('production-task-back'));
    const spanish = await screen.findByTestId('production-task-list');
    await user.click(spanish.querySelector<HTMLElement>('[data-testid="production-task-item"][data-code="spa"]') as HTMLElement);
    expect((await screen.findByTestId('production-no-take')).textContent).toBe('Aún no hay toma grabada para esta lengua.');
  });

  it('speaks English', async () => {
    const { editor } = await openTask('xty', 'en');
    expect(within(editor).getByRole('heading', { level: 3 }).textContent).toContain('Task in Yoloxóchitl Mixtec');
    expect(within(editor).getByRole('button', { name: 'Send back · To translate' })).toBeTruthy();
    expect(within(editor).getByRole('button', { name: 'Translation checked against the new script' })).toBeTruthy();
    expect(within(editor).getByLabelText('Why it is sent back')).toBeTruthy();
    expect(within(editor).getByLabelText('Who does it')).toBeTruthy();
    expect((await within(editor).findByTestId('production-diff-removed')).textContent).toBe('[Removed: la clínica]');
  });
});
