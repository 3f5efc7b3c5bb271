import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from './station-fakes.ts';

describe('first run (issue #11)', () => {
  it('invites to the setup above the start page when no station is set up; it opens Ajustes, and saving ends it', async () => {
    const api = new FakeApiClient();
    const state = fakeStation(api);
    renderApp(api);
    const panel = await screen.findByTestId('first-run');
    expect(panel.textContent).toContain('Bienvenida a Cabina: configura tu estación');
    // The start page is still there underneath: the setup never blocks the app.
    expect(await screen.findByTestId('library-empty')).toBeTruthy();
    await userEvent.click(screen.getByTestId('first-run-setup'));
    expect(screen.getByTestId('nav-settings').getAttribute('aria-current')).toBe('page');
    const name = await screen.findByTestId('station-name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Radio Tsinaka');
    await userEvent.click(screen.getByTestId('station-save'));
    await screen.findByTestId('station-saved');
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(state.station.name).toBe('Radio Tsinaka');
    expect(state.needed).toBe(false);
  });

  it('can be skipped, and the station stays reachable from Ajustes', async () => {
    const api = new FakeApiClient();
    const state = fakeStation(api);
    renderApp(api);
    await userEvent.click(await screen.findByTestId('first-run-skip'));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    expect(state.needed).toBe(false);
    expect(api.callsOf('station.set')).toHaveLength(0);
    await userEvent.click(screen.getByTestId('nav-settings'));
    expect(((await screen.findByTestId('station-name')) as HTMLInputElement).value).toBe(NEW_STATION.name);
  });

  it('is not shown for a station already set up, nor when the core cannot tell', async () => {
    const api = new FakeApiClient();
    fakeStation(api, NEW_STATION, false);
    renderApp(api);
    await screen.findByTestId('nav-library');
    await waitFor(() => expect(api.callsOf('station.setupStatus')).toHaveLength(1));
    expect(screen.queryByTestId('first-run')).toBeNull();

    // The default fake has no station methods: status fails, and the app simply shows no setup.
    const bare = new FakeApiClient();
    renderApp(bare);
    await waitFor(() => expect(bare.callsOf('station.setupStatus')).toHaveLength(1));
    expect(screen.queryAllByTestId('first-run')).toHaveLength(0);
  });
});
