import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { deferred, FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeTask, pickLanguage, productionApi, SEG_A, SEG_B } from './production-fakes.ts';

function twoSegments() {
  return productionApi({
    segments: [
      { id: SEG_A, title: 'Derechos laborales' },
      { id: SEG_B, title: 'Salario mínimo' },
    ],
    revisions: new Map([[SEG_A, [{ revision: 1, languageCode: 'spa', text: 'Tienes derechos.', author: 'Ana', createdAt: '2026-03-01T10:00:00.000Z' }]]]),
    tasks: [
      makeTask({ segmentId: SEG_A, languageCode: 'spa', status: 'approved', basedOnRevision: 1 }),
      makeTask({ segmentId: SEG_A, languageCode: 'xty', status: 'recorded', basedOnRevision: 1, outdated: true, assignee: 'Rosa' }),
      makeTask({ segmentId: SEG_B, languageCode: 'spa', status: 'translated', basedOnRevision: 1 }),
    ],
  });
}

async function openProduction(api: FakeApiClient, lng: 'es-MX' | 'en' = 'es-MX') {
  const view = renderApp(api, lng);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-production'));
  return { ...view, user };
}

const cell = (row: HTMLElement, code: string) => row.querySelector(`[data-testid="production-cell"][data-code="${code}"]`) as HTMLElement;
/** What the cell shows (its chip), without the spoken context before it. */
const shown = (row: HTMLElement, code: string) => cell(row, code).querySelector('[data-testid="production-chip"]')?.textContent;

