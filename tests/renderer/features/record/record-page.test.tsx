import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Take } from '../../../../shared/domain/recording.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../../renderer/src/api/api-context.tsx';
import { AudioSystemContext } from '../../../../renderer/src/features/record/audio-system.ts';
import { RecordPage } from '../../../../renderer/src/features/record/record-page.tsx';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { FakeAudio } from './fake-audio.ts';

const TAKE_ID = '11111111-2222-4333-8444-555555555555';
const SEGMENT_ID = '66666666-7777-4888-8999-aaaaaaaaaaaa';

function take(over: Partial<Take> = {}): Take {
  return {
    id: TAKE_ID,
    file: '/data/recordings/take.wav',
    status: 'finished',
    durationSec: 5,
    sampleRate: 48_000,
    channels: 1,
    languageCode: 'spa',
    segmentId: SEGMENT_ID,
    segmentTitle: 'Entrevista',
    versionId: '99999999-8888-4777-8666-555555555555',
    assetId: 'a'.repeat(64),
    keeper: true,
    needsReview: false,
    callIn: false,
    startedAt: '2025-01-01T00:00:00.000Z',
    endedAt: '2025-01-01T00:00:05.000Z',
    ...over,
  };
}

function setup(lng: 'es-MX' | 'en' = 'es-MX') {
  const api = new FakeApiClient();
  const audio = new FakeAudio();
  const takes: Take[] = [];
  api.override('recording.recover', async () => []);
  api.override('recording.takes', async ({ segmentId }) => takes.filter((t) => !segmentId || t.segmentId === segmentId));
  api.override('recording.storage', async () => ({ freeBytes: 12_300_000_000 }));
  api.override('recording.start', async () => take({ status: 'recording', durationSec: 0, versionId: null, assetId: null, segmentId: null }));
  api.override('recording.appendChunk', async ({ offset, pcm }) => ({ bytes: offset + pcm.byteLength, durableBytes: 0 }));
  api.override('recording.stop', async () => {
    const done = take();
    takes.push(done);
    return done;
  });
  const i18n = createI18n({}, lng);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <AudioSystemContext value={audio}>
          <RecordPage />
        </AudioSystemContext>
      </ApiProvider>
    </I18nextProvider>,
  );
  return { api, audio, takes, view };
}

