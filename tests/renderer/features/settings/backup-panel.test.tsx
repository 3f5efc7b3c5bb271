import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { BackupInfo, RestoreState } from '../../../../shared/api/methods/backup.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../../renderer/src/api/api-context.tsx';
import { BackupSection } from '../../../../renderer/src/features/settings/backup-section.tsx';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';

const backup: BackupInfo = { name: '2026-12-02T2100', dir: '/media/usb/cabina-backups/xhnsv/2026-12-02T2100', createdAt: '2026-12-03T03:00:00.000Z', files: 12, bytes: 48_000_000 };

function fakeBackups(api: FakeApiClient, options: { destination?: string | null; backups?: BackupInfo[]; state?: RestoreState } = {}) {
  api.override('backup.settings', async () => ({ destination: options.destination === undefined ? '/media/usb' : options.destination, keepLast: 7, dailyTime: '21:00', lastRun: null }));
  api.override('files.drives', async () => [{ label: 'KINGSTON', mountPath: '/media/KINGSTON', freeBytes: 8e9 }]);
  api.override('backup.list', async () => options.backups ?? []);
  api.override('backup.restoreState', async () => options.state ?? { state: 'none' });
}

function renderSection(api: FakeApiClient) {
  const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
  return render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <BackupSection />
      </ApiProvider>
    </I18nextProvider>,
  );
}

