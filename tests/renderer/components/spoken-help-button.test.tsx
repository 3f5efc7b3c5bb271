import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpPrompt } from '../../../shared/api/methods/help.ts';
import { ApiProvider } from '../../../renderer/src/api/api-context.tsx';
import { SpokenHelpButton } from '../../../renderer/src/components/spoken-help-button.tsx';
import { SpokenHelpProvider } from '../../../renderer/src/components/spoken-help/spoken-help-context.tsx';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../fake-api-client.ts';

const prompt = (over: Partial<HelpPrompt>): HelpPrompt => ({
  id: '33333333-3333-4333-8333-333333333333', target: 'library.import', languageCode: 'xty', assetId: 'a'.repeat(64), durationSec: 3,
  origin: { kind: 'local', packId: null }, createdAt: '2026-12-02T00:00:00Z', ...over,
});

let played: string[] = [];
beforeEach(() => {
  played = [];
  // jsdom has no media playback: record what would play.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    played.push(this.src);
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

function setup(prompts: HelpPrompt[], promptLanguage: string | null = null) {
  const api = new FakeApiClient();
  api.overrides['help.prompts'] = async () => ({ promptLanguage, prompts });
  const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
  render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <SpokenHelpProvider pageTarget="page.library">
          <button type="button" data-testid="import" data-help-target="library.import">Importar audios</button>
          <SpokenHelpButton target="library.import" />
          <SpokenHelpButton target="packs.build" />
        </SpokenHelpProvider>
      </ApiProvider>
    </I18nextProvider>,
  );
  return api;
}

describe('SpokenHelpButton (issue #15)', () => {
  it('plays the prompt in the prompt language, falling back to Spanish, and is hidden for a target without one', async () => {
    setup([prompt({ languageCode: 'spa', id: '44444444-4444-4444-8444-444444444444', assetId: 'b'.repeat(64) }), prompt({})], 'xty');
    const button = await screen.findByTestId('spoken-help-library.import');
    expect(screen.queryByTestId('spoken-help-packs.build')).toBeNull();
    expect(button.getAttribute('aria-label')).toContain('Importar audios');
    fireEvent.click(button);
    expect(played).toEqual([expect.stringContaining('a'.repeat(64))]);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
  });

  it('falls back to another language when the prompt language has none', async () => {
    setup([prompt({ languageCode: 'mix' })], 'xty');
    fireEvent.click(await screen.findByTestId('spoken-help-library.import'));
    expect(played).toHaveLength(1);
  });

  it('renders nothing when the station has no prompts', async () => {
    const api = setup([]);
    await waitFor(() => expect(api.callsOf('help.prompts')).toHaveLength(1));
    expect(screen.queryByTestId('spoken-help-library.import')).toBeNull();
  });

  it('F1 plays the prompt of the focused control', async () => {
    setup([prompt({})]);
    await screen.findByTestId('spoken-help-library.import');
    screen.getByTestId('import').focus();
    const event = new KeyboardEvent('keydown', { key: 'F1', bubbles: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(played).toEqual([expect.stringContaining('a'.repeat(64))]);
  });
});
