import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drawn, resetDrawn } from '../edit/fake-regions.ts';
import { created, resetFakeWavesurfer } from '../edit/fake-wavesurfer.ts';
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
    expect(created.at(-1)).toMatchObject({ url: `http://media.test/${ASSET}`, duration: 42 });
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
    const real = api.overrides['voices.preview'];
    api.override('voices.preview', async (input) => {
      api.emit('job.progress', { jobId: input.jobId, kind: 'render', stage: 'encode', fraction: 0.25 });
      await held.promise;
      if (!real) throw new Error('no preview');
      return real(input);
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

  it('lets a long recording be marked by its times without decoding it', async () => {
    const testimony = makeTestimony({ durationSec: 3600 });
    const { api } = voicesApi([testimony]);
    const { user } = await openVoices(api);
    await openTestimony(user, testimony.id);
    expect(screen.getByTestId('voices-waveform-skipped')).toBeTruthy();
    expect(created).toHaveLength(0);
    span('100', '101');
    await user.click(screen.getByTestId('voices-mark-cut'));
    expect(screen.getAllByTestId('voices-span')).toHaveLength(1);
  });
});
