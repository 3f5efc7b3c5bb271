import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { editorApi, openEditor, selectRange } from './editor-harness.ts';
import { resetFakeWavesurfer } from './fake-wavesurfer.ts';

vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('./fake-regions.ts'));

beforeEach(resetFakeWavesurfer);

describe('Normalize shows what it reached (issue #11 item 10)', () => {
  it('measures the normalized edit as a job beside the button, then says the figures and the verdict; a later edit clears them', async () => {
    const { api, ops } = editorApi();
    let finish: ((r: MethodOutput<'audio.render'>) => void) | undefined;
    api.overrides['audio.render'] = ({ jobId }) =>
      new Promise((resolve) => {
        api.emit('job.progress', { jobId, kind: 'render', stage: 'render', fraction: 0.3 });
        finish = resolve;
      });
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('normalize-button'));
    const measuring = await screen.findByTestId('normalize-measuring');
    await waitFor(() => expect(measuring.querySelector('progress')?.getAttribute('value')).toBe('0.3'));
    expect(ops).toEqual([{ type: 'normalize', targetLufs: -18, ceilingDbtp: -1.5 }]);
    // The edit's own render (lossless, so the figures are the edit's, not a codec's).
    expect(api.callsOf('audio.render').map((c) => c.format)).toEqual(['master']);
    act(() => finish?.({ path: '/data/renders/cache/x.wav', durationSec: 60, integratedLufs: -18.04, truePeakDbtp: -1.62 }));
    const result = await screen.findByTestId('normalize-result');
    expect(result.textContent).toContain('Result: -18.0 LUFS, true peak -1.6 dBTP.');
    expect(screen.getByTestId('normalize-verdict').textContent).toBe('✓ Right level for radio');
    // No save dialog: measuring is not saving.
    expect(screen.queryByTestId('render-result')).toBeNull();
    await selectRange('1', '2');
    await user.click(screen.getByTestId('cut-button'));
    await waitFor(() => expect(ops).toHaveLength(2));
    expect(screen.queryByTestId('normalize-result')).toBeNull();
  });

  it('says a quiet result is quiet, and a failed measurement in plain words with a retry', async () => {
    const { api } = editorApi();
    api.overrides['audio.render'] = async () => {
      throw new ApiError('audio.disk_full', 'ENOSPC');
    };
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('normalize-button'));
    const error = await screen.findByTestId('normalize-error');
    expect(error.textContent).toMatch(/^The result could not be measured: The disk filled up/);
    expect(error.textContent).not.toContain('ENOSPC');
    api.overrides['audio.render'] = async () => ({ path: '/x.wav', durationSec: 60, integratedLufs: -29.5, truePeakDbtp: -12 });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('normalize-verdict')).textContent).toBe('▼ Too quiet');
  });

  it('cancels the measurement without calling it a failure', async () => {
    const { api } = editorApi();
    api.overrides['audio.render'] = ({ jobId }) =>
      new Promise((_resolve, reject) => {
        api.overrides['jobs.cancel'] = async (input) => {
          if (input.jobId === jobId) reject(new ApiError('cancelled', 'Cancelled'));
          return { cancelled: true };
        };
      });
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('normalize-button'));
    await user.click(await screen.findByTestId('normalize-cancel'));
    await waitFor(() => expect(screen.queryByTestId('normalize-measuring')).toBeNull());
    expect(screen.queryByTestId('normalize-error')).toBeNull();
    expect(api.callsOf('jobs.cancel')).toHaveLength(1);
  });
});
