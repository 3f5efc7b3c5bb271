import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from './station-fakes.ts';

async function openSettings(api: FakeApiClient, lng: 'es-MX' | 'en' = 'es-MX') {
  renderApp(api, lng);
  await userEvent.click(await screen.findByTestId('nav-settings'));
  return screen.findByTestId('station-form');
}

describe('Ajustes (issue #11)', () => {
  it('has a nav item and shows loading, then the station with zone as a place', async () => {
    const api = new FakeApiClient();
    fakeStation(api, { ...NEW_STATION, timeZone: 'America/Tijuana' }, false);
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    api.override('station.get', async () => {
      await held;
      return { ...NEW_STATION, timeZone: 'America/Tijuana' };
    });
    renderApp(api);
    const nav = await screen.findByTestId('nav-settings');
    expect(nav.textContent).toBe('Ajustes');
    await userEvent.click(nav);
    expect(screen.getByTestId('settings-loading').textContent).toBe('Cargando los datos de la estación…');
    release();
    const zone = (await screen.findByTestId('station-zone')) as HTMLSelectElement;
    expect(zone.value).toBe('America/Tijuana');
    expect(zone.selectedOptions[0]?.textContent).toBe('Tijuana (zona noroeste, UTC−8, con horario de verano)');
    expect(within(zone).getByText('Ciudad de México (zona centro, UTC−6 todo el año)')).toBeTruthy();
  });

  it('shows a translated error with a retry when the station cannot be loaded', async () => {
    const api = new FakeApiClient();
    fakeStation(api, NEW_STATION, false);
    let fail = true;
    api.override('station.get', async () => {
      if (fail) throw new ApiError('internal', 'boom');
      return NEW_STATION;
    });
    renderApp(api);
    await userEvent.click(await screen.findByTestId('nav-settings'));
    const error = await screen.findByTestId('settings-error');
    expect(error.textContent).toContain('No se pudieron cargar los datos de la estación.');
    fail = false;
    await userEvent.click(within(error).getByRole('button', { name: 'Reintentar' }));
    await screen.findByTestId('station-form');
  });

  it('saves name, call sign, state and municipality by name, languages and publisher', async () => {
    const api = new FakeApiClient();
    const state = fakeStation(api, NEW_STATION, false);
    await openSettings(api);
    const municipality = screen.getByTestId('station-municipality') as HTMLSelectElement;
    expect(municipality.disabled).toBe(true);
    expect(municipality.textContent).toBe('Primero elige el estado.');

    await userEvent.clear(screen.getByTestId('station-name'));
    await userEvent.type(screen.getByTestId('station-name'), 'Radio Ñuu Savi');
    await userEvent.type(screen.getByTestId('station-call-sign'), 'xhnsv-fm');
    expect((screen.getByTestId('station-call-sign') as HTMLInputElement).value).toBe('XHNSV-FM');
    await userEvent.selectOptions(screen.getByTestId('station-state'), 'Oaxaca');
    await waitFor(() => expect((screen.getByTestId('station-municipality') as HTMLSelectElement).disabled).toBe(false));
    await userEvent.selectOptions(screen.getByTestId('station-municipality'), 'Santiago Juxtlahuaca');
    await userEvent.type(screen.getByTestId('station-language-select'), 'mixtepec');
    await userEvent.click(await screen.findByRole('option', { name: /Mixteco de Mixtepec/ }));
    expect(screen.getAllByTestId('station-language').map((el) => el.dataset.code)).toEqual(['spa', 'mix']);
    expect(screen.getByTestId('station-publisher-hint').textContent).toBe('Las estaciones que reciben tus paquetes verán «Firmado por Radio Ñuu Savi».');
    await userEvent.type(screen.getByTestId('station-publisher'), 'Radio Ñuu Savi (Juxtlahuaca)');
    await userEvent.click(screen.getByTestId('station-save'));

    await screen.findByTestId('station-saved');
    expect(api.callsOf('station.set').at(-1)).toMatchObject({
      name: 'Radio Ñuu Savi',
      callSign: 'XHNSV-FM',
      stateCode: '20',
      municipalityCode: '20469',
      languages: ['spa', 'mix'],
      publisherName: 'Radio Ñuu Savi (Juxtlahuaca)',
    });
    expect(state.station.municipalityCode).toBe('20469');
  });

  it('changing the state clears the municipality; a bad call sign and no languages are refused before saving', async () => {
    const api = new FakeApiClient();
    fakeStation(api, { ...NEW_STATION, stateCode: '20', municipalityCode: '20184' }, false);
    await openSettings(api);
    await waitFor(() => expect((screen.getByTestId('station-municipality') as HTMLSelectElement).value).toBe('20184'));
    await userEvent.selectOptions(screen.getByTestId('station-state'), 'Baja California');
    await waitFor(() => expect(screen.getByTestId('station-municipality').textContent).toContain('Tijuana'));
    expect((screen.getByTestId('station-municipality') as HTMLSelectElement).value).toBe('');

    await userEvent.type(screen.getByTestId('station-call-sign'), '98.5 FM');
    await userEvent.click(screen.getByRole('button', { name: 'Quitar Español' }));
    expect(screen.getByTestId('station-languages-empty')).toBeTruthy();
    await userEvent.click(screen.getByTestId('station-save'));
    expect(screen.getByTestId('station-callSign-error').textContent).toContain('XE o XH');
    expect(screen.getByTestId('station-languages-error').textContent).toBe('Agrega al menos una lengua.');
    expect(api.callsOf('station.set')).toHaveLength(0);
  });

  it('shows the core’s refusal as a translated sentence', async () => {
    const api = new FakeApiClient();
    fakeStation(api, NEW_STATION, false);
    api.override('station.set', async () => {
      throw new ApiError('schedule.unknown_municipality', 'unknown', { municipality: '20999' });
    });
    await openSettings(api);
    await userEvent.click(screen.getByTestId('station-save'));
    expect((await screen.findByTestId('station-save-error')).textContent).toBe('La clave 20999 no es un municipio del catálogo del INEGI.');
  });

  it('reads in English', async () => {
    const api = new FakeApiClient();
    fakeStation(api, { ...NEW_STATION, timeZone: 'America/Hermosillo' }, false);
    await openSettings(api, 'en');
    expect(screen.getByTestId('nav-settings').textContent).toBe('Settings');
    expect((screen.getByTestId('station-zone') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Hermosillo (Pacific zone, UTC−7 all year)');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Station settings');
  });
});
