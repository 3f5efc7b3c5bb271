import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSegment } from '../../fixtures.ts';
import { editedDuration, editorApi, openEditor, selectRange } from './editor-harness.ts';
import { resetFakeWavesurfer } from './fake-wavesurfer.ts';

vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('./fake-regions.ts'));

beforeEach(resetFakeWavesurfer);

describe('Editar tools', () => {
  it('trims to the selection: one trim op on the edited timeline, and the new length', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    expect((screen.getByTestId('trim-button') as HTMLButtonElement).disabled).toBe(true);
    await selectRange('10', '20');
    await user.click(screen.getByTestId('trim-button'));
    await waitFor(() => expect(ops).toEqual([{ type: 'trim', startSec: 10, endSec: 20 }]));
    expect(editedDuration()).toBe('10.000');
    expect((screen.getByTestId('selection-start') as HTMLInputElement).value).toBe('');
  });

  it('applies gain in dB to the selection, refusing an amount the contract would reject', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    expect((screen.getByTestId('gain-button') as HTMLButtonElement).disabled).toBe(true);
    await selectRange('5', '8');
    await user.click(screen.getByTestId('gain-button'));
    await waitFor(() => expect(ops).toEqual([{ type: 'gain', startSec: 5, endSec: 8, db: -6 }]));
    const db = screen.getByTestId('gain-db');
    fireEvent.change(db, { target: { value: '30' } });
    expect((screen.getByTestId('gain-button') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(db, { target: { value: '3.5' } });
    await user.click(screen.getByTestId('gain-button'));
    await waitFor(() => expect(ops[1]).toEqual({ type: 'gain', startSec: 5, endSec: 8, db: 3.5 }));
    expect(editedDuration()).toBe('60.000');
  });

  it('trims the detected silence as one trim op, says when there is none, and one undo brings it back', async () => {
    const { api, ops } = editorApi();
    api.overrides['audio.silence'] = async () => ({ leadSec: 1.5, trailSec: 2, durationSec: 60, thresholdDb: -50 });
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('trim-silence-button'));
    await waitFor(() => expect(ops).toEqual([{ type: 'trim', startSec: 1.5, endSec: 58 }]));
    expect(editedDuration()).toBe('56.500');
    expect(screen.getByTestId('edit-notice').textContent).toBe('Silence trimmed: 0:01.5 at the start and 0:02.0 at the end. "Undo" brings it back.');
    // The edges of the edit are loud now: asking again changes nothing and says so.
    await user.click(screen.getByTestId('trim-silence-button'));
    await waitFor(() => expect(screen.getByTestId('edit-notice').textContent).toBe('There is no silence to trim at the start or the end.'));
    expect(ops).toHaveLength(1);
    expect(api.callsOf('audio.silence')).toHaveLength(2);
    await user.click(screen.getByTestId('undo-button'));
    await waitFor(() => expect(ops).toEqual([]));
    expect(editedDuration()).toBe('60.000');
  });

  it('says so when the file has no silence at the ends, without editing', async () => {
    const { api, ops } = editorApi();
    api.overrides['audio.silence'] = async () => ({ leadSec: 0, trailSec: 0.004, durationSec: 60, thresholdDb: -50 });
    const { user } = await openEditor(api);
    await user.click(screen.getByTestId('trim-silence-button'));
    expect((await screen.findByTestId('edit-notice')).textContent).toMatch(/no silence to trim/);
    expect(ops).toEqual([]);
    expect(api.callsOf('audio.edits.apply')).toEqual([]);
  });

  it('inserts another library segment as intro and outro with its measured length', async () => {
    const { api, ops } = editorApi();
    const jingle = api.add(makeSegment({ title: 'Cortinilla Radio Nandía' }));
    const measured = api.overrides['audio.analysis']!;
    api.overrides['audio.analysis'] = async (input) => {
      const answer = await measured(input);
      return input.versionId === jingle.versions[0]?.id ? { ...answer, analysis: { ...answer.analysis, durationSec: 4.5 } } : answer;
    };
    const { user } = await openEditor(api);
    const select = screen.getByTestId('jingle-select');
    expect(within(select).queryByText('Entrevista en mixteco')).toBeNull();
    expect((screen.getByTestId('insert-intro-button') as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(select, within(select).getByText('Cortinilla Radio Nandía'));
    await user.click(screen.getByTestId('insert-intro-button'));
    const assetId = jingle.versions[0]?.asset.id;
    await waitFor(() => expect(ops).toEqual([{ type: 'insert', position: 'intro', assetId, durationSec: 4.5 }]));
    expect(editedDuration()).toBe('64.500');
    await user.click(screen.getByTestId('insert-outro-button'));
    await waitFor(() => expect(ops[1]).toEqual({ type: 'insert', position: 'outro', assetId, durationSec: 4.5 }));
    expect(editedDuration()).toBe('69.000');
    expect(screen.getByTestId('inserted-jingles').textContent).toBe('Intro: Cortinilla Radio Nandía · Outro: Cortinilla Radio Nandía');
  });

  it('zooms with Ctrl + mouse wheel over the waveform, not with the plain wheel', async () => {
    const { api } = editorApi();
    await openEditor(api);
    const waveform = screen.getByTestId('waveform');
    expect(waveform.getAttribute('title')).toMatch(/Ctrl \+ mouse wheel/);
    expect(screen.getByTestId('zoom-in-button').getAttribute('title')).toMatch(/Ctrl \+ mouse wheel/);
    const zoomRequests = () => api.callsOf('audio.peaks').map((c) => c.pixels).filter((p) => p < 1000);
    fireEvent.wheel(waveform, { deltaY: -120 });
    expect(zoomRequests()).toEqual([]);
    fireEvent.wheel(waveform, { deltaY: -120, ctrlKey: true });
    await waitFor(() => expect(zoomRequests()).toEqual([120]));
    fireEvent.wheel(waveform, { deltaY: -120, ctrlKey: true });
    await waitFor(() => expect(zoomRequests()).toEqual([120, 300]));
    fireEvent.wheel(waveform, { deltaY: 120, ctrlKey: true });
    await waitFor(() => expect((screen.getByTestId('zoom-out-button') as HTMLButtonElement).disabled).toBe(false));
  });
});
