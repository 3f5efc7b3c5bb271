import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Take } from '../../../../shared/domain/recording.ts';
import { ApiProvider } from '../../../../renderer/src/api/api-context.tsx';
import { TakesList } from '../../../../renderer/src/features/record/takes-list.tsx';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../fake-api-client.ts';

function take(over: Partial<Take> = {}): Take {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    file: '/data/recordings/take.wav',
    status: 'finished',
    durationSec: 150.2,
    sampleRate: 48_000,
    channels: 1,
    languageCode: 'spa',
    segmentId: '66666666-7777-4888-8999-aaaaaaaaaaaa',
    segmentTitle: 'Entrevista',
    versionId: '99999999-8888-4777-8666-555555555555',
    assetId: 'a'.repeat(64),
    keeper: true,
    needsReview: false,
    callIn: false,
    startedAt: '2025-01-01T00:00:00.000Z',
    endedAt: '2025-01-01T00:02:30.000Z',
    ...over,
  };
}

function renderTakes(takes: Take[], lng: 'es-MX' | 'en') {
  render(
    <I18nextProvider i18n={createI18n({}, lng)}>
      <ApiProvider client={new FakeApiClient()}>
        <TakesList takes={takes} languageName={() => 'Español'} actions={{ onKeeper: () => undefined, onDiscard: () => undefined }} busy={false} />
      </ApiProvider>
    </I18nextProvider>,
  );
}

// A WAV with preload="none" shows 0:00 until played (issue #11 req. 14): the known length is text.
describe('TakesList', () => {
  it('writes the take’s length beside its player before it is played, and names it in the player’s label', () => {
    renderTakes([take(), take({ id: '22222222-2222-4333-8444-555555555555', durationSec: 12.4, keeper: false, segmentTitle: 'Saludo' })], 'es-MX');
    const [first, second] = screen.getAllByTestId('take-row');
    if (!first || !second) throw new Error('two take rows expected');
    expect(within(first).getByTestId('take-length').textContent).toBe('2 min 30 s');
    expect(within(second).getByTestId('take-length').textContent).toBe('12 s');
    const audio = first.querySelector('audio');
    expect(audio?.getAttribute('preload')).toBe('none');
    expect(audio?.getAttribute('aria-label')).toBe('Escuchar: Entrevista (2 min 30 s)');
    // Said once, next to the player, not again in the row's meta line.
    expect(first.textContent?.match(/2 min 30 s|2:30/g)).toEqual(['2 min 30 s']);
  });

  it('says the length in English too', () => {
    renderTakes([take()], 'en');
    expect(screen.getByTestId('take-length').textContent).toBe('2 min 30 s');
    expect(screen.getByTestId('take-row').querySelector('audio')?.getAttribute('aria-label')).toBe('Listen: Entrevista (2 min 30 s)');
  });

  it('keeps the length in the meta line for a take not yet in the library (no player)', () => {
    renderTakes([take({ assetId: null, versionId: null, keeper: false })], 'es-MX');
    const row = screen.getByTestId('take-row');
    expect(row.querySelector('audio')).toBeNull();
    expect(screen.queryByTestId('take-length')).toBeNull();
    expect(row.textContent).toContain('2 min 30 s');
  });
});
