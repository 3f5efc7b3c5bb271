import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { deferred, FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment, summaryOf } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

type SearchOutput = MethodOutput<'library.search'>;

describe('Library search', () => {
  it('searches as you type, once the typing pauses', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Migración segura' }), makeSegment({ title: 'Salud' }));
    renderApp(api);
    await screen.findAllByTestId('segment-row');
    await userEvent.type(screen.getByTestId('search-input'), 'migracion');
    await waitFor(() => expect(screen.getAllByTestId('segment-row')).toHaveLength(1));
    expect(screen.getByTestId('segment-title').textContent).toBe('Migración segura');
    const queries = api.callsOf('library.search').map((c) => c.query);
    // Debounced: the keystrokes in between never reach the core.
    expect(queries).toEqual(['', 'migracion']);
    expect(screen.getByTestId('result-count').textContent).toBe('1 segmento');
  });

  it('ignores a stale answer that arrives after a newer one', async () => {
    const api = new FakeApiClient();
    const old = makeSegment({ title: 'Resultado viejo' });
    const fresh = makeSegment({ title: 'Resultado nuevo' });
    const pending = new Map<string, ReturnType<typeof deferred<SearchOutput>>>();
    api.override('library.search', (input) => {
      const d = deferred<SearchOutput>();
      pending.set(input.query ?? '', d);
      return d.promise;
    });
    renderApp(api);
    await waitFor(() => expect(pending.has('')).toBe(true));
    pending.get('')?.resolve({ total: 0, totalExact: true, items: [] });
    const input = await screen.findByTestId('search-input');
    await userEvent.type(input, 'a');
    await waitFor(() => expect(pending.has('a')).toBe(true));
    await userEvent.type(input, 'b');
    await waitFor(() => expect(pending.has('ab')).toBe(true));
    pending.get('ab')?.resolve({ total: 1, totalExact: true, items: [summaryOf(fresh)] });
    expect(await screen.findByText('Resultado nuevo')).toBeTruthy();
    pending.get('a')?.resolve({ total: 1, totalExact: true, items: [summaryOf(old)] });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('Resultado viejo')).toBeNull();
    expect(screen.getAllByTestId('segment-title').map((el) => el.textContent)).toEqual(['Resultado nuevo']);
  });

  it('passes filter changes to the core', async () => {
    const api = new FakeApiClient();
    api.add(
      makeSegment({ title: 'En mixteco', languageCode: 'xty', regions: [{ stateCode: '20', municipalityCode: null, place: null, role: 'origin' }], topics: ['wages'], status: 'ready' }),
      makeSegment({ title: 'En zapoteco', languageCode: 'zai' }),
    );
    renderApp(api);
    await screen.findAllByTestId('segment-row');
    await userEvent.selectOptions(screen.getByTestId('filter-language'), 'xty');
    await waitFor(() => expect(screen.getAllByTestId('segment-row')).toHaveLength(1));
    await userEvent.selectOptions(screen.getByTestId('filter-region'), '20');
    await userEvent.selectOptions(screen.getByTestId('filter-topic'), 'wages');
    await userEvent.selectOptions(screen.getByTestId('filter-status'), 'ready');
    await userEvent.click(screen.getByLabelText('Vence en 30 días'));
    await waitFor(() =>
      expect(api.callsOf('library.search').at(-1)?.filters).toEqual({
        languages: ['xty'],
        regions: ['20'],
        topics: ['wages'],
        statuses: ['ready'],
        expiringWithinDays: 30,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Quitar búsqueda y filtros' }));
    await waitFor(() => expect(screen.getAllByTestId('segment-row')).toHaveLength(2));
  });

  it('lists languages grouped by agrupación, sorted by Spanish name', async () => {
    renderApp();
    const select = await screen.findByTestId('filter-language');
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual(['Español', 'Mixteco', 'Náhuatl', 'Tlapaneco', 'Zapoteco']);
    const mixteco = [...(select.querySelectorAll('optgroup')[1]?.querySelectorAll('option') ?? [])].map((o) => o.textContent);
    expect(mixteco).toEqual(['Mixteco de Mixtepec', 'Mixteco de Yoloxóchitl']);
  });
});
