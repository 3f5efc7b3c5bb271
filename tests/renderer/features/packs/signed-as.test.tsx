import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from '../settings/station-fakes.ts';

function packsApi(keyInfo: () => Promise<{ fingerprint: string; publicKeyPem: string; publisherName: string }>): FakeApiClient {
  const api = new FakeApiClient();
  api.add(makeSegment({ title: 'Derechos laborales' }));
  api.override('packs.keyInfo', keyInfo);
  api.override('packs.trustList', async () => []);
  api.override('feeds.list', async () => []);
  api.override('feeds.inbox', async () => []);
  fakeStation(api, { ...NEW_STATION, name: 'Radio Nandía', publisherName: 'Radio Nandía, Mazatlán Villa de Flores' }, false);
  return api;
}

describe('Packs page shows who packs are signed as (issue #11 item 9)', () => {
  it('names the publisher from Ajustes and opens Ajustes to change it', async () => {
    const api = packsApi(async () => ({ fingerprint: 'ab'.repeat(32), publicKeyPem: 'pem', publisherName: 'Radio Nandía, Mazatlán Villa de Flores' }));
    const user = userEvent.setup();
    renderApp(api);
    await user.click(await screen.findByTestId('nav-packs'));
    expect((await screen.findByTestId('pack-publisher-name')).textContent).toBe('Tus paquetes se firman como «Radio Nandía, Mazatlán Villa de Flores».');
    await user.click(screen.getByTestId('pack-change-publisher'));
    const field = (await screen.findByTestId('station-publisher')) as HTMLInputElement;
    expect(field.value).toBe('Radio Nandía, Mazatlán Villa de Flores');
  });

  it('says it in English, and a failure is a translated error with a retry', async () => {
    let fail = true;
    const api = packsApi(async () => {
      if (fail) throw new ApiError('db.locked', 'database is locked');
      return { fingerprint: 'ab'.repeat(32), publicKeyPem: 'pem', publisherName: 'Radio Nandía' };
    });
    const user = userEvent.setup();
    renderApp(api, 'en');
    await user.click(await screen.findByTestId('nav-packs'));
    const signedAs = await screen.findByTestId('pack-signed-as');
    await waitFor(() => expect(signedAs.querySelector('[role="alert"]')).not.toBeNull());
    expect(signedAs.textContent).not.toContain('database is locked');
    fail = false;
    await user.click(within(signedAs).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('pack-publisher-name')).textContent).toBe('Your packs are signed as “Radio Nandía”.');
    expect(screen.getByTestId('pack-change-publisher').textContent).toBe('Change in Settings');
  });
});