function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Respaldos panel (issue #12)', () => {
  it('shows loading, then the settings; a USB drive fills the destination and saving sends it', async () => {
    const api = new FakeApiClient();
    fakeBackups(api, { destination: null });
    api.override('backup.saveSettings', async (input) => ({ destination: input.destination ?? null, keepLast: input.keepLast, dailyTime: input.dailyTime }));
    renderSection(api);
    expect(screen.getByTestId('backup-loading').textContent).toBe('Cargando los ajustes de respaldo…');
    expect(await screen.findByText('Elige una carpeta de destino para activar el respaldo diario.')).toBeTruthy();
    expect(screen.getByTestId('backup-last').textContent).toBe('Todavía no se ha hecho ningún respaldo.');
    expect((screen.getByRole('button', { name: 'Respaldar ahora' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Usar KINGSTON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Guardar ajustes' }));
    expect(await screen.findByText('Ajustes de respaldo guardados.')).toBeTruthy();
    expect(api.callsOf('backup.saveSettings')[0]).toEqual({ destination: '/media/KINGSTON', keepLast: 7, dailyTime: '21:00' });
  });

  it('"Respaldar ahora" is a job: progress, cancel, and a cancel is not an error', async () => {
    const api = new FakeApiClient();
    fakeBackups(api);
    const held = deferred<never>();
    api.override('backup.now', () => held.promise);
    renderSection(api);
    expect(await screen.findByTestId('backup-list-empty')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Respaldar ahora' }));
    const jobId = api.callsOf('backup.now')[0]?.jobId ?? '';
    api.emit('job.progress', { jobId, kind: 'backup', stage: 'copy', fraction: 0.42 });
    expect(await screen.findByText('Respaldando… 42 %')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(api.callsOf('jobs.cancel')[0]).toEqual({ jobId });
    held.reject(new ApiError('cancelled', 'Cancelled'));
    expect(await screen.findByText('Respaldo cancelado. No quedó ningún respaldo a medias.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a full drive reads as one translated sentence', async () => {
    const api = new FakeApiClient();
    fakeBackups(api);
    api.override('backup.now', async () => {
      throw new ApiError('disk.full', 'No space', { path: '/media/usb', neededBytes: 120_000_000, freeBytes: 0, missing: '120 MB' });
    });
    renderSection(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Respaldar ahora' }));
    expect((await screen.findByRole('alert')).textContent).toBe('El disco está lleno: faltan 120 MB para terminar. Libera espacio y vuelve a intentarlo.');
  });

  it('restore asks first, runs the verify job and says to restart; a restored library offers keep or undo', async () => {
    const api = new FakeApiClient();
    fakeBackups(api, { backups: [backup] });
    api.override('backup.restore', async ({ dir }) => ({ state: 'restart', kind: 'restore', backup: dir }));
    renderSection(api);
    const list = await screen.findByTestId('backup-list');
    expect(list.textContent).toContain('2026-12-02T2100 · 12 audios');
    await userEvent.click(within(list).getByRole('button', { name: 'Restaurar' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('¿Restaurar «2026-12-02T2100»?');
    expect(api.callsOf('backup.restore')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Sí, verificar y restaurar' }));
    expect((await screen.findByTestId('restore-restart')).textContent).toBe('Respaldo verificado. Cierra y vuelve a abrir Cabina para terminar la restauración.');
    expect(api.callsOf('backup.restore')[0]).toMatchObject({ dir: backup.dir });
  });

  it('after the restart: keep deletes the previous library', async () => {
    const api = new FakeApiClient();
    fakeBackups(api, { backups: [backup], state: { state: 'confirm', backup: backup.dir, restoredAt: '2026-12-03T04:00:00.000Z', asideDir: '/data/before-restore-x' } });
    api.override('backup.confirmRestore', async () => ({ state: 'none' }));
    renderSection(api);
    expect((await screen.findByTestId('restore-confirm')).textContent).toContain('La anterior está guardada en /data/before-restore-x');
    await userEvent.click(screen.getByRole('button', { name: 'Conservar la restauración' }));
    expect(await screen.findByText('Restauración conservada; la biblioteca anterior se borró.')).toBeTruthy();
    expect(api.callsOf('backup.confirmRestore')[0]).toEqual({ keep: true });
    await waitFor(() => expect(screen.queryByTestId('restore-confirm')).toBeNull());
  });
});

describe('Revisión de archivos panel (issue #12)', () => {
  it('lists missing, damaged and left-over files and whether repair fixed them', async () => {
    const api = new FakeApiClient();
    fakeBackups(api);
    api.override('backup.doctor', async ({ repair }) => ({
      checked: 40,
      missing: [{ path: 'originals/ab/ab12.wav', problem: 'missing', repaired: repair }],
      corrupt: [{ path: 'originals/cd/cd34.mp3', problem: 'corrupt', repaired: false }],
      orphans: [{ path: 'originals/ef/ef56.flac', problem: 'orphan', repaired: false }],
      repairedFrom: repair ? backup.dir : null,
    }));
    renderSection(api);
    const panel = await screen.findByTestId('doctor-panel');
    expect(panel.textContent).toContain('Aún no se ha revisado.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Revisar y reparar' }));
    const report = await screen.findByTestId('doctor-report');
    expect(report.textContent).toContain('Se revisaron 40 archivos: 1 faltan, 1 dañados, 1 sobrantes.');
    expect(report.textContent).toContain('Falta: originals/ab/ab12.wav (reparado)');
    expect(report.textContent).toContain('Dañado: originals/cd/cd34.mp3 (sin reparar)');
    expect(report.textContent).toContain('Sobrante (ningún segmento lo usa; no se borra): originals/ef/ef56.flac');
    expect(api.callsOf('backup.doctor')[0]).toMatchObject({ repair: true });
  });
});

describe('the next start asks (issue #12)', () => {
  it('a restore waiting for keep/undo puts a band above the start page that opens Ajustes', async () => {
    const api = new FakeApiClient();
    fakeBackups(api, { backups: [backup], state: { state: 'confirm', backup: backup.dir, restoredAt: '2026-12-03T04:00:00.000Z', asideDir: '/data/before-restore-x' } });
    renderApp(api);
    const band = await screen.findByTestId('restore-notice');
    expect(band.textContent).toContain('Se restauró un respaldo. Decide en Ajustes si lo conservas o lo deshaces.');
    await userEvent.click(within(band).getByRole('button', { name: 'Abrir Ajustes' }));
    expect(await screen.findByTestId('restore-confirm')).toBeTruthy();
  });
});