describe('Producción: nav and board (issue #14)', () => {
  it('has a nav item with an icon and the word, after Grabar', async () => {
    renderApp(new FakeApiClient());
    const item = await screen.findByTestId('nav-production');
    expect(item.textContent).toBe('Producción');
    expect(item.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(item.getAttribute('title')).toBe('Guiones y traducciones de cada segmento, lengua por lengua');
    const ids = screen.getAllByRole('button').map((b) => b.getAttribute('data-testid')).filter((id) => id?.startsWith('nav-'));
    expect(ids.indexOf('nav-production')).toBe(ids.indexOf('nav-record') + 1);
  });

  it('shows loading, then one row per segment and one column per language, with icon-and-word chips', async () => {
    const { api } = twoSegments();
    const held = deferred<void>();
    api.before('production.board', async () => {
      await held.promise;
    });
    await openProduction(api);
    expect(screen.getByTestId('production-loading').textContent).toBe('Cargando el tablero…');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Producción');
    held.resolve();

    const rows = await screen.findAllByTestId('production-row');
    expect(rows.map((r) => within(r).getByTestId('production-row-title').textContent)).toEqual(['Derechos laborales', 'Salario mínimo']);
    expect(screen.getAllByTestId('production-language-column').map((c) => c.textContent)).toEqual(['Español', 'Mixteco de Yoloxóchitl']);
    expect(screen.getByTestId('production-count').textContent).toBe('2 segmentos');

    const [a, b] = rows as [HTMLElement, HTMLElement];
    expect(shown(a, 'spa')).toBe('Aprobado');
    expect(cell(a, 'spa').querySelector('svg')).not.toBeNull();
    // Outdated: the warning first, the status it had reached after it.
    expect(cell(a, 'xty').textContent).toContain('Desactualizado');
    expect(cell(a, 'xty').textContent).toContain('Grabado');
    expect(cell(a, 'xty').textContent).toContain('Rosa');
    // Its name: which segment and language, then what it shows; the tooltip says it in a sentence.
    expect(within(cell(a, 'xty')).getByRole('button', { name: /^Derechos laborales en Mixteco de Yoloxóchitl: ?Desactualizado ?· Grabado ?Rosa$/ })).toBeTruthy();
    expect(within(cell(a, 'xty')).getByRole('button').getAttribute('title')).toBe('Derechos laborales en Mixteco de Yoloxóchitl: Grabado, desactualizado');
    expect(shown(b, 'spa')).toBe('Traducido');
    expect(cell(b, 'xty').getAttribute('data-empty')).toBe('true');
    expect(cell(b, 'xty').textContent).toBe('—Sin tarea');
    expect(within(a).getByText('Guion en Español, revisión 1')).toBeTruthy();
  });

  it('sends reached, notReached and outdatedOnly to production.board', async () => {
    const { api } = twoSegments();
    const { user } = await openProduction(api);
    await screen.findAllByTestId('production-row');

    await pickLanguage(user, 'production-reached-language', 'españ', 'spa');
    await pickLanguage(user, 'production-notReached-language', 'yolox', 'xty');
    await user.selectOptions(screen.getByTestId('production-notReached-status'), 'approved');
    await waitFor(() =>
      expect(api.callsOf('production.board').at(-1)).toEqual({ reached: { languageCode: 'spa', status: 'approved' }, notReached: { languageCode: 'xty', status: 'approved' }, limit: 50 }),
    );
    // Approved in Spanish and not yet approved in Mixteco: only the first segment.
    await waitFor(() => expect(screen.getAllByTestId('production-row')).toHaveLength(1));
    expect(screen.getByTestId('production-count').textContent).toBe('1 segmento');

    await user.click(screen.getByTestId('production-outdated-only'));
    await user.type(screen.getByTestId('production-query'), 'derechos');
    await waitFor(() => expect(api.callsOf('production.board').at(-1)).toMatchObject({ outdatedOnly: true, query: 'derechos' }));
  });

  it('asks for one page of rows and shows more on request; new filters start from one page again', async () => {
    const segments = Array.from({ length: 120 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, title: `Segmento ${i + 1}` }));
    const { api } = productionApi({ segments });
    const { user } = await openProduction(api);
    await waitFor(() => expect(screen.getAllByTestId('production-row')).toHaveLength(50));
    expect(screen.getByTestId('production-count').textContent).toContain('120 segmentos');
    await user.click(screen.getByTestId('production-show-more'));
    await waitFor(() => expect(screen.getAllByTestId('production-row')).toHaveLength(100));
    expect(api.callsOf('production.board').at(-1)).toMatchObject({ limit: 100 });
    await user.click(screen.getByTestId('production-show-more'));
    await waitFor(() => expect(screen.getAllByTestId('production-row')).toHaveLength(120));
    expect(screen.queryByTestId('production-show-more')).toBeNull();
    await user.type(screen.getByTestId('production-query'), 'Segmento 1');
    await waitFor(() => expect(api.callsOf('production.board').at(-1)).toMatchObject({ query: 'Segmento 1', limit: 50 }));
  });

  it('says where segments come from when there are none', async () => {
    const api = new FakeApiClient();
    const { user } = await openProduction(api);
    const empty = await screen.findByTestId('production-empty');
    expect(empty.textContent).toContain('Todavía no hay segmentos. Importa o graba audio en Biblioteca');
    await user.click(within(empty).getByTestId('production-go-library'));
    expect(screen.getByTestId('nav-library').getAttribute('aria-current')).toBe('page');
  });

  it('shows a translated error with a retry that loads the board', async () => {
    const { api } = twoSegments();
    let fail = true;
    api.before('production.board', async () => {
      if (fail) throw new ApiError('internal', 'db locked');
    });
    const { user } = await openProduction(api);
    const error = await screen.findByTestId('production-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('No se pudo cargar el tablero.');
    expect(error.textContent).not.toContain('db locked');
    fail = false;
    await user.click(within(error).getByTestId('production-retry'));
    expect(await screen.findAllByTestId('production-row')).toHaveLength(2);
  });

  it('asks again when the core says production changed', async () => {
    const { api, state } = twoSegments();
    await openProduction(api);
    await screen.findAllByTestId('production-row');
    state.segments.push({ id: '00000000-0000-4000-8000-00000000c003', title: 'Vacunas' });
    api.emit('production.changed', { segmentIds: [] });
    await waitFor(() => expect(screen.getAllByTestId('production-row')).toHaveLength(3));
  });

  it('speaks English after switching the UI language', async () => {
    const { api } = twoSegments();
    const { user } = await openProduction(api);
    await screen.findAllByTestId('production-row');
    await user.selectOptions(screen.getByTestId('ui-language'), 'en');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Production'));
    expect(screen.getByTestId('nav-production').textContent).toBe('Production');
    expect(screen.getByTestId('production-count').textContent).toBe('2 segments');
    expect(screen.getAllByTestId('production-language-column').map((c) => c.textContent)).toEqual(['Spanish', 'Yoloxóchitl Mixtec']);
    expect(screen.getByLabelText('Outdated only')).toBeTruthy();
    const [a] = screen.getAllByTestId('production-row') as [HTMLElement];
    expect(shown(a, 'spa')).toBe('Approved');
    expect(cell(a, 'xty').textContent).toContain('Outdated');
  });
});
