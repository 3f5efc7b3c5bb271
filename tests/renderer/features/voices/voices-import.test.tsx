import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { deferred } from '../../fake-api-client.ts';
import { openVoices, voicesApi } from './voices-fakes.ts';

const note = (name = 'PTT-20260401-WA0003.opus') => new File([new Uint8Array([1, 2, 3])], name, { type: '' });

describe('Voces: importing a voice note (issue #14 §2)', () => {
  it('uploads, then imports as a job with progress, and opens the new testimony', async () => {
    const { api } = voicesApi();
    const held = deferred<void>();
    api.before('voices.import', async (input) => {
      api.emit('job.progress', { jobId: input.jobId, kind: 'import', stage: 'probe', fraction: 0.4 });
      await held.promise;
    });
    const { user } = await openVoices(api);
    await screen.findByTestId('voices-empty');
    expect(screen.getByTestId('voices-import-input').getAttribute('accept')).toContain('.opus');
    await user.upload(screen.getByTestId('voices-import-input'), note());

    const progress = await screen.findByTestId('voices-import-progress');
    await waitFor(() => expect(progress.textContent).toContain('Guardando «PTT-20260401-WA0003.opus»…'));
    await waitFor(() => expect((progress.querySelector('progress') as HTMLProgressElement).value).toBe(0.4));
    expect(api.callsOf('voices.import')[0]).toMatchObject({ source: { kind: 'upload', uploadId: '11111111-1111-4111-8111-111111111111' }, originalName: 'PTT-20260401-WA0003.opus', testimonySource: 'voice_note' });
    held.resolve();

    expect(await screen.findByTestId('voices-panel')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('voices-row')).toHaveLength(1));
    expect(screen.queryByTestId('voices-import-progress')).toBeNull();
  });

  it('cancels the job under way through jobs.cancel, and a cancel is not an error', async () => {
    const { api } = voicesApi();
    api.override('voices.import', () => new Promise((_, reject) => api.override('jobs.cancel', async () => {
      reject(new ApiError('cancelled', 'cancelled'));
      return { cancelled: true };
    })));
    const { user } = await openVoices(api);
    await user.upload(await screen.findByTestId('voices-import-input'), note());
    await user.click(await screen.findByTestId('voices-import-cancel'));
    await waitFor(() => expect(screen.queryByTestId('voices-import-progress')).toBeNull());
    expect(api.callsOf('jobs.cancel')).toHaveLength(1);
    expect(screen.queryByTestId('voices-import-error')).toBeNull();
  });

  it('names the file in a translated error', async () => {
    const { api } = voicesApi();
    api.override('voices.import', async ({ originalName }) => {
      throw new ApiError('import.not_audio', 'not audio', { name: originalName });
    });
    const { user } = await openVoices(api);
    await user.upload(await screen.findByTestId('voices-import-input'), note('roto.wav'));
    expect((await screen.findByTestId('voices-import-error')).textContent).toBe('No se pudo importar la nota de voz. «roto.wav» no es un archivo de audio.');
  });

  it('imports voice notes dropped on the page', async () => {
    const { api } = voicesApi();
    await openVoices(api);
    await screen.findByTestId('voices-empty');
    const files = [note('a.m4a'), note('b.amr')];
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByTestId('voices-drop-overlay')).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    await waitFor(() => expect(api.callsOf('voices.import').map((c) => c.originalName)).toEqual(['a.m4a', 'b.amr']));
    await waitFor(() => expect(screen.getAllByTestId('voices-row')).toHaveLength(2));
  });

  it('"Nota de llamada" creates a testimony without audio and opens it', async () => {
    const { api } = voicesApi();
    const { user } = await openVoices(api);
    await user.click(await screen.findByTestId('voices-note-call'));
    expect(api.callsOf('voices.create')).toEqual([{ assetId: null, testimonySource: 'call_in' }]);
    expect((await screen.findByTestId('voices-no-audio')).textContent).toContain('se anotó a mano');
    expect((screen.getByTestId('voices-export-broadcast') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('voices-export-broadcast-why').textContent).toBe('No hay audio: es una llamada anotada a mano.');
    // No recording to hear the consent on: only the checkbox method.
    expect((screen.getByTestId('voices-consent-method-audio') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByTestId('voices-consent-method-checkbox') as HTMLInputElement).checked).toBe(true);
  });
});
