import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drawn, resetDrawn } from '../edit/fake-regions.ts';
import { created, played, resetFakeWavesurfer } from '../edit/fake-wavesurfer.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { deferred } from '../../fake-api-client.ts';
import { ASSET, makeTestimony, openTestimony, openVoices, voicesApi } from './voices-fakes.ts';

vi.mock('wavesurfer.js', () => import('../edit/fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('../edit/fake-regions.ts'));

beforeEach(() => {
  resetFakeWavesurfer();
  resetDrawn();
});

const span = (start: string, end: string) => {
  fireEvent.change(screen.getByTestId('voices-span-start'), { target: { value: start } });
  fireEvent.change(screen.getByTestId('voices-span-end'), { target: { value: end } });
};

describe('Voces: redaction (issue #14 §2)', () => {
  it('draws the original from its media URL, marks a bleep and a cut, lists them in time order, and saves', async () => {
    const testimony = makeTestimony();
    const { api, state } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    await waitFor(() => expect(screen.getByTestId('voices-waveform').getAttribute('data-ready')).toBe('true'));
    // Drawn from the stored peaks over the streamed audio: wavesurfer never decodes the file.
    expect(created.at(-1)).toMatchObject({ url: `http://media.test/${ASSET}`, duration: 42 });
    expect(Array.from(created.at(-1)?.peaks[0] ?? [])).toEqual([0, 0, -0.5000152587890625, 0.5000152587890625, 0, 0, 0, 0]);
    expect(api.callsOf('voices.peaks')).toEqual([expect.objectContaining({ id: testimony.id })]);
    expect(screen.getByTestId('voices-spans-empty')).toBeTruthy();
    expect((screen.getByTestId('voices-mark-bleep') as HTMLButtonElement).disabled).toBe(true);

    span('12.3', '13.1');
    await user.type(screen.getByTestId('voices-span-note'), 'nombre');
    await user.click(screen.getByTestId('voices-mark-bleep'));
    span('2', '4.5');
    await user.click(screen.getByTestId('voices-mark-cut'));
    const spans = screen.getAllByTestId('voices-span');
    expect(spans.map((s) => s.textContent)).toEqual(['Corte de 0:02.0 a 0:04.5Quitar', 'Pitido de 0:12.3 a 0:13.1 · nombreQuitar']);
    await waitFor(() => expect(drawn.filter((r) => r.id.startsWith('span-')).map((r) => r.content)).toEqual(expect.arrayContaining(['Corte', 'Pitido: nombre'])));
    expect(screen.getByTestId('voices-spans-unsaved')).toBeTruthy();

    await user.click(screen.getByTestId('voices-spans-save'));
    expect((await screen.findByTestId('voices-spans-saved')).textContent).toBe('2 tramos guardados.');
    expect(api.callsOf('voices.redactions.save')).toEqual([
      { id: testimony.id, redactions: [{ kind: 'cut', startSec: 2, endSec: 4.5, note: '' }, { kind: 'bleep', startSec: 12.3, endSec: 13.1, note: 'nombre' }] },
    ]);
    expect(state.testimonies[0]?.redactions).toHaveLength(2);
    await waitFor(() => expect(screen.queryByTestId('voices-spans-unsaved')).toBeNull());

    await user.click(within(screen.getAllByTestId('voices-span')[0] as HTMLElement).getByRole('button', { name: 'Quitar: Corte de 0:02.0 a 0:04.5' }));
    expect(screen.getAllByTestId('voices-span')).toHaveLength(1);
    expect(screen.getByTestId('voices-spans-unsaved')).toBeTruthy();
  });

  it('"Escuchar como saldrá" saves unsaved spans, runs the preview job with progress, and plays the media it returns', async () => {
    const testimony = makeTestimony();
    const { api } = voicesApi([testimony]);
    const held = deferred<void>();
    api.before('voices.preview', async (input) => {
      api.emit('job.progress', { jobId: input.jobId, kind: 'render', stage: 'encode', fraction: 0.25 });
      await held.promise;
    });
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    span('1', '2');
    await user.click(screen.getByTestId('voices-mark-bleep'));
    await user.click(screen.getByTestId('voices-preview-button'));
    const progress = await screen.findByTestId('voices-preview-progress');
    expect(api.callsOf('voices.redactions.save')).toHaveLength(1);
    await waitFor(() => expect((progress.querySelector('progress') as HTMLProgressElement).value).toBe(0.25));
    held.resolve();
    const audio = (await screen.findByTestId('voices-preview-audio')) as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe('http://media.test/33333333-3333-4333-8333-333333333333');
    expect(screen.getByText('Así saldrá (42 s):')).toBeTruthy();
  });

  it('draws an hour-long call from its peaks, after "Preparando la forma de onda…" with the job\'s progress', async () => {
    const testimony = makeTestimony({ durationSec: 3600, source: 'call_in' });
    const { api } = voicesApi([testimony]);
    const held = deferred<void>();
    api.before('voices.peaks', async (input) => {
      api.emit('job.progress', { jobId: input.jobId, kind: 'analyze', stage: 'decode', fraction: 0.4 });
      await held.promise;
    });
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    const preparing = await screen.findByTestId('voices-waveform-preparing');
    await waitFor(() => expect(preparing.textContent).toContain('Preparando la forma de onda… 40 %'));
    expect((preparing.querySelector('progress') as HTMLProgressElement).value).toBe(0.4);
    expect(created).toHaveLength(0);
    expect(screen.queryByTestId('voices-waveform-skipped')).toBeNull();
    held.resolve();
    await waitFor(() => expect(screen.getByTestId('voices-waveform').getAttribute('data-ready')).toBe('true'));
    expect(screen.queryByTestId('voices-waveform-preparing')).toBeNull();
    expect(created.at(-1)).toMatchObject({ url: `http://media.test/${ASSET}`, duration: 3600 });
    expect(created.at(-1)?.peaks[0]).toHaveLength(8);
  });

  it('zooms in on an hour-long call with a finer level of its stored peaks, asked of the core', async () => {
    const testimony = makeTestimony({ durationSec: 3600, source: 'call_in' });
    const { api } = voicesApi([testimony]);
    const asked: number[] = [];
    const real = api.overrides['voices.peaks'];
    api.override('voices.peaks', async (input) => {
      if (!real) throw new Error('no peaks');
      asked.push(input.pixels ?? 0);
      const answer = await real(input);
      // The core's finer level: 5,000 pairs where the overview had four.
      return (input.pixels ?? 0) > 4000 ? { ...answer, samplesPerPixel: 256, peaks: Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 1000 : -1000)) } : answer;
    });
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    await waitFor(() => expect(screen.getByTestId('voices-waveform').getAttribute('data-ready')).toBe('true'));
    const zoomOut = screen.getByTestId('voices-zoom-out') as HTMLButtonElement;
    expect(zoomOut.disabled).toBe(true);
    await user.click(screen.getByTestId('voices-zoom-in'));
    // The first step is 2 px a second: 7,200 columns for the hour.
    await waitFor(() => expect(asked.at(-1)).toBe(7200));
    const redrawn = () => played.find((p) => p[0] === 'setOptions') as [string, { peaks: Float32Array[]; duration: number }] | undefined;
    await waitFor(() => expect(redrawn()?.[1].peaks[0]).toHaveLength(10_000));
    expect(redrawn()?.[1].duration).toBe(3600);
    expect(zoomOut.disabled).toBe(false);
  });

  it('says why there is no waveform when it cannot be prepared, still lets spans be typed, and tries again', async () => {
    const testimony = makeTestimony({ durationSec: 3600 });
    const { api } = voicesApi([testimony]);
    let fail = true;
    api.before('voices.peaks', async () => {
      if (fail) throw new ApiError('ffmpeg.failed', 'ffmpeg exited with 1');
    });
    const { user } = await openVoices(api, 'en');
    await openTestimony(user, testimony.id);
    const error = await screen.findByTestId('voices-waveform-error');
    expect(error.textContent).toBe('The waveform could not be prepared. ffmpeg could not process the audio.');
    expect(screen.getByTestId('voices-waveform-skipped').textContent).toBe('No waveform for now: mark spans by typing their seconds.');
    expect(created).toHaveLength(0);
    span('100', '101');
    await user.click(screen.getByTestId('voices-mark-cut'));
    expect(screen.getAllByTestId('voices-span')).toHaveLength(1);

    fail = false;
    await user.click(screen.getByTestId('voices-waveform-retry'));
    await waitFor(() => expect(screen.getByTestId('voices-waveform').getAttribute('data-ready')).toBe('true'));
    expect(screen.queryByTestId('voices-waveform-error')).toBeNull();
    expect(api.callsOf('voices.peaks')).toHaveLength(2);
  });

  it('stops preparing through jobs.cancel; a stop is not an error and falls back to typing seconds', async () => {
    const testimony = makeTestimony({ durationSec: 3600 });
    const { api } = voicesApi([testimony]);
    api.override('voices.peaks', ({ jobId }) => new Promise((_, reject) => api.override('jobs.cancel', async (input) => {
      expect(input.jobId).toBe(jobId);
      reject(new ApiError('cancelled', 'Cancelled'));
      return { cancelled: true };
    })));
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    await user.click(await screen.findByTestId('voices-waveform-preparing-cancel'));
    expect((await screen.findByTestId('voices-waveform-stopped')).textContent).toBe('Se detuvo la preparación de la forma de onda.');
    expect(screen.queryByTestId('voices-waveform-error')).toBeNull();
    expect(screen.getByTestId('voices-waveform-skipped').textContent).toBe('Sin forma de onda por ahora: marca los tramos escribiendo sus segundos.');
    expect(api.callsOf('jobs.cancel')).toHaveLength(1);
  });
});
