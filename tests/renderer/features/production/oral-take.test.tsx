import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Take } from '../../../../shared/domain/recording.ts';
import { FakeAudio } from '../record/fake-audio.ts';
import { renderApp } from '../../render-app.tsx';
import { makeTask, productionApi, SEG_A } from './production-fakes.ts';

// Issue #14 §1: "Grabar la traducción oral" opens Grabar on the task; the take recorded there
// becomes the task's oral translation (attached, then the take and its draft segment discarded).
const TAKE_ID = '11111111-2222-4333-8444-555555555555';
const DRAFT = '66666666-7777-4888-8999-aaaaaaaaaaaa';
const ASSET = 'e'.repeat(64);

function take(over: Partial<Take> = {}): Take {
  return {
    id: TAKE_ID, file: '/data/recordings/take.wav', status: 'finished', durationSec: 5, sampleRate: 48_000, channels: 1, languageCode: 'zai', segmentId: DRAFT,
    segmentTitle: 'Traducción oral: Vacunas', versionId: '99999999-8888-4777-8666-555555555555', assetId: ASSET, keeper: true, needsReview: false, callIn: false,
    startedAt: '2026-03-01T00:00:00.000Z', endedAt: '2026-03-01T00:00:05.000Z', ...over,
  };
}

describe('Grabar la traducción oral (issue #14 §1)', () => {
  it('records a take in Grabar and attaches it as the oral translation', async () => {
    const task = makeTask({ segmentId: SEG_A, languageCode: 'zai', mode: 'oral' });
    const revisions = new Map([[SEG_A, [{ revision: 1, languageCode: 'spa', text: 'Vacúnate gratis.', author: '', createdAt: '2026-03-01T10:00:00.000Z' }]]]);
    const { api, state } = productionApi({ segments: [{ id: SEG_A, title: 'Vacunas' }], revisions, tasks: [task] });
    api.override('recording.recover', async () => []);
    api.override('recording.takes', async () => []);
    api.override('recording.storage', async () => ({ freeBytes: 1e10 }));
    api.override('recording.start', async () => take({ status: 'recording', durationSec: 0, versionId: null, assetId: null, segmentId: null }));
    api.override('recording.appendChunk', async ({ offset, pcm }) => ({ bytes: offset + pcm.byteLength, durableBytes: 0 }));
    api.override('recording.stop', async () => take());
    api.override('recording.discard', async () => ({ discarded: true }));
    const audio = new FakeAudio();
    renderApp(api, 'es-MX', audio);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('nav-production'));
    await screen.findAllByTestId('production-row');
    await user.click(document.querySelector('[data-testid="production-cell"][data-code="zai"] button') as HTMLElement);
    const editor = await screen.findByTestId('production-task-editor');
    await user.click(within(editor).getByTestId('production-record-oral'));

    const banner = await screen.findByTestId('oral-take-choice');
    expect(banner.textContent).toContain('Esta toma será la traducción oral de «Vacunas» en Zapoteco del Istmo');
    // The speaker reads the master script while translating aloud.
    expect((await screen.findByTestId('prompter-text')).textContent).toBe('Vacúnate gratis.');
    await waitFor(() => expect((screen.getByTestId('record-start') as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId('record-start'));
    await waitFor(() => expect(audio.recording).toBe(true));
    expect(api.callsOf('recording.start')[0]).toMatchObject({ target: { kind: 'new', title: 'Traducción oral: Vacunas' }, languageCode: 'zai' });
    act(() => audio.chunk(0));
    await user.click(screen.getByTestId('record-stop'));

    expect((await screen.findByTestId('record-notice')).textContent).toBe('Traducción oral de «Vacunas» guardada en su tarea.');
    expect(api.callsOf('production.recording.attach')).toEqual([{ taskId: task.id, role: 'oral', assetId: ASSET, originalName: 'Traducción oral: Vacunas' }]);
    expect(api.callsOf('recording.discard')).toEqual([{ id: TAKE_ID }]);
    expect(state.tasks[0]?.oralRecording?.assetId).toBe(ASSET);
  });
});
