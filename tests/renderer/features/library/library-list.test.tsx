import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment, summaryOf } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

describe('Library list', () => {
  it('shows the empty-library state with an import button', async () => {
    renderApp();
    expect(await screen.findByTestId('library-empty')).toBeTruthy();
    expect(screen.getByText('Aún no hay segmentos')).toBeTruthy();
    expect(screen.getByTestId('import-button-empty').textContent).toBe('Importar audios');
    expect(screen.queryAllByTestId('segment-row')).toHaveLength(0);
  });

  it('renders rows from search results with languages, states, duration and format', async () => {
    const api = new FakeApiClient();
    api.add(
      makeSegment({ title: 'Tus derechos en el campo', languageCode: 'xty', regions: [{ stateCode: '20', municipalityCode: null, place: null, role: 'origin' }], topics: ['labor-rights'], status: 'approved' }),
      makeSegment({ title: 'Salario mínimo 2025', languageCode: 'zai', validUntil: '2000-12-31' }),
    );
    renderApp(api);
    const rows = await screen.findAllByTestId('segment-row');
    expect(rows).toHaveLength(2);
    expect(screen.getAllByTestId('segment-title').map((el) => el.textContent)).toEqual(['Tus derechos en el campo', 'Salario mínimo 2025']);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByText('Mixteco de Yoloxóchitl')).toBeTruthy();
    expect(first.getByText('Oaxaca')).toBeTruthy();
    expect(first.getByText('Derechos laborales')).toBeTruthy();
    expect(first.getByText('Aprobado')).toBeTruthy();
    expect(first.getByText('1 min 23 s')).toBeTruthy();
    expect(first.getByText('MP3 · 44.1 kHz · mono')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText(/^Venció el/)).toBeTruthy();
    // Issue #15 §1: the row's next steps say it with an icon and a word.
    for (const action of ['row-open-edit', 'row-record-take']) {
      const button = first.getByTestId(action);
      expect(button.querySelector('svg[aria-hidden="true"]'), action).not.toBeNull();
      expect(button.textContent?.trim().length, action).toBeGreaterThan(2);
    }
    expect(screen.getByTestId('result-count').textContent).toBe('2 segmentos');
  });

  it('tells "no results" apart from an empty library', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Enganchadores' }));
    renderApp(api);
    await screen.findAllByTestId('segment-row');
    await userEvent.type(screen.getByTestId('search-input'), 'zzzz');
    expect(await screen.findByTestId('library-no-results')).toBeTruthy();
    expect(screen.queryByTestId('library-empty')).toBeNull();
  });

  it('shows a translated error with a retry that works', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Salud en el camino' }));
    api.override('library.search', async () => {
      throw new ApiError('db.locked', 'database is locked');
    });
    renderApp(api);
    const error = await screen.findByTestId('library-error');
    expect(error.textContent).toContain('La biblioteca está abierta en otro programa');
    expect(error.textContent).not.toContain('database is locked');
    delete api.overrides['library.search'];
    await userEvent.click(within(error).getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findAllByTestId('segment-row')).toHaveLength(1);
  });

  it('plays through one shared audio element and toggles to pause', async () => {
    const api = new FakeApiClient();
    const a = api.add(makeSegment({ title: 'Uno' }));
    api.add(makeSegment({ title: 'Dos' }));
    renderApp(api);
    const buttons = await screen.findAllByTestId('play-button');
    expect(buttons[0]?.getAttribute('aria-label')).toBe('Reproducir «Uno»');
    await userEvent.click(buttons[0] as HTMLElement);
    // The other <audio> is spoken help's (issue #15), which only plays prompts.
    const audio = document.querySelectorAll<HTMLAudioElement>('audio:not([data-testid="spoken-help-audio"])');
    expect(audio).toHaveLength(1);
    expect(audio[0]?.src).toBe(api.versionMediaUrl(a.versions[0]?.id ?? ''));
    await waitFor(() => expect(screen.getAllByTestId('play-button')[0]?.getAttribute('aria-label')).toBe('Pausar «Uno»'));
    await userEvent.click(screen.getAllByTestId('play-button')[0] as HTMLElement);
    await waitFor(() => expect(audio[0]?.paused).toBe(true));
    expect(screen.queryByTestId('editor-panel')).toBeNull();
  });

  it('refreshes when the core says the library changed', async () => {
    const api = new FakeApiClient();
    renderApp(api);
    await screen.findByTestId('library-empty');
    const segment = api.add(makeSegment({ title: 'Nuevo aviso' }));
    api.emit('library.changed', { segmentIds: [segment.id] });
    expect(await screen.findByText('Nuevo aviso')).toBeTruthy();
  });

  it('fetches further pages as rows come into view', async () => {
    const api = new FakeApiClient();
    for (let i = 0; i < 150; i++) api.add(makeSegment({ title: `Segmento ${i}` }));
    renderApp(api);
    await screen.findAllByTestId('segment-row');
    expect(screen.getByTestId('result-count').textContent).toBe('150 segmentos');
    const list = document.querySelector('.segment-list') as HTMLElement;
    list.scrollTop = 100 * 76;
    list.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(api.callsOf('library.search').some((c) => c.offset === 100)).toBe(true));
    expect(await screen.findByText('Segmento 105')).toBeTruthy();
  });

  it('says "more than" while the core’s count is capped, and lets the list grow as pages arrive', async () => {
    const api = new FakeApiClient();
    const all = Array.from({ length: 450 }, (_, i) => makeSegment({ title: `Aviso ${i}` }));
    // As the core does: the count stops 150 past the page asked (search.ts countLimit, smaller here).
    api.override('library.search', async ({ offset = 0, limit = 100 }) => {
      const stop = offset + limit + 150 + 1;
      const exact = all.length < stop;
      return { total: exact ? all.length : stop - 1, totalExact: exact, items: all.slice(offset, offset + limit).map(summaryOf) };
    });
    renderApp(api);
    const rows = await screen.findAllByTestId('segment-row');
    expect(screen.getByTestId('result-count').textContent).toBe('Más de 250 segmentos');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('-1');
    const list = document.querySelector('.segment-list') as HTMLElement;
    list.scrollTop = 200 * 76;
    list.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toBe('450 segmentos'));
    expect(await screen.findByText('Aviso 205')).toBeTruthy();
  });
});
