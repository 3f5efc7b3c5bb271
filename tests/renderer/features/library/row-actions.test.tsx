import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';
import { editorApi } from '../edit/editor-harness.ts';

vi.mock('wavesurfer.js', () => import('../edit/fake-wavesurfer.ts'));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => import('../edit/fake-regions.ts'));

// Issue #11 "producer comfort": from a Library row straight to Editar (that segment's version open)
// or to Grabar (a new take for that segment).
describe('Library row actions', () => {
  it('"Editar" opens Editar on that segment and its version', async () => {
    // The editor harness answers audio.* like the core; a second segment proves the right one is chosen.
    const { api, segment } = editorApi();
    api.add(makeSegment({ title: 'Otro segmento' }));
    renderApp(api, 'es-MX');
    const row = (await screen.findAllByTestId('segment-row')).find((r) => r.textContent?.includes(segment.title));
    if (!row) throw new Error('row not found');
    await userEvent.click(within(row).getByRole('button', { name: `Editar el audio de «${segment.title}»` }));
    const select = (await screen.findByTestId('edit-segment-select')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(segment.id));
    await waitFor(() => expect(api.callsOf('audio.edits.get').at(-1)).toEqual({ versionId: segment.versions[0]?.id }));
  });

  it('"Grabar" opens Grabar with the take going to that segment', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Enganchadores' }));
    renderApp(api, 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Record a new take for “Enganchadores”' }));
    expect((await screen.findByTestId('target-chosen')).textContent).toContain('Enganchadores');
    expect((screen.getByTestId('target-existing') as HTMLInputElement).checked).toBe(true);
  });
});