describe('Grabar page', () => {
  it('lists inputs, shows free space and the time it allows, and meters peak/RMS in dBFS with a clip lamp', async () => {
    const { audio } = setup();
    const select = (await screen.findByTestId('input-select')) as HTMLSelectElement;
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Micrófono predeterminado', 'USB Mic', 'Micrófono 2']));
    await waitFor(() => expect(screen.getByTestId('record-disk').textContent).toBe('Espacio libre: 12.3 GB · alcanza para unas 35 horas de grabación'));
    act(() => audio.callbacks?.onLevel({ peak: 0.5, rms: 0.1, clipped: false }));
    const meter = screen.getByTestId('level-meter');
    expect(meter.textContent).toContain('-6.0 dBFS');
    expect(meter.textContent).toContain('-20.0 dBFS');
    expect(screen.getByTestId('clip-indicator').getAttribute('data-on')).toBe('false');
    act(() => audio.callbacks?.onLevel({ peak: 1, rms: 0.7, clipped: true }));
    expect(screen.getByTestId('clip-indicator').getAttribute('data-on')).toBe('true');
    await userEvent.selectOptions(select, 'mic-usb');
    await waitFor(() => expect(audio.opened).toEqual([null, 'mic-usb']));
  });

  it('records a take for a new segment: chunks in order with offsets, pause, stop → a draft take row', async () => {
    const { api, audio } = setup();
    await userEvent.type(await screen.findByTestId('target-title'), 'Entrevista');
    await waitFor(() => expect((screen.getByTestId('record-start') as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(screen.getByTestId('record-start'));
    await waitFor(() => expect(audio.recording).toBe(true));
    expect(api.callsOf('recording.start')[0]).toEqual({ target: { kind: 'new', title: 'Entrevista' }, languageCode: 'spa', sampleRate: 48_000, channels: 1 });
    act(() => {
      for (let i = 0; i < 8; i += 1) audio.chunk(i);
    });
    await waitFor(() => expect(api.callsOf('recording.appendChunk').map((c) => c.offset)).toEqual([0, 24_000, 48_000, 72_000, 96_000, 120_000, 144_000, 168_000]));
    expect(screen.getByTestId('record-timer').textContent).toBe('00:02');
    await userEvent.click(screen.getByTestId('record-pause'));
    expect(audio.recording).toBe(false);
    expect(screen.getByTestId('record-pause').textContent).toBe('Reanudar');
    await userEvent.click(screen.getByTestId('record-pause'));
    expect(audio.recording).toBe(true);
    await userEvent.click(screen.getByTestId('record-stop'));
    await waitFor(() => expect(api.callsOf('recording.stop')).toHaveLength(1));
    expect((await screen.findByTestId('record-notice')).textContent).toBe('Toma guardada como versión en borrador (5 s).');
    const row = await screen.findByTestId('take-row');
    expect(row.textContent).toContain('Entrevista');
    expect(within(row).getByTestId('take-keeper').textContent).toBe('Toma elegida');
    // The next take is for the same segment.
    expect((screen.getByTestId('target-existing') as HTMLInputElement).checked).toBe(true);
  });

  it('says plainly when the microphone permission is refused or there is no device', async () => {
    const api = new FakeApiClient();
    api.override('recording.recover', async () => []);
    api.override('recording.takes', async () => []);
    api.override('recording.storage', async () => ({ freeBytes: null }));
    const audio = new FakeAudio();
    audio.refuse = 'permission';
    render(
      <I18nextProvider i18n={createI18n({}, 'es-MX')}>
        <ApiProvider client={api}>
          <AudioSystemContext value={audio}>
            <RecordPage />
          </AudioSystemContext>
        </ApiProvider>
      </I18nextProvider>,
    );
    expect((await screen.findByTestId('input-problem')).textContent).toMatch(/no tiene permiso para usar el micrófono/);
    expect((screen.getByTestId('record-start') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('record-disk').textContent).toBe('No se pudo leer el espacio libre del disco.');
    audio.refuse = 'noDevice';
    await userEvent.click(screen.getByRole('button', { name: 'Volver a intentar' }));
    await waitFor(() => expect(screen.getByTestId('input-problem').textContent).toMatch(/No hay ningún micrófono/));
  });

  it('stops gracefully and keeps the take when the device is unplugged mid-take', async () => {
    const { api, audio } = setup();
    await userEvent.click(await screen.findByTestId('record-start'));
    await waitFor(() => expect(audio.recording).toBe(true));
    act(() => void audio.chunk());
    act(() => audio.callbacks?.onEnded('device'));
    await waitFor(() => expect(api.callsOf('recording.stop')).toHaveLength(1));
    expect((await screen.findByTestId('record-notice')).textContent).toBe('El micrófono se desconectó; guardamos lo grabado hasta ese momento.');
    expect(await screen.findByTestId('take-row')).toBeTruthy();
  });

  it('stops on a full disk with one translated sentence, asking the core to keep what it has', async () => {
    const { api, audio } = setup('en');
    api.override('recording.appendChunk', async () => {
      throw new ApiError('recording.disk_full', 'ENOSPC', { id: TAKE_ID });
    });
    await userEvent.click(await screen.findByTestId('record-start'));
    await waitFor(() => expect(audio.recording).toBe(true));
    act(() => void audio.chunk());
    await waitFor(() => expect(api.callsOf('recording.stop')).toHaveLength(1));
    expect((await screen.findByTestId('record-notice')).textContent).toBe('Recording stopped: The disk is full; recording stopped and what was recorded is saved.');
  });

  it('offers a recovered take after a crash and keeps it', async () => {
    const { api, takes } = setup();
    takes.push(take({ status: 'recovered', durationSec: 192.4, needsReview: true, segmentTitle: 'Testimonio' }));
    api.override('recording.keep', async () => {
      takes[0] = take({ status: 'recovered', needsReview: false });
      return takes[0];
    });
    const banner = await screen.findByTestId('recovered-banner');
    expect(banner.textContent).toContain('Recuperamos 3 min 12 s de tu última grabación («Testimonio»).');
    await userEvent.click(within(banner).getByTestId('recovered-keep'));
    await waitFor(() => expect(screen.queryByTestId('recovered-banner')).toBeNull());
    expect(api.callsOf('recording.keep')).toEqual([{ id: TAKE_ID }]);
  });

  it('is reachable from the nav, and says when the browser cannot record', async () => {
    const api = new FakeApiClient();
    api.override('recording.recover', async () => []);
    api.override('recording.takes', async () => []);
    api.override('recording.storage', async () => ({ freeBytes: 1e9 }));
    renderApp(api);
    await userEvent.click(await screen.findByTestId('nav-record'));
    expect((await screen.findByTestId('input-problem')).getAttribute('data-problem')).toBe('unsupported');
  });
});
