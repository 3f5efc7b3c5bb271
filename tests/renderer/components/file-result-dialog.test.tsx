import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/src/api/api-context.tsx';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { FileResultDialog } from '../../../renderer/src/components/file-result-dialog.tsx';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';
import { deferred, FakeApiClient } from '../fake-api-client.ts';

const FILE = { path: '/data/renders/cache/v1-master-abc.wav', name: 'Salario mínimo.wav' };

function setup(kind: 'web' | 'electron' = 'web') {
  const api = new FakeApiClient();
  api.kind = kind;
  api.override('files.describe', async ({ files }) => files.map((f) => ({ path: f.path, name: f.name ?? 'x', sizeBytes: 7_834_566 })));
  const onClose = vi.fn();
  const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
  const files = [FILE];
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <main>
          <button type="button">Detrás</button>
          <FileResultDialog title="Audio guardado" files={files} onClose={onClose} />
        </main>
      </ApiProvider>
    </I18nextProvider>,
  );
  return { api, onClose, view, user: userEvent.setup() };
}

describe('FileResultDialog', () => {
  it('opens as a dialog with focus on its title, lists name and size, and Escape closes it', async () => {
    const { onClose, user } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Audio guardado' });
    expect(dialog).toHaveProperty('open', true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Audio guardado' }));
    await screen.findByText('Salario mínimo.wav');
    expect(screen.getByText('7.8 MB')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('browser mode: Save as offers the file and clicks a download link; no Open folder', async () => {
    const { api, user } = setup('web');
    api.override('files.offer', async ({ name }) => ({ offerId: '22222222-2222-4222-8222-222222222222', fileName: name ?? '', sizeBytes: 1, expiresAt: '2026-01-01T00:00:00Z' }));
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.getAttribute('href')} ${this.download}`);
    });
    await user.click(await screen.findByRole('button', { name: 'Guardar como…' }));
    await screen.findByText(/La descarga de «Salario mínimo.wav» comenzó/);
    expect(clicked).toEqual(['http://download.test/22222222-2222-4222-8222-222222222222 Salario mínimo.wav']);
    expect(screen.queryByRole('button', { name: 'Abrir carpeta' })).toBeNull();
    click.mockRestore();
  });

  it('Electron: Save as goes through the native dialog and says where; Open folder is there', async () => {
    const { api, user } = setup('electron');
    api.override('files.saveAs', async () => ({ savedTo: '/home/locutora/Salario mínimo.wav' }));
    api.override('files.showInFolder', async () => ({ shown: true }));
    await user.click(await screen.findByRole('button', { name: 'Guardar como…' }));
    await screen.findByText('Guardado en /home/locutora/Salario mínimo.wav');
    await user.click(screen.getByRole('button', { name: 'Abrir carpeta' }));
    expect(api.callsOf('files.showInFolder')).toEqual([{ path: FILE.path }]);
  });

  it('Copy to USB: empty state with refresh, then a drive, progress with cancel, and the outcome', async () => {
    const { api, user } = setup();
    let drives: { label: string; mountPath: string; freeBytes: number | null }[] = [];
    api.override('files.drives', async () => drives);
    const copying = deferred<{ folder: string; copied: [] }>();
    api.override('files.copyTo', () => copying.promise);
    await user.click(await screen.findByRole('button', { name: 'Copiar a USB' }));
    await screen.findByText('Conecta una memoria USB');
    drives = [{ label: 'KINGSTON', mountPath: 'E:\\', freeBytes: 7_834_566_656 }];
    await user.click(screen.getByRole('button', { name: 'Actualizar' }));
    await user.click(await screen.findByRole('button', { name: 'Copiar a KINGSTON' }));
    const jobId = api.callsOf('files.copyTo')[0]?.jobId ?? '';
    expect(api.callsOf('files.copyTo')[0]).toMatchObject({ files: [FILE], mountPath: 'E:\\' });
    act(() => api.emit('job.progress', { jobId, kind: 'file-copy', stage: 'copy', fraction: 0.5 }));
    expect(screen.getByRole('progressbar', { name: 'Copiando a KINGSTON…' })).toHaveProperty('value', 0.5);
    await user.click(screen.getByRole('button', { name: 'Cancelar copia' }));
    expect(api.callsOf('jobs.cancel')).toEqual([{ jobId }]);
    copying.reject(new ApiError('cancelled', 'Cancelled'));
    await screen.findByText(/Copia cancelada/);
  });

  it('a full drive is a translated error that says how much space is needed', async () => {
    const { api, user } = setup();
    api.override('files.drives', async () => [{ label: 'KINGSTON', mountPath: '/media/l/KINGSTON', freeBytes: 10 }]);
    api.override('files.copyTo', async () => Promise.reject(new ApiError('files.disk_full', 'full', { name: 'KINGSTON', needed: '7.8 MB' })));
    await user.click(await screen.findByRole('button', { name: 'Copiar a USB' }));
    await user.click(await screen.findByRole('button', { name: 'Copiar a KINGSTON' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No hay espacio suficiente para «KINGSTON»: se necesitan 7.8 MB libres. Libera espacio o usa otra memoria.');
  });

  it('has no axe violations', async () => {
    const { api, user, view } = setup();
    api.override('files.drives', async () => []);
    await user.click(await screen.findByRole('button', { name: 'Copiar a USB' }));
    await screen.findByText('Conecta una memoria USB');
    const results = await axe.run(view.container, { rules: { region: { enabled: false } } });
    await waitFor(() => expect(results.violations.map((v) => v.id)).toEqual([]));
  });
});
