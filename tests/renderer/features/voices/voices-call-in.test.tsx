import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Take } from '../../../../shared/domain/recording.ts';
import type { Testimony } from '../../../../shared/domain/voices.ts';
import type { UiLanguage } from '../../../../shared/locales/index.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeAudio } from '../record/fake-audio.ts';
import { renderApp } from '../../render-app.tsx';
import { makeTestimony, uuid, voicesApi } from './voices-fakes.ts';

// Issue #14 §2: Voces → "Grabar llamada" → Grabar in call-in mode → "Guardar como testimonio" → back in Voces.
const TAKE_ID = '11111111-2222-4333-8444-555555555555';

function callTake(over: Partial<Take> = {}): Take {
  return {
    id: TAKE_ID, file: '/data/recordings/call-20260401-100000-11111111.wav', status: 'finished', durationSec: 3, sampleRate: 48_000, channels: 1,
    languageCode: null, segmentId: null, segmentTitle: '', versionId: null, assetId: null, keeper: false, needsReview: false, callIn: true,
    startedAt: '2026-04-01T16:00:00.000Z', endedAt: '2026-04-01T16:00:03.000Z', ...over,
  };
}

/** The whole app with a fake microphone and a core-like Voces; calls stay in `takes` until saved or discarded. */
function setup(initial: Testimony[] = [], lng: UiLanguage = 'es-MX') {
  const { api, state } = voicesApi(initial);
  const audio = new FakeAudio();
  const takes: Take[] = [];
  api.override('recording.recover', async () => []);
  api.override('recording.takes', async ({ segmentId }) => takes.filter((t) => !segmentId || t.segmentId === segmentId));
  api.override('recording.storage', async () => ({ freeBytes: 12_300_000_000 }));
  api.override('recording.start', async () => callTake({ status: 'recording', durationSec: 0 }));
  api.override('recording.appendChunk', async ({ offset, pcm }) => ({ bytes: offset + pcm.byteLength, durableBytes: 0 }));
  api.override('recording.stop', async () => {
    takes.push(callTake());
    return callTake();
  });
  const saved = (take: { takeId: string }) => {
    takes.splice(takes.findIndex((t) => t.id === take.takeId), 1);
  };
  const fromTake = api.overrides['voices.fromTake'];
  const attach = api.overrides['voices.audio.attach'];
  api.override('voices.fromTake', async (input) => {
    const made = await fromTake?.(input);
    saved(input);
    if (!made) throw new Error('no fake');
    return made;
  });
  api.override('voices.audio.attach', async (input) => {
    const made = await attach?.(input);
    saved(input);
    if (!made) throw new Error('no fake');
    return made;
  });
  const user = userEvent.setup();
  renderApp(api, lng, audio);
  return { api, audio, takes, state, user };
}

async function recordFor(user: ReturnType<typeof userEvent.setup>, audio: FakeAudio) {
  await waitFor(() => expect((screen.getByTestId('record-start') as HTMLButtonElement).disabled).toBe(false));
  await user.click(screen.getByTestId('record-start'));
  act(() => {
    for (let i = 0; i < 4; i += 1) audio.chunk(i);
  });
  await user.click(await screen.findByTestId('record-stop'));
}

