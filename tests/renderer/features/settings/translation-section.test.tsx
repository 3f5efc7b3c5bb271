import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CommunityLanguage } from '../../../../shared/api/methods/ui-strings.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from './station-fakes.ts';

const MIXTECO: CommunityLanguage = { code: 'xty', name: "Tu'un savi", translated: 2, total: 1300, importedAt: '2026-12-03T00:00:00Z' };

function kitApi(installed: CommunityLanguage[] = []) {
  const api = new FakeApiClient();
  fakeStation(api, NEW_STATION, false);
  const state = { installed };
  api.override('uiStrings.languages', async () => state.installed);
  api.override('uiStrings.get', async ({ code }) => ({ code, name: "Tu'un savi", strings: { app: { nav: { library: 'Ñuu tutu' } }, library: { count_other: '{{count, number}} tutu', count_one: '{{count, number}} tutu' } } }));
  api.override('uiStrings.delete', async ({ code }) => {
    state.installed = state.installed.filter((l) => l.code !== code);
    api.emit('uiStrings.changed', {});
    return { deleted: true };
  });
  api.override('files.describe', async ({ files }) => files.map((f) => ({ path: f.path, name: f.name ?? 'x', sizeBytes: 400_000 })));
  return { api, state };
}

async function openSettings(api: FakeApiClient) {
  renderApp(api);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-settings'));
  return { user, section: await screen.findByTestId('translate-settings') };
}

describe('Ajustes › Traducir la interfaz (issue #15 §3)', () => {
  it('exports the UI strings for the language picked by name, as PO, and offers the file', async () => {
    const { api } = kitApi();
    api.override('uiStrings.export', async ({ language, format }) => ({ path: `/datos/translations/cabina-${language}.po`, fileName: `cabina-${language}.${format}`, strings: 1300 }));
    const { user, section } = await openSettings(api);
    expect((within(section).getByTestId('translate-export-po') as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(section).getByTestId('translate-language'), 'yolox');
    await user.keyboard('{Enter}');
    await user.type(within(section).getByTestId('translate-name'), "Tu'un savi");
    await user.click(within(section).getByTestId('translate-export-po'));
    expect(api.callsOf('uiStrings.export')).toEqual([{ format: 'po', language: 'xty', name: "Tu'un savi" }]);
    expect((await screen.findByText('Listo: 1300 textos con su contexto.')).closest('dialog')).toBeTruthy();
  });

  it('imports a translated file and says what was taken and what was refused, by key and reason', async () => {
    const { api } = kitApi();
    api.override('uiStrings.import', async () => ({
      language: MIXTECO,
      missing: 1298,
      problems: [
        { key: 'packs.build.done', problem: 'placeholder_missing', detail: '{{path}}' },
        { key: 'app.nav.library', problem: 'too_long', detail: '20' },
      ],
    }));
    const { user, section } = await openSettings(api);
    await user.upload(within(section).getByTestId('translate-import-input'), new File(['msgid ""'], 'mixteco.po'));
    const result = await within(section).findByTestId('translate-imported');
    expect(result.textContent).toContain("Tu'un savi: 2 de 1300 textos traducidos. Lo que falta se ve en español.");
    expect(within(result).getByTestId('translate-refused').textContent).toBe('packs.build.done: falta {{path}}; debe quedar tal cual.');
    expect(within(result).getByTestId('translate-too-long').textContent).toBe('app.nav.library: pasa de 20 caracteres.');
  });

  it('shows a refused file\'s reason, translated', async () => {
    const { api } = kitApi();
    api.override('uiStrings.import', async () => {
      throw new ApiError('translation.no_language', 'no', { name: 'x.po' });
    });
    const { user, section } = await openSettings(api);
    await user.upload(within(section).getByTestId('translate-import-input'), new File(['x'], 'x.po'));
    expect((await within(section).findByTestId('translate-error')).textContent).toContain('«x.po» no dice a qué lengua está traducido');
  });

  it('a community language shows in the language menu; choosing it translates what it has and keeps Spanish for the rest; removing it goes back', async () => {
    const { api } = kitApi([MIXTECO]);
    const { user, section } = await openSettings(api);
    const menu = screen.getByTestId('ui-language') as HTMLSelectElement;
    await waitFor(() => expect([...menu.options].map((o) => o.textContent)).toEqual(['Español', 'English', "Tu'un savi"]));
    await user.selectOptions(menu, 'xty');
    await waitFor(() => expect(screen.getByTestId('nav-library').textContent).toBe('Ñuu tutu'));
    expect(screen.getByTestId('nav-record').textContent).toBe('Grabar');
    expect(document.documentElement.lang).toBe('xty');
    expect(menu.value).toBe('xty');

    await user.click(within(section).getByTestId('translate-delete'));
    await user.click(screen.getByTestId('translate-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('nav-library').textContent).toBe('Biblioteca'));
    await waitFor(() => expect(within(section).getByTestId('translate-none')).toBeTruthy());
  });

  it('the pseudo-locale accents and lengthens every string, and one click goes back', async () => {
    const { api } = kitApi();
    const { user, section } = await openSettings(api);
    await user.click(within(section).getByTestId('translate-pseudo'));
    await waitFor(() => expect(screen.getByTestId('nav-library').textContent).toMatch(/^\[Bïblïôtëçá[~·]+\]$/));
    await user.click(screen.getByTestId('translate-pseudo'));
    await waitFor(() => expect(screen.getByTestId('nav-library').textContent).toBe('Biblioteca'));
  });
});
