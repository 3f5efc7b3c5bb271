import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { deferred, FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment, summaryOf } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

const audioFile = (name: string) => new File([new Uint8Array([1, 2, 3])], name, { type: 'audio/mpeg' });

async function pick(...files: File[]) {
  await screen.findByTestId('import-button');
  await userEvent.upload(screen.getByTestId('import-input'), files);
}

describe('Import', () => {
  it('uploads, follows job progress and shows the row as done', async () => {
    const api = new FakeApiClient();
    const job = deferred<MethodOutput<'library.import'>>();
    const progress: number[] = [];
    api.stageFileImpl = async (_file, { onProgress }) => {
      for (const f of [0.25, 1]) {
        onProgress(f);
        progress.push(f);
      }
      return { kind: 'upload', uploadId: '22222222-2222-4222-8222-222222222222' };
    };
    api.override('library.import', () => job.promise);
    renderApp(api);
    await pick(audioFile('aviso.mp3'));

    const row = await screen.findByTestId('import-row');
    expect(within(row).getByText('aviso.mp3')).toBeTruthy();
    await waitFor(() => expect(api.callsOf('library.import')).toHaveLength(1));
    const call = api.callsOf('library.import')[0];
    expect(call?.source).toEqual({ kind: 'upload', uploadId: '22222222-2222-4222-8222-222222222222' });
    expect(call?.originalName).toBe('aviso.mp3');
    expect(progress).toEqual([0.25, 1]);

    api.emit('job.progress', { jobId: call?.jobId ?? '', kind: 'import', stage: 'probe', fraction: 0.6 });
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Analizando'));
    expect((within(row).getByRole('progressbar') as HTMLProgressElement).value).toBe(60);

    const segment = api.add(makeSegment({ title: 'aviso' }));
    job.resolve({ outcome: 'imported', segment: summaryOf(segment) });
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Listo'));
    expect(row.getAttribute('data-stage')).toBe('done');
  });

  it('says a duplicate is already in the library under which title, and can show it', async () => {
    const api = new FakeApiClient();
    const existing = api.add(makeSegment({ title: 'Ya importado' }));
    const versionId = existing.versions[0]?.id ?? '';
    api.override('library.import', async () => ({
      outcome: 'duplicate',
      segment: summaryOf(existing),
      duplicateOf: { segmentId: existing.id, versionId, match: 'pcm' },
    }));
    renderApp(api);
    await pick(audioFile('repetido.wav'));
    const row = await screen.findByTestId('import-row');
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Ya está en la biblioteca: Ya importado'));
    await userEvent.click(within(row).getByRole('button', { name: 'Mostrar repetido.wav en la biblioteca' }));
    expect(((await screen.findByTestId('editor-title')) as HTMLInputElement).value).toBe('Ya importado');
  });

  it('shows the translated error with the file name', async () => {
    const api = new FakeApiClient();
    api.override('library.import', async () => {
      throw new ApiError('import.not_audio', 'ffprobe found no audio', { name: 'server-side-name' });
    });
    renderApp(api);
    await pick(audioFile('notas.mp3'));
    const row = await screen.findByTestId('import-row');
    expect((await within(row).findByRole('alert')).textContent).toBe('«notas.mp3» no es un archivo de audio.');
    expect(row.getAttribute('data-stage')).toBe('failed');
  });

  it('cancel calls jobs.cancel for the running job', async () => {
    const api = new FakeApiClient();
    const job = deferred<MethodOutput<'library.import'>>();
    api.override('library.import', () => job.promise);
    api.override('jobs.cancel', async () => {
      job.reject(new ApiError('cancelled', 'Cancelled'));
      return { cancelled: true };
    });
    renderApp(api);
    await pick(audioFile('largo.m4a'));
    const row = await screen.findByTestId('import-row');
    await waitFor(() => expect(api.callsOf('library.import')).toHaveLength(1));
    await userEvent.click(within(row).getByRole('button', { name: 'Cancelar la importación de largo.m4a' }));
    expect(api.callsOf('jobs.cancel')).toEqual([{ jobId: api.callsOf('library.import')[0]?.jobId }]);
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Cancelado'));
  });

  it('cancelling an upload aborts it', async () => {
    const api = new FakeApiClient();
    let aborted = false;
    api.stageFileImpl = (_file, { signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          aborted = true;
          reject(new ApiError('cancelled', 'Upload cancelled'));
        });
      });
    renderApp(api);
    await pick(audioFile('subida.ogg'));
    const row = await screen.findByTestId('import-row');
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Subiendo'));
    await userEvent.click(within(row).getByRole('button', { name: /Cancelar la importación/ }));
    await waitFor(() => expect(within(row).getByTestId('import-status').textContent).toBe('Cancelado'));
    expect(aborted).toBe(true);
    expect(api.callsOf('library.import')).toHaveLength(0);
  });

  it('runs at most two imports at a time', async () => {
    const api = new FakeApiClient();
    const jobs: ReturnType<typeof deferred<MethodOutput<'library.import'>>>[] = [];
    api.override('library.import', () => {
      const d = deferred<MethodOutput<'library.import'>>();
      jobs.push(d);
      return d.promise;
    });
    renderApp(api);
    await pick(audioFile('a.mp3'), audioFile('b.mp3'), audioFile('c.mp3'));
    await waitFor(() => expect(jobs).toHaveLength(2));
    expect(screen.getAllByTestId('import-status').map((el) => el.textContent)).toContain('En espera');
    jobs[0]?.resolve({ outcome: 'imported', segment: summaryOf(api.add(makeSegment({ title: 'a' }))) });
    await waitFor(() => expect(jobs).toHaveLength(3));
  });

  it('imports files dropped on the window', async () => {
    const api = new FakeApiClient();
    renderApp(api);
    await screen.findByTestId('import-button');
    const file = audioFile('soltado.amr');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const fire = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      window.dispatchEvent(event);
    };
    // The window listeners attach in a passive effect, which may run just after the page appears.
    await waitFor(() => {
      fire('dragenter');
      expect(screen.getByTestId('drop-overlay')).toBeTruthy();
    });
    fire('drop');
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());
    await waitFor(() => expect(api.callsOf('library.import')[0]?.originalName).toBe('soltado.amr'));
  });
});
