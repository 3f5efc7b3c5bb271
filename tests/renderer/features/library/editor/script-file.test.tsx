import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../renderer/src/api/api-client.ts';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { FakeApiClient } from '../../../fake-api-client.ts';
import { makeSegment } from '../../../fixtures.ts';
import { renderApp } from '../../../render-app.tsx';

async function openEditor(api: FakeApiClient, title: string) {
  renderApp(api);
  await userEvent.click(await screen.findByRole('button', { name: title }));
  return (await screen.findByTestId('editor-script')) as HTMLTextAreaElement;
}

const pick = (name: string, body = 'x') => userEvent.upload(screen.getByTestId('script-file-input'), new File([body], name, { type: 'text/plain' }));

describe('Load script from file', () => {
  it('fills an empty script from the file, via a staged upload, and saves it as a versions.update', async () => {
    const api = new FakeApiClient();
    const segment = api.add(makeSegment({ title: 'Derechos' }));
    const script = await openEditor(api, 'Derechos');
    expect(screen.getByTestId('script-file-load').textContent).toBe('Cargar guion desde archivo…');
    await pick('guion.docx');
    await waitFor(() => expect(script.value).toBe('Guion de guion.docx'));
    expect(api.callsOf('library.scriptFromFile')).toEqual([{ source: { kind: 'upload', uploadId: '11111111-1111-4111-8111-111111111111' }, originalName: 'guion.docx' }]);
    expect(screen.getByTestId('script-file-loaded').textContent).toContain('guion.docx');
    expect(api.callsOf('versions.update')).toHaveLength(0);
    await userEvent.click(screen.getByTestId('editor-save'));
    await waitFor(() => expect(api.callsOf('versions.update')).toEqual([{ id: segment.versions[0]?.id, patch: { script: 'Guion de guion.docx' } }]));
  });

  it('shows a loading state while the file is read', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Derechos' }));
    let finish: (value: MethodOutput<'library.scriptFromFile'>) => void = () => {};
    api.override('library.scriptFromFile', () => new Promise((resolve) => (finish = resolve)));
    const script = await openEditor(api, 'Derechos');
    await pick('guion.odt');
    expect((await screen.findByTestId('script-file-reading')).textContent).toBe('Leyendo «guion.odt»…');
    expect((screen.getByTestId('script-file-load') as HTMLButtonElement).disabled).toBe(true);
    finish({ text: 'Hola' });
    await waitFor(() => expect(script.value).toBe('Hola'));
    expect(screen.queryByTestId('script-file-reading')).toBeNull();
  });

  it('asks before replacing a script already written, and keeps it on "keep"', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Derechos', script: 'Texto escrito a mano' }));
    const script = await openEditor(api, 'Derechos');
    await pick('nuevo.txt');
    const dialog = await screen.findByTestId('script-file-confirm');
    expect(dialog.textContent).toContain('¿Reemplazar el guion actual?');
    expect(script.value).toBe('Texto escrito a mano');
    await userEvent.click(screen.getByTestId('script-file-keep'));
    expect(screen.queryByTestId('script-file-confirm')).toBeNull();
    expect(script.value).toBe('Texto escrito a mano');

    await pick('nuevo.txt');
    await userEvent.click(await screen.findByTestId('script-file-replace'));
    expect(script.value).toBe('Guion de nuevo.txt');
  });

  it('shows the translated error of an unreadable file and leaves the script alone', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Derechos', script: 'Original' }));
    api.override('library.scriptFromFile', async ({ originalName }) => {
      throw new ApiError('library.script_unreadable', 'nope', { name: originalName });
    });
    const script = await openEditor(api, 'Derechos');
    await pick('guion.pdf');
    expect((await screen.findByTestId('script-file-error')).textContent).toContain('No se pudo leer un guion de «guion.pdf»');
    expect(script.value).toBe('Original');
  });

  it('refuses a file over 20 MB without uploading it', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Derechos' }));
    let staged = 0;
    api.stageFileImpl = async () => {
      staged += 1;
      return { kind: 'upload', uploadId: '11111111-1111-4111-8111-111111111111' };
    };
    await openEditor(api, 'Derechos');
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'video.txt', { type: 'text/plain' });
    await userEvent.upload(screen.getByTestId('script-file-input'), big);
    expect((await screen.findByTestId('script-file-error')).textContent).toContain('«video.txt» es demasiado grande para un guion');
    expect(staged).toBe(0);
    expect(api.callsOf('library.scriptFromFile')).toHaveLength(0);
  });
});
