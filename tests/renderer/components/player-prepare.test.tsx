import { act, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../fake-api-client.ts';
import { makeSegment } from '../fixtures.ts';
import { renderApp } from '../render-app.tsx';

/** A library whose one version's playout rendition is still being made: the test settles it. */
function renderingLibrary() {
  const api = new FakeApiClient();
  const segment = api.add(makeSegment({ title: 'Entrevista editada' }));
  const pending: { jobId: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  api.override('audio.playout.prepare', ({ jobId }) => new Promise((resolve, reject) => pending.push({ jobId, resolve: () => resolve({ durationSec: 83 }), reject })));
  return { api, segment, pending };
}

async function playFirstRow() {
  const user = userEvent.setup();
  await user.click((await screen.findAllByTestId('play-button'))[0] as HTMLElement);
  return user;
}

describe('Playing a version whose edit is not rendered yet (issue #11)', () => {
  it('says "Preparando audio…" with the render progress, then plays the version as it airs', async () => {
    const { api, segment, pending } = renderingLibrary();
    renderApp(api);
    await playFirstRow();
    const preparing = await screen.findByTestId('player-preparing');
    expect(preparing.textContent).toContain('Preparando audio…');
    expect(api.callsOf('audio.playout.prepare').map((c) => c.versionId)).toEqual([segment.versions[0]?.id]);
    const audio = screen.getByTestId('audio-player') as HTMLAudioElement;
    expect(audio.src).toBe(api.versionMediaUrl(segment.versions[0]?.id ?? ''));
    act(() => api.emit('job.progress', { jobId: pending[0]?.jobId ?? '', kind: 'render', stage: 'render', fraction: 0.6 }));
    await waitFor(() => expect(preparing.querySelector('progress')?.getAttribute('value')).toBe('0.6'));
    act(() => pending[0]?.resolve());
    await waitFor(() => expect(screen.queryByTestId('player-preparing')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(audio.src).toBe(api.versionMediaUrl(segment.versions[0]?.id ?? ''));
  });

  it('says in plain words (English too) when the render fails, and stops waiting', async () => {
    const { api, pending } = renderingLibrary();
    renderApp(api, 'en');
    await playFirstRow();
    await screen.findByTestId('player-preparing');
    act(() => pending[0]?.reject(new ApiError('audio.disk_full', 'ENOSPC')));
    const error = await screen.findByTestId('player-prepare-error');
    expect(error.textContent).toMatch(/^The edited audio could not be prepared: The disk filled up/);
    expect(error.textContent).not.toContain('ENOSPC');
    expect((screen.getByTestId('audio-player') as HTMLAudioElement).getAttribute('src')).toBeNull();
  });

  it('cancels the preparation: the job is cancelled, nothing is called an error', async () => {
    const { api, pending } = renderingLibrary();
    api.override('jobs.cancel', async ({ jobId }) => {
      pending.find((p) => p.jobId === jobId)?.reject(new ApiError('cancelled', 'Cancelled'));
      return { cancelled: true };
    });
    renderApp(api);
    const user = await playFirstRow();
    await user.click(await screen.findByTestId('player-prepare-cancel'));
    await waitFor(() => expect(screen.queryByTestId('player-preparing')).toBeNull());
    expect(api.callsOf('jobs.cancel').map((c) => c.jobId)).toEqual([pending[0]?.jobId]);
    expect(screen.queryByTestId('player-prepare-error')).toBeNull();
    expect((screen.getByTestId('audio-player') as HTMLAudioElement).getAttribute('src')).toBeNull();
  });
});
