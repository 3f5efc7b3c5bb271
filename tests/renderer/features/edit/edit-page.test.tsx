import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { editorApi, openEditor, openSegment } from './editor-harness.ts';
import { played, resetFakeWavesurfer } from './fake-wavesurfer.ts';

vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('./fake-regions.ts'));

beforeEach(resetFakeWavesurfer);

describe('Editar page', () => {
  it('edits the language version the producer picks, not only the first one (issue #11)', async () => {
    const { api, segment } = editorApi();
    const first = segment.versions[0];
    if (!first) throw new Error('fixture has a version');
    const mixteco = { ...first, id: '00000000-0000-4000-8000-00000000beef', languageCode: 'xty', asset: { ...first.asset, id: 'e'.repeat(64) } };
    segment.versions.push(mixteco);
    const { user } = await openSegment(api);
    const picker = await screen.findByTestId('edit-version-select');
    await waitFor(() => expect(api.callsOf('audio.edits.get').at(-1)).toEqual({ versionId: first.id }));
    await user.selectOptions(picker, mixteco.id);
    await waitFor(() => expect(api.callsOf('audio.edits.get').at(-1)).toEqual({ versionId: mixteco.id }));
    expect(api.callsOf('audio.analysis').at(-1)?.versionId).toBe(mixteco.id);
    // Named by language, never by code.
    expect(within(picker).getByRole('option', { name: 'Yoloxóchitl Mixtec' })).toBeTruthy();
  });

  it('cuts the typed selection with the button, and again with Delete; Ctrl+Z undoes', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    expect((screen.getByTestId('cut-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('selection-start'), { target: { value: '10' } });
    fireEvent.change(screen.getByTestId('selection-end'), { target: { value: '20' } });
    await user.click(screen.getByTestId('cut-button'));
    await waitFor(() => expect(ops).toEqual([{ type: 'cut', startSec: 10, endSec: 20 }]));
    expect(screen.getByTestId('edited-duration').textContent).toBe('50.000');
    await user.click(screen.getByTestId('undo-button'));
    await waitFor(() => expect(ops).toEqual([]));
    fireEvent.change(screen.getByTestId('selection-start'), { target: { value: '1' } });
    fireEvent.change(screen.getByTestId('selection-end'), { target: { value: '2' } });
    act(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    fireEvent.keyDown(document.body, { key: 'Delete' });
    await waitFor(() => expect(ops).toEqual([{ type: 'cut', startSec: 1, endSec: 2 }]));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(ops).toEqual([]));
  });

  it('fades, markers, normalize to the chosen preset; space plays; every action is a labelled button', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('fade-in-button'));
    await user.selectOptions(screen.getByTestId('preset-select'), 'internet');
    await user.click(screen.getByTestId('normalize-button'));
    fireEvent.keyDown(document.body, { key: 'm' });
    await waitFor(() => expect(ops.map((o) => o.type)).toEqual(['fadeIn', 'normalize', 'marker']));
    expect(ops[1]).toEqual({ type: 'normalize', targetLufs: -16, ceilingDbtp: -1.5 });
    expect(ops[2]).toEqual({ type: 'marker', kind: 'cue', atSec: 3 });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(played).toContainEqual(['toggle']);
    await user.click(screen.getByTestId('zoom-in-button'));
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'audio.peaks').map((c) => (c.input as { pixels: number }).pixels)).toContain(120));
    await waitFor(() => expect(played.some((p) => p[0] === 'setOptions')).toBe(true));
    for (const id of ['cut-button', 'fade-in-button', 'normalize-button', 'undo-button', 'render-button', 'play-button', 'zoom-in-button', 'compare-button', 'loop-button', 'trim-button', 'gain-button', 'trim-silence-button', 'insert-intro-button', 'insert-outro-button']) {
      const button = screen.getByTestId(id);
      expect(button.textContent?.trim().length).toBeGreaterThan(0);
      expect(button.querySelector('svg')).not.toBeNull();
    }
  });

  it('renders with progress, shows the result, and says errors in plain language', async () => {
    const { api } = editorApi();
    let finish: (() => void) | undefined;
    api.overrides['audio.render'] = ({ jobId }) =>
      new Promise((resolve) => {
        api.emit('job.progress', { jobId, kind: 'render', stage: 'encode', fraction: 0.5 });
        finish = () => resolve({ path: '/data/renders/x.wav', durationSec: 50, integratedLufs: -18, truePeakDbtp: -1.6 });
      });
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('render-button'));
    const progress = await screen.findByTestId('render-progress');
    await waitFor(() => expect(progress.querySelector('progress')?.getAttribute('value')).toBe('0.5'));
    act(() => finish?.());
    const result = await screen.findByTestId('render-result');
    expect(result.getAttribute('data-duration')).toBe('50');
    expect(screen.getByTestId('rendered-readout').textContent).toContain('-18.0 LUFS');
    api.overrides['audio.render'] = async () => {
      throw new ApiError('audio.disk_full', 'disk full');
    };
    await user.click(screen.getByTestId('render-button'));
    expect((await screen.findByTestId('edit-error')).textContent).toMatch(/disk filled up/);
  });

  it('asks for a master bit depth only with the master format, and sends it', async () => {
    const { api } = editorApi();
    api.overrides['audio.render'] = async () => ({ path: '/data/renders/x.wav', durationSec: 50, integratedLufs: -18, truePeakDbtp: -1.6 });
    const { user } = await openEditor(api);
    const bits = screen.getByTestId('bits-select') as HTMLSelectElement;
    expect([...bits.options].map((o) => o.value)).toEqual(['source', '16', '24']);
    await user.click(screen.getByTestId('render-button'));
    await screen.findByTestId('render-result');
    await user.selectOptions(screen.getByTestId('bits-select'), '16');
    await user.click(screen.getByTestId('render-button'));
    await waitFor(() => expect(api.callsOf('audio.render')).toHaveLength(2));
    await user.selectOptions(screen.getByTestId('format-select'), 'mp3');
    expect(screen.queryByTestId('bits-select')).toBeNull();
    await user.click(screen.getByTestId('render-button'));
    await waitFor(() => expect(api.callsOf('audio.render')).toHaveLength(3));
    const [first, second, third] = api.callsOf('audio.render');
    expect(first?.bits).toBeUndefined();
    expect(second).toMatchObject({ format: 'master', bits: 16 });
    expect(third?.format).toBe('mp3');
    expect(third?.bits).toBeUndefined();
  });

  it('says it is loading (with the analysis progress) until the peaks and analysis arrive', async () => {
    const { api } = editorApi();
    const measured = api.overrides['audio.analysis']!;
    let release: (() => void) | undefined;
    api.overrides['audio.analysis'] = (input) => new Promise((done) => (release = () => void measured(input).then(done)));
    await openSegment(api);
    const loading = await screen.findByTestId('edit-loading');
    expect(loading.textContent).toMatch(/Loading the waveform/);
    expect(screen.queryByTestId('waveform')).toBeNull();
    const jobId = api.callsOf('audio.analysis')[0]?.jobId ?? '';
    act(() => api.emit('job.progress', { jobId, kind: 'analyze', stage: 'decode', fraction: 0.4 }));
    await waitFor(() => expect(loading.querySelector('progress')?.getAttribute('value')).toBe('0.4'));
    act(() => release?.());
    await waitFor(() => expect(screen.getByTestId('waveform').getAttribute('data-ready')).toBe('true'));
    expect(screen.queryByTestId('edit-loading')).toBeNull();
  });

  it('says in plain words when the audio cannot be opened, and retries', async () => {
    const { api } = editorApi();
    const peaks = api.overrides['audio.peaks']!;
    api.overrides['audio.peaks'] = async () => {
      throw new ApiError('not_found', 'No peaks');
    };
    const { user } = await openSegment(api);
    const failed = await screen.findByTestId('edit-load-error');
    expect(failed.querySelector('p')?.textContent).toBe('Could not open the audio for editing: Not found; it may have been deleted.');
    api.overrides['audio.peaks'] = peaks;
    await user.click(screen.getByTestId('edit-load-retry'));
    await waitFor(() => expect(screen.getByTestId('waveform').getAttribute('data-ready')).toBe('true'));
  });
});
