import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editedDuration, editorApi, openEditor, selectRange } from './editor-harness.ts';
import { drawn, resetDrawn } from './fake-regions.ts';
import { resetFakeWavesurfer } from './fake-wavesurfer.ts';

vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('./fake-regions.ts'));

beforeEach(() => {
  resetFakeWavesurfer();
  resetDrawn();
});

describe('Editar: Pitido (issue #14 §2)', () => {
  it('bleeps the selection as one op, keeps the length and draws the bleep on the waveform', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    const button = screen.getByTestId('bleep-button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Bleep');
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    await selectRange('5', '8');
    await user.click(button);
    await waitFor(() => expect(ops).toEqual([{ type: 'bleep', startSec: 5, endSec: 8 }]));
    expect(editedDuration()).toBe('60.000');
    await waitFor(() => expect(drawn.filter((r) => r.id.startsWith('edit-bleep-'))).toEqual([{ id: 'edit-bleep-0', start: 5, end: 8, content: 'Bleep' }]));
  });

  it('draws a bleep where it sits on the original after an earlier cut', async () => {
    const { api, ops } = editorApi();
    const { user } = await openEditor(api);
    await selectRange('0', '10');
    await user.click(screen.getByTestId('cut-button'));
    await waitFor(() => expect(ops).toHaveLength(1));
    // Original 20–25 s is 10–15 s of the edit once the first 10 s are cut.
    await selectRange('20', '25');
    await user.click(screen.getByTestId('bleep-button'));
    await waitFor(() => expect(ops[1]).toEqual({ type: 'bleep', startSec: 10, endSec: 15 }));
    await waitFor(() => expect(drawn.filter((r) => r.id.startsWith('edit-bleep-')).at(-1)).toMatchObject({ start: 20, end: 25 }));
  });
});