describe('Voces: recording a call as a testimony (issue #14 §2)', () => {
  it('opens Grabar as a call, without the library target, records, saves as a testimony and comes back with it open', async () => {
    const { api, audio, user, state } = setup();
    await user.click(await screen.findByTestId('nav-voices'));
    await user.click(await screen.findByTestId('voices-record-call'));

    const banner = await screen.findByTestId('call-in-banner');
    expect(banner.textContent).toContain('Estás grabando una llamada. No será un segmento de la Biblioteca');
    expect(screen.queryByTestId('target-title')).toBeNull();
    expect(screen.queryByTestId('help-prompt-choice')).toBeNull();
    expect(await screen.findByTestId('call-in-empty')).toBeTruthy();

    await recordFor(user, audio);
    expect(api.callsOf('recording.start')[0]).toMatchObject({ target: { kind: 'call_in' }, languageCode: null });
    expect((await screen.findByTestId('record-notice')).textContent).toBe('Llamada grabada (3 s). Guárdala como testimonio para no perderla de vista.');
    const row = await screen.findByTestId('call-in-take');
    expect(row.textContent).toMatch(/^Llamada del .+ · 3 s/);
    await user.click(within(row).getByTestId('call-in-save'));

    expect(api.callsOf('voices.fromTake')).toEqual([{ takeId: TAKE_ID }]);
    expect(api.callsOf('voices.create')).toEqual([]);
    const panel = await screen.findByTestId('voices-panel');
    const made = state.testimonies[0];
    expect(made?.source).toBe('call_in');
    await waitFor(() => expect(screen.getByTestId('voices-row').getAttribute('data-selected')).toBe('true'));
    expect(within(screen.getByTestId('voices-row')).getByTestId('voices-source').textContent).toBe('Llamada');
    expect(within(panel).queryByTestId('voices-no-audio')).toBeNull();
  });

  it('says in Voces that a recorded call waits unsaved, and takes the producer to it in Grabar', async () => {
    const { api, takes, user } = setup();
    // A call stopped (or left by a crash) and never saved; an ordinary take does not count.
    takes.push(callTake({ needsReview: true }), callTake({ id: uuid(), callIn: false, segmentId: uuid() }));
    await user.click(await screen.findByTestId('nav-voices'));
    const notice = await screen.findByTestId('voices-pending-calls');
    expect(notice.textContent).toContain('Hay 1 llamada grabada sin guardar como testimonio.');
    await user.click(within(notice).getByTestId('voices-pending-calls-open'));
    expect(await screen.findByTestId('call-in-banner')).toBeTruthy();
    const row = await screen.findByTestId('call-in-take');
    expect(row.textContent).toContain('Recuperada tras un cierre inesperado');
    await user.click(within(row).getByTestId('call-in-save'));
    expect(api.callsOf('voices.fromTake')).toEqual([{ takeId: TAKE_ID }]);
    // Back in Voces with it saved: nothing waits any more.
    await screen.findByTestId('voices-panel');
    await waitFor(() => expect(screen.queryByTestId('voices-pending-calls')).toBeNull());
  });

  it('keeps the take and says why when the testimony cannot be made', async () => {
    const { api, audio, user } = setup();
    await user.click(await screen.findByTestId('nav-voices'));
    await user.click(await screen.findByTestId('voices-record-call'));
    await recordFor(user, audio);
    api.override('voices.fromTake', async () => {
      throw new ApiError('recording.disk_full', 'disk full');
    });
    await user.click(await screen.findByTestId('call-in-save'));
    expect((await screen.findByTestId('call-in-error')).textContent).toMatch(/^No se pudo guardar la llamada; la grabación sigue aquí\. .+/);
    expect(screen.getByTestId('call-in-take')).toBeTruthy();
    expect((screen.getByTestId('call-in-save') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('call-in-banner')).toBeTruthy();
  });

  it('records the audio of a call noted by hand into that testimony, and translates the refusal when it has audio', async () => {
    const noted = makeTestimony({ id: uuid(), source: 'call_in', assetId: null, durationSec: null });
    const { api, audio, user, state } = setup([noted]);
    await user.click(await screen.findByTestId('nav-voices'));
    await user.click(await screen.findByTestId('voices-row-open'));
    await user.click(await screen.findByTestId('voices-record-this-call'));
    expect((await screen.findByTestId('call-in-banner')).textContent).toContain('Al guardarla se añade a ese testimonio');
    await recordFor(user, audio);
    const save = await screen.findByTestId('call-in-save');
    expect(save.textContent).toBe('Guardar en el testimonio');

    // Another window attached audio meanwhile: the core refuses, the take stays.
    state.testimonies = state.testimonies.map((t) => ({ ...t, assetId: 'c'.repeat(64), durationSec: 5 }));
    await user.click(save);
    expect((await screen.findByTestId('call-in-error')).textContent).toBe('No se pudo guardar la llamada; la grabación sigue aquí. Este testimonio ya tiene su audio. Para otra grabación, crea un testimonio nuevo.');
    expect(api.callsOf('voices.audio.attach')).toEqual([{ id: noted.id, takeId: TAKE_ID }]);

    state.testimonies = [noted];
    await user.click(screen.getByTestId('call-in-save'));
    await screen.findByTestId('voices-panel');
    await waitFor(() => expect(screen.queryByTestId('voices-no-audio')).toBeNull());
    expect(state.testimonies[0]?.assetId).not.toBeNull();
  });

  it('discards a recorded call only after asking', async () => {
    const { api, audio, user, takes } = setup();
    await user.click(await screen.findByTestId('nav-voices'));
    await user.click(await screen.findByTestId('voices-record-call'));
    await recordFor(user, audio);
    api.override('recording.discard', async ({ id }) => {
      takes.splice(takes.findIndex((t) => t.id === id), 1);
      return { discarded: true };
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await user.click(await screen.findByTestId('call-in-discard'));
    expect(api.callsOf('recording.discard')).toEqual([]);
    await user.click(screen.getByTestId('call-in-discard'));
    await screen.findByTestId('call-in-empty');
    expect(api.callsOf('recording.discard')).toEqual([{ id: TAKE_ID }]);
    expect(confirm).toHaveBeenCalledWith('¿Descartar esta llamada grabada? Su audio se borra y no se puede recuperar.');
    confirm.mockRestore();
  });

  it('speaks English when the UI does', async () => {
    const { user } = setup([], 'en');
    await user.click(await screen.findByTestId('nav-voices'));
    expect((await screen.findByTestId('voices-record-call')).textContent).toBe('Record call');
    await user.click(screen.getByTestId('voices-record-call'));
    expect((await screen.findByTestId('call-in-banner')).textContent).toContain('You are recording a call. It will not be a Library segment');
    await user.click(screen.getByTestId('call-in-back'));
    expect(await screen.findByTestId('voices-page')).toBeTruthy();
  });
});
