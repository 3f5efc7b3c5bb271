import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import { resolve } from '../../../../electron/core/audio/edit/edit-list.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

/** A fake API whose audio.* answers come from the core's pure edit-list resolver, and helpers to drive Editar. */
export function editorApi() {
  const api = new FakeApiClient();
  const segment = api.add(makeSegment({ title: 'Entrevista en mixteco' }));
  const ops: MethodInput<'audio.edits.apply'>['op'][] = [];
  // The core's own (pure) resolver, so the timeline answers are what the real handlers would send.
  const state = () => ({ versionId: segment.versions[0]?.id ?? '', edits: { ops: [...ops], undone: [] }, timeline: resolve(ops, 60) });
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

export async function openSegment(api: FakeApiClient) {
  const user = userEvent.setup();
  const view = renderApp(api, 'en');
  await user.click(await screen.findByTestId('nav-edit'));
  const select = await screen.findByTestId('edit-segment-select');
  await user.selectOptions(select, within(select).getByText('Entrevista en mixteco'));
  return { user, view };
}

export async function openEditor(api: FakeApiClient) {
  const opened = await openSegment(api);
  await screen.findByTestId('waveform');
  await waitFor(() => expect(screen.getByTestId('waveform').getAttribute('data-ready')).toBe('true'));
  return opened;
}

export async function selectRange(start: string, end: string) {
  fireEvent.change(screen.getByTestId('selection-start'), { target: { value: start } });
  fireEvent.change(screen.getByTestId('selection-end'), { target: { value: end } });
}

export const editedDuration = () => screen.getByTestId('edited-duration').textContent;
