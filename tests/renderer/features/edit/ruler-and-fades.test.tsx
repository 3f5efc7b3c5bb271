import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rulerLabel, rulerTicks } from '../../../../renderer/src/features/edit/ruler-ticks.ts';
import { editorApi, openEditor } from './editor-harness.ts';
import { resetFakeWavesurfer } from './fake-wavesurfer.ts';

vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('./fake-regions.ts'));

beforeEach(() => {
  resetFakeWavesurfer();
  window.sessionStorage.clear();
});

describe('time ruler (issue #11 item 10)', () => {
  it('labels in m:ss, h:mm:ss past an hour, tenths only when zoomed below a second', () => {
    expect(rulerLabel(0, 10)).toBe('0:00');
    expect(rulerLabel(75, 15)).toBe('1:15');
    expect(rulerLabel(3_725, 300)).toBe('1:02:05');
    expect(rulerLabel(1.2, 0.2)).toBe('0:01.2');
    expect(rulerLabel(61.5, 0.5)).toBe('1:01.5');
  });

  it('keeps labels at least 64 px apart at every zoom, from a 3-hour file fitted to the screen to 500 px/s', () => {
    const cases = [
      { start: 0, end: 10_800, width: 1000 },
      { start: 0, end: 60, width: 600 },
      { start: 12.3, end: 14.3, width: 1000 },
      { start: 100, end: 160, width: 1366 },
    ];
    for (const c of cases) {
      const ticks = rulerTicks(c.start, c.end, c.width);
      expect(ticks.length).toBeGreaterThan(1);
      for (let i = 1; i < ticks.length; i++) expect((ticks[i]?.x ?? 0) - (ticks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(64 - 1e-6);
      // Not so sparse that a screen shows fewer than a handful of times.
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      for (const tick of ticks) expect(tick.x).toBeGreaterThanOrEqual(-1e-6);
    }
    expect(rulerTicks(0, 10_800, 1000).map((t) => t.label).slice(0, 3)).toEqual(['0:00', '15:00', '30:00']);
    expect(rulerTicks(12.3, 14.3, 1000).map((t) => t.label).slice(0, 2)).toEqual(['0:12.4', '0:12.6']);
    expect(rulerTicks(0, 0, 1000)).toEqual([]);
  });

  it('is drawn under the waveform of Editar from what wavesurfer shows', async () => {
    const { api } = editorApi();
    await openEditor(api);
    const ruler = screen.getByTestId('time-ruler');
    // The fake shows 60 s in 600 px: a label every 10 s.
    await waitFor(() => expect(within(ruler).getAllByText(/^\d+:\d\d$/).map((e) => e.textContent)).toEqual(['0:00', '0:10', '0:20', '0:30', '0:40', '0:50', '1:00']));
    expect(ruler.getAttribute('aria-label')).toBe('Time ruler (minutes:seconds)');
  });
});

describe('fade length (issue #11 item 10)', () => {
  it('fades by the chosen length, and remembers it for the session', async () => {
    const { api, ops } = editorApi();
    const { user, view } = await openEditor(api);
    const select = screen.getByTestId('fade-length') as HTMLSelectElement;
    expect(select.value).toBe('1');
    await user.click(screen.getByTestId('fade-in-button'));
    await waitFor(() => expect(ops).toEqual([{ type: 'fadeIn', durationSec: 1 }]));
    await user.selectOptions(select, '5');
    await user.click(screen.getByTestId('fade-out-button'));
    await waitFor(() => expect(ops[1]).toEqual({ type: 'fadeOut', durationSec: 5 }));
    expect(within(select).getByRole('option', { name: '0.5 s' })).toBeTruthy();
    view.unmount();
    // Another segment later in the same session starts with 5 s.
    await openEditor(api);
    expect((screen.getByTestId('fade-length') as HTMLSelectElement).value).toBe('5');
  });
});
