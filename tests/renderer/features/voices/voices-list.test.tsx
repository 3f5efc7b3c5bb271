import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { deferred, FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeTestimony, openVoices, uuid, voicesApi } from './voices-fakes.ts';

const consent = (uses: ('internal' | 'anonymised' | 'broadcast')[], givenOn = '2026-03-10') => ({ id: uuid(), givenBy: 'la persona que llamó', uses, method: 'checkbox' as const, atSec: null, givenOn, recordedAt: `${givenOn}T10:00:00.000Z` });

describe('Voces: nav and list (issue #14 §2)', () => {
  it('has a nav item with an icon, the word and a tooltip, after Producción', async () => {
    renderApp(new FakeApiClient());
    const item = await screen.findByTestId('nav-voices');
    expect(item.textContent).toBe('Voces');
    expect(item.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(item.getAttribute('title')).toBe('Testimonios de oyentes, su consentimiento y el resumen anónimo');
    const ids = screen.getAllByRole('button').map((b) => b.getAttribute('data-testid')).filter((id) => id?.startsWith('nav-'));
    expect(ids.indexOf('nav-voices')).toBe(ids.indexOf('nav-production') + 1);
  });

  it('shows loading, then testimonies newest first with source, places, chips, excerpt, duration and consent', async () => {
    const older = makeTestimony({ receivedOn: '2026-02-01', source: 'call_in', summary: 'No le pagaron tres semanas.', categories: ['salarios-no-pagados', 'vivienda'], work: { stateCode: '25', municipalityCode: null }, durationSec: 150, consents: [consent(['internal', 'broadcast'])] });
    const newer = makeTestimony({ receivedOn: '2026-03-15', languageCode: 'xty', origin: { stateCode: '12', municipalityCode: null }, summary: 'x'.repeat(300) });
    const { api } = voicesApi([older, newer]);
    const held = deferred<void>();
    api.before('voices.list', async () => {
      await held.promise;
    });
    await openVoices(api);
    // The list is held open, so the loading line stays until released; wait for it to mount.
    expect((await screen.findByTestId('voices-loading')).textContent).toBe('Cargando los testimonios…');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Voces');
    held.resolve();

    const rows = await screen.findAllByTestId('voices-row');
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual([newer.id, older.id]);
    expect(screen.getByTestId('voices-count').textContent).toBe('2 testimonios');
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('voices-source').textContent).toBe('Nota de voz');
    expect(first.textContent).toContain('Mixteco de Yoloxóchitl');
    expect(first.textContent).toContain('De Guerrero');
    expect(within(first).getByTestId('voices-consent-badge').textContent).toBe('Sin consentimiento');
    // The excerpt is short; the panel has the whole summary.
    expect(first.querySelector('.voices-row-summary')?.textContent?.length).toBeLessThan(150);
    expect(within(second).getByTestId('voices-source').textContent).toBe('Llamada');
    expect(within(second).getByTestId('voices-source').querySelector('svg')).not.toBeNull();
    expect(second.textContent).toContain('Trabaja en Sinaloa');
    expect(second.textContent).toContain('2 min 30 s');
    expect(within(second).getAllByTestId('voices-category-chip').map((c) => c.textContent)).toEqual(['Salarios no pagados', 'Vivienda']);
    expect(within(second).getByTestId('voices-consent-badge').textContent).toBe('Consentimiento para:Interno · Transmisión');
    expect(within(second).getByRole('button', { name: /^Abrir el testimonio del/ })).toBeTruthy();
  });

  it('says how to start when there are none', async () => {
    const { api } = voicesApi();
    await openVoices(api);
    const empty = await screen.findByTestId('voices-empty');
    expect(empty.textContent).toContain('Todavía no hay testimonios.');
    expect(empty.textContent).toContain('Importa una nota de voz');
    expect(screen.getByTestId('voices-import-button').textContent).toBe('Importar nota de voz');
  });

  it('shows a translated error with a retry', async () => {
    const { api } = voicesApi([makeTestimony()]);
    let fail = true;
    api.before('voices.list', async () => {
      if (fail) throw new ApiError('db.locked', 'locked');
    });
    const { user } = await openVoices(api);
    const error = await screen.findByTestId('voices-error');
    expect(error.textContent).toContain('No se pudieron cargar los testimonios.');
    expect(error.textContent).toContain('La biblioteca está abierta en otro programa.');
    fail = false;
    await user.click(screen.getByTestId('voices-retry'));
    expect(await screen.findAllByTestId('voices-row')).toHaveLength(1);
  });

  it('filters by words, category and state, and pages with "Mostrar más"', async () => {
    const many = Array.from({ length: 60 }, (_, i) => makeTestimony({ receivedOn: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, summary: i === 0 ? 'El enganchador mintió' : 'Otra', categories: i === 0 ? ['fraude-reclutamiento'] : [], origin: i === 0 ? { stateCode: '20', municipalityCode: null } : null }));
    const { api } = voicesApi(many);
    const { user } = await openVoices(api);
    await waitFor(() => expect(screen.getAllByTestId('voices-row')).toHaveLength(50));
    expect(screen.getByTestId('voices-count').textContent).toBe('60 testimonios Se muestran los primeros 50.');
    await user.click(screen.getByTestId('voices-show-more'));
    await waitFor(() => expect(screen.getAllByTestId('voices-row')).toHaveLength(60));
    expect(screen.queryByTestId('voices-show-more')).toBeNull();

    await user.selectOptions(screen.getByTestId('voices-filter-category'), 'fraude-reclutamiento');
    await user.selectOptions(screen.getByTestId('voices-filter-state'), '20');
    await user.type(screen.getByTestId('voices-query'), 'enganchador');
    await waitFor(() => expect(api.callsOf('voices.list').at(-1)).toEqual({ category: 'fraude-reclutamiento', stateCode: '20', query: 'enganchador', limit: 50 }));
    await waitFor(() => expect(screen.getAllByTestId('voices-row')).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('voices-filter-category'), 'vivienda');
    expect(await screen.findByTestId('voices-no-match')).toBeTruthy();
  });

  it('speaks English too', async () => {
    const { api } = voicesApi([makeTestimony({ consents: [consent(['anonymised'])] })]);
    await openVoices(api, 'en');
    expect((await screen.findByTestId('voices-consent-badge')).textContent).toBe('Consent for:Anonymised report');
    expect(screen.getByTestId('nav-voices').textContent).toBe('Voices');
  });
});
