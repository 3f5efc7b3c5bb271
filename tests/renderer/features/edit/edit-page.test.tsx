import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import { resolve } from '../../../../electron/core/audio/edit-list.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

// wavesurfer.js draws on canvas and plays media, neither of which jsdom has: a stand-in records how
// it was created (precomputed peaks + a media URL, so nothing is ever decoded) and what it was asked.
const created: { url: string; peaks: Float32Array[]; duration: number }[] = [];
const played: unknown[][] = [];
vi.mock('wavesurfer.js', () => {
  class FakeWaveSurfer {
    listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    static create(options: { url: string; peaks: Float32Array[]; duration: number }) {
      created.push(options);
      const ws = new FakeWaveSurfer();
      setTimeout(() => ws.emit('ready'), 0);
      return ws;
    }
    on(name: string, cb: (...args: unknown[]) => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), cb]);
      return () => undefined;
    }
    emit(name: string, ...args: unknown[]) {
      for (const cb of this.listeners.get(name) ?? []) cb(...args);
    }
    destroy() {}
    zoom() {}
    setOptions(options: unknown) {
      played.push(['setOptions', options]);
    }
    getCurrentTime() {
      return 3;
    }
    isPlaying() {
      return false;
    }
    setTime() {}
    pause() {}
    async play(...args: unknown[]) {
      played.push(args);
    }
    async playPause() {
      played.push(['toggle']);
    }
  }
  return { default: FakeWaveSurfer };
});
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => {
  class Region {
    id: string;
    start: number;
    end: number;
    constructor(id: string, start: number, end: number) {
      this.id = id;
      this.start = start;
      this.end = end;
    }
    remove() {}
    setOptions(o: { start: number; end: number }) {
      this.start = o.start;
      this.end = o.end;
    }
  }
  return {
    default: {
      create: () => {
        const regions: Region[] = [];
        return {
          enableDragSelection: () => () => undefined,
          on: () => () => undefined,
          getRegions: () => regions,
          addRegion: (o: { id: string; start: number; end?: number }) => {
            const r = new Region(o.id, o.start, o.end ?? o.start);
            regions.push(r);
            return r;
          },
        };
      },
    },
  };
});

function editorApi() {
  const api = new FakeApiClient();
  const segment = api.add(makeSegment({ title: 'Entrevista en mixteco' }));
  const ops: MethodInput<'audio.edits.apply'>['op'][] = [];
  // The core's own (pure) resolver, so the timeline answers are what the real handlers would send.
  const state = () => ({ versionId: segment.id, edits: { ops: [...ops], undone: [] }, timeline: resolve(ops, 60) });
  // The first (overview) request gets two pairs; a zoom request gets the pairs it asked for.
  api.overrides['audio.peaks'] = async ({ pixels }) => ({
    samplesPerPixel: 256,
    sampleRate: 48000,
    frames: 60 * 48000,
    durationSec: 60,
    peaks: pixels < 1000 ? Array.from({ length: pixels * 2 }, (_, i) => (i % 2 ? 8000 : -8000)) : [-16000, 16000, -8000, 8000],
  });
  api.overrides['audio.analysis'] = async () => ({
    assetId: 'a'.repeat(64),
    analysis: { durationSec: 60, sampleRate: 48000, channels: 2, codec: 'mp3', integratedLufs: -21.4, loudnessRangeLu: 4.2, truePeakDbtp: -3.1, samplePeakDbfs: -3.3 },
  });
  api.overrides['audio.edits.get'] = async () => state();
  api.overrides['audio.edits.apply'] = async ({ op }) => {
    ops.push(op);
    return state();
  };
  api.overrides['audio.edits.undo'] = async () => {
    ops.pop();
    return state();
  };
  return { api, segment, ops };
}

async function openSegment(api: FakeApiClient) {
  const user = userEvent.setup();
  const view = renderApp(api, 'en');
  await user.click(await screen.findByTestId('nav-edit'));
  const select = await screen.findByTestId('edit-segment-select');
  await user.selectOptions(select, within(select).getByText('Entrevista en mixteco'));
  return { user, view };
}

async function openEditor(api: FakeApiClient) {
  const opened = await openSegment(api);
  await screen.findByTestId('waveform');
  await waitFor(() => expect(screen.getByTestId('waveform').getAttribute('data-ready')).toBe('true'));
  return opened;
}

async function selectRange(start: string, end: string) {
  fireEvent.change(screen.getByTestId('selection-start'), { target: { value: start } });
  fireEvent.change(screen.getByTestId('selection-end'), { target: { value: end } });
}

const editedDuration = () => screen.getByTestId('edited-duration').textContent;

beforeEach(() => {
  created.length = 0;
  played.length = 0;
});

describe('Editar page', () => {
  it('opens a segment on precomputed peaks and the streamed media URL, with the loudness readout', async () => {
    const { api } = editorApi();
    await openEditor(api);
    expect(created).toHaveLength(1);
    expect(created[0]?.url).toBe(api.mediaUrl([...api.segments.values()][0]?.versions[0]?.asset.id ?? ''));
    expect(Array.from(created[0]?.peaks[0] ?? [])).toEqual([-16000 / 32767, 16000 / 32767, -8000 / 32767, 8000 / 32767].map((v) => Math.fround(v)));
    expect(created[0]?.duration).toBe(60);
    const readout = screen.getByTestId('loudness-readout');
    expect(readout.textContent).toContain('-21.4 LUFS');
    expect(readout.textContent).toContain('4.2 LU');
    expect(readout.textContent).toContain('-3.1 dBTP');
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
      return input.versionId === jingle.id ? { ...answer, analysis: { ...answer.analysis, durationSec: 4.5 } } : answer;
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
