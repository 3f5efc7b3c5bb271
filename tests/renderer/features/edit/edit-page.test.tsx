import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract.ts';
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

const timeline = (durationSec: number, cut: [number, number] | null = null) => ({
  pieces: cut
    ? [
        { assetId: null, inSec: 0, outSec: cut[0] },
        { assetId: null, inSec: cut[1], outSec: durationSec },
      ]
    : [{ assetId: null, inSec: 0, outSec: durationSec }],
  gains: [],
  fadeInSec: 0,
  fadeOutSec: 0,
  markers: [],
  normalize: null,
  durationSec: cut ? durationSec - (cut[1] - cut[0]) : durationSec,
});

function editorApi() {
  const api = new FakeApiClient();
  const segment = api.add(makeSegment({ title: 'Entrevista en mixteco' }));
  const ops: MethodInput<'audio.edits.apply'>['op'][] = [];
  const state = () => ({ versionId: segment.id, edits: { ops: [...ops], undone: [] }, timeline: timeline(60, ops.some((o) => o.type === 'cut') ? [10, 20] : null) });
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

async function openEditor(api: FakeApiClient) {
  const user = userEvent.setup();
  const view = renderApp(api, 'en');
  await user.click(await screen.findByTestId('nav-edit'));
  const select = await screen.findByTestId('edit-segment-select');
  await user.selectOptions(select, within(select).getByText('Entrevista en mixteco'));
  await screen.findByTestId('waveform');
  await waitFor(() => expect(screen.getByTestId('waveform').getAttribute('data-ready')).toBe('true'));
  return { user, view };
}

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
    for (const id of ['cut-button', 'fade-in-button', 'normalize-button', 'undo-button', 'render-button', 'play-button', 'zoom-in-button', 'compare-button', 'loop-button']) {
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
});
