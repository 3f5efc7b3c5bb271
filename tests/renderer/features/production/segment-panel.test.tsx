import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeTask, pickLanguage, productionApi, SEG_A } from './production-fakes.ts';

function oneSegment() {
  return productionApi({
    segments: [{ id: SEG_A, title: 'Derechos laborales' }],
    revisions: new Map([
      [
        SEG_A,
        [
          { revision: 1, languageCode: 'spa', text: 'Tienes derechos.', author: 'Ana', createdAt: '2026-03-01T10:00:00.000Z' },
          { revision: 2, languageCode: 'spa', text: 'Tienes derechos laborales.', author: '', createdAt: '2026-03-02T10:00:00.000Z' },
        ],
      ],
    ]),
    tasks: [
      makeTask({ segmentId: SEG_A, languageCode: 'xty', status: 'translated', basedOnRevision: 2 }),
      makeTask({ segmentId: SEG_A, languageCode: 'zai', status: 'recorded', basedOnRevision: 2 }),
      makeTask({ segmentId: SEG_A, languageCode: 'ngu' }),
    ],
  });
}

async function openPanel(api = oneSegment().api) {
  renderApp(api);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-production'));
  await user.click(await screen.findByTestId('production-row-title'));
  const panel = await screen.findByTestId('production-panel');
  await within(panel).findByTestId('production-script');
  return { user, panel, api };
}

describe('Producción: segment panel (issue #14)', () => {
  it('opens from the row title with the current script, its revision and the earlier ones', async () => {
    const { panel } = await openPanel();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Derechos laborales');
    expect(within(panel).getByTestId('production-script-revision').textContent).toBe('Revisión 2');
    expect((within(panel).getByTestId('production-script-text') as HTMLTextAreaElement).value).toBe('Tienes derechos laborales.');
    expect(within(panel).getByTestId('production-script-language').getAttribute('data-value')).toBe('spa');
    const earlier = within(panel).getAllByTestId('production-revision');
    expect(earlier).toHaveLength(1);
    expect(earlier[0]?.textContent).toMatch(/^Revisión 1 · .+ · Ana · Español/);
    // Nothing changed yet: nothing to save.
    expect((within(panel).getByTestId('production-script-save') as HTMLButtonElement).disabled).toBe(true);
    expect(within(panel).getAllByTestId('production-task-item').map((i) => i.getAttribute('data-code'))).toEqual(['xty', 'ngu', 'zai']);
  });

  it('saves a new revision and says how many translations became outdated', async () => {
    const { user, panel, api } = await openPanel();
    const text = within(panel).getByTestId('production-script-text');
    await user.clear(text);
    await user.type(text, 'Tienes derechos laborales y salario.');
    await user.type(within(panel).getByTestId('production-script-author'), 'Luis');
    await user.click(within(panel).getByTestId('production-script-save'));
    expect(api.callsOf('production.script.save')).toEqual([{ segmentId: SEG_A, languageCode: 'spa', text: 'Tienes derechos laborales y salario.', author: 'Luis' }]);
    const saved = await within(panel).findByTestId('production-script-saved');
    expect(saved.textContent).toBe('Revisión 3 guardada. 2 traducciones quedaron desactualizadas: Mixteco de Yoloxóchitl, Zapoteco del Istmo.');
    await waitFor(() => expect(within(panel).getByTestId('production-script-revision').textContent).toBe('Revisión 3'));
    expect(within(panel).getAllByTestId('production-revision')).toHaveLength(2);
    // The board follows: both cells now read "Desactualizado".
    await waitFor(() => expect(screen.getAllByTestId('production-chip').filter((c) => c.getAttribute('data-outdated') === 'true').length).toBeGreaterThanOrEqual(2));
  });

  it('shows a save failure in an alert and keeps the text', async () => {
    const { api } = oneSegment();
    api.override('production.script.save', async () => {
      throw new ApiError('internal', 'disk');
    });
    const { user, panel } = await openPanel(api);
    await user.type(within(panel).getByTestId('production-script-text'), ' Más.');
    await user.click(within(panel).getByTestId('production-script-save'));
    const alert = await within(panel).findByTestId('production-script-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('No se pudo guardar el guion.');
    expect((within(panel).getByTestId('production-script-text') as HTMLTextAreaElement).value).toBe('Tienes derechos laborales. Más.');
  });

  it('adds a language as a new task "to translate", and refuses one that is already there', async () => {
    const { user, panel, api } = await openPanel();
    await pickLanguage(user, 'production-add-language', 'yolox', 'xty');
    expect((within(panel).getByTestId('production-add-language-button') as HTMLButtonElement).disabled).toBe(true);
    expect(within(panel).getByText('Esa lengua ya tiene su tarea.')).toBeTruthy();

    await pickLanguage(user, 'production-add-language', 'malinal', 'tcf');
    await user.click(within(panel).getByTestId('production-add-language-button'));
    expect(api.callsOf('production.task.save')).toEqual([{ segmentId: SEG_A, languageCode: 'tcf' }]);
    await waitFor(() => expect(within(panel).getAllByTestId('production-task-item')).toHaveLength(4));
    const added = within(panel).getAllByTestId('production-task-item').find((i) => i.getAttribute('data-code') === 'tcf');
    expect(added?.textContent).toContain("Me'phaa de Malinaltepec");
    expect(added?.textContent).toContain('Por traducir');
  });
});
