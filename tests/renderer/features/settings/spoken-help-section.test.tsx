import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpPrompt } from '../../../../shared/api/methods/help.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from './station-fakes.ts';

const prompt = (over: Partial<HelpPrompt>): HelpPrompt => ({
  id: '33333333-3333-4333-8333-333333333333', target: 'library.import', languageCode: 'xty', assetId: 'a'.repeat(64), durationSec: 4,
  origin: { kind: 'local', packId: null }, createdAt: '2026-12-02T00:00:00Z', ...over,
});

let played: string[] = [];
beforeEach(() => {
  played = [];
  // jsdom plays no media: record what would play.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    played.push(this.src);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** help.* in memory, like the core: delete removes, setLanguage stores, each emits help.changed. */
function helpApi(initial: HelpPrompt[]) {
  const api = new FakeApiClient();
  fakeStation(api, NEW_STATION, false);
  const state = { promptLanguage: null as string | null, prompts: initial };
  api.override('help.prompts', async () => ({ ...state }));
  api.override('help.delete', async ({ id }) => {
    const before = state.prompts.length;
    state.prompts = state.prompts.filter((p) => p.id !== id);
    api.emit('help.changed', {});
    return { deleted: state.prompts.length < before };
  });
  api.override('help.setLanguage', async ({ languageCode }) => {
    state.promptLanguage = languageCode;
    api.emit('help.changed', {});
    return { promptLanguage: languageCode };
  });
  return api;
}

async function openSettings(api: FakeApiClient, lng: 'es-MX' | 'en' = 'es-MX') {
  renderApp(api, lng);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId('nav-settings'));
  return { user, section: await screen.findByTestId('spoken-help-settings') };
}

describe('Ajustes › Ayuda hablada (issue #15)', () => {
  it('lists every prompt by action and language, plays one, and deletes one only after the question', async () => {
    const api = helpApi([prompt({}), prompt({ id: '44444444-4444-4444-8444-444444444444', target: 'page.record', languageCode: 'spa', assetId: 'b'.repeat(64), origin: { kind: 'pack', packId: '55555555-5555-4555-8555-555555555555' } })]);
    const { user, section } = await openSettings(api);
    const items = await within(section).findAllByTestId('spoken-help-item');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Importar audios · Mixteco de Yoloxóchitl'),
      expect.stringContaining('Página Grabar · Español'),
    ]);
    expect(items[0]?.textContent).toContain('4 s · Grabada aquí');
    expect(items[1]?.textContent).toContain('De un paquete');

    await user.click(within(items[0] as HTMLElement).getByTestId('spoken-help-item-play'));
    expect(played).toEqual([expect.stringContaining('a'.repeat(64))]);

    await user.click(within(items[1] as HTMLElement).getByTestId('spoken-help-item-delete'));
    const question = screen.getByTestId('spoken-help-confirm');
    expect(question.textContent).toContain('¿Borrar la ayuda hablada «Página Grabar» en Español?');
    await user.click(within(question).getByTestId('spoken-help-confirm-keep'));
    expect(api.callsOf('help.delete')).toHaveLength(0);
    await user.click(within(items[1] as HTMLElement).getByTestId('spoken-help-item-delete'));
    await user.click(screen.getByTestId('spoken-help-confirm-confirm'));
    await waitFor(() => expect(within(section).getAllByTestId('spoken-help-item')).toHaveLength(1));
    expect(api.callsOf('help.delete')).toEqual([{ id: '44444444-4444-4444-8444-444444444444' }]);
  });

  it('sets the prompt language from the searchable language picker', async () => {
    const api = helpApi([prompt({})]);
    const { user, section } = await openSettings(api);
    const picker = within(section).getByTestId('spoken-help-language');
    await user.type(picker, 'yolox');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api.callsOf('help.setLanguage')).toEqual([{ languageCode: 'xty' }]));
  });

  it('says so when there are none, in English too', async () => {
    const { section } = await openSettings(helpApi([]), 'en');
    expect((await within(section).findByTestId('spoken-help-empty')).textContent).toBe('No spoken help yet. Record it in Record or receive it in a pack.');
  });

  it('shows a translated error when a delete fails, and keeps the prompt', async () => {
    const api = helpApi([prompt({})]);
    api.override('help.delete', async () => {
      throw new ApiError('internal', 'disk');
    });
    const { user, section } = await openSettings(api);
    await user.click(await within(section).findByTestId('spoken-help-item-delete'));
    await user.click(screen.getByTestId('spoken-help-confirm-confirm'));
    expect((await screen.findByTestId('spoken-help-settings-error')).textContent).toContain('No se pudo borrar la ayuda hablada.');
    expect(within(section).getAllByTestId('spoken-help-item')).toHaveLength(1);
  });
});
