import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { filesMethods, ProducedFile } from '../../../shared/api/methods/files.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { copyError, copyFileAtomic, type OpenTarget } from './atomic-copy.ts';
import { diskFullError, isDiskFull } from './disk-full.ts';
import { listDrives, type DriveProbe } from './drive-probe.ts';
import type { DownloadOffers } from './download-offers.ts';
import { formatBytes, resolveProduced } from './produced-files.ts';

export interface FilesDeps {
  probe: DriveProbe;
  offers: DownloadOffers;
  openTarget?: OpenTarget;
}

/** Copies land in one folder on the stick, so a station's files do not mix with photos and music. */
export const DRIVE_FOLDER = 'Cabina';

const desktopOnly = () => new UserFacingError('files.desktop_only', 'Only the desktop app can show a save dialog or a folder');

/** Files a user can reach (issue #11 req. 3): describe, drives, copy to USB, browser downloads. */
export function createFilesHandlers(s: Pick<CoreServices, 'dataDir' | 'jobs'>, deps: FilesDeps): DomainHandlers<typeof filesMethods> {
  const resolveAll = (files: { path: string; name?: string }[]) => Promise.all(files.map((f) => resolveProduced(s.dataDir, f.path, f.name)));

  async function copyAll(jobId: string, files: ProducedFile[], folder: string) {
    const total = files.reduce((sum, f) => sum + f.sizeBytes, 0);
    return s.jobs.run(jobId, 'file-copy', async (signal, report) => {
      const copied: { name: string; path: string; sizeBytes: number }[] = [];
      let before = 0;
      report('copy', 0);
      for (const file of files) {
        const target = path.join(folder, file.name);
        await copyFileAtomic(file.path, target, file.sizeBytes, {
          signal,
          openTarget: deps.openTarget,
          onBytes: (written) => report('copy', total ? (before + written) / total : 1),
        });
        before += file.sizeBytes;
        copied.push({ name: file.name, path: target, sizeBytes: file.sizeBytes });
      }
      return copied;
    });
  }

  return {
    'files.describe': async ({ files }) => resolveAll(files),
    'files.drives': async () => listDrives(deps.probe),
    'files.copyTo': async ({ jobId, files, mountPath }) => {
      const produced = await resolveAll(files);
      // Only a drive the probe lists right now: this method never writes anywhere else on the PC.
      const drive = (await listDrives(deps.probe)).find((d) => path.resolve(d.mountPath) === path.resolve(mountPath));
      if (!drive) throw new UserFacingError('files.not_a_drive', `Not a removable drive (or it was removed): ${mountPath}`, { folder: mountPath });
      const total = produced.reduce((sum, f) => sum + f.sizeBytes, 0);
      if (drive.freeBytes !== null && drive.freeBytes < total) {
        throw new UserFacingError('files.disk_full', `Drive ${mountPath} has ${drive.freeBytes} bytes free, needs ${total}`, { name: drive.label, needed: formatBytes(total), free: formatBytes(drive.freeBytes) });
      }
      const folder = path.join(drive.mountPath, DRIVE_FOLDER);
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw isDiskFull(error) ? await diskFullError(drive.mountPath, total) : copyError(error, DRIVE_FOLDER, folder);
      }
      return { folder, copied: await copyAll(jobId, produced, folder) };
    },
    'files.offer': async ({ path: file, name }) => {
      const produced = await resolveProduced(s.dataDir, file, name);
      const { offerId, expiresAt } = deps.offers.add(produced);
      return { offerId, fileName: produced.name, sizeBytes: produced.sizeBytes, expiresAt: new Date(expiresAt).toISOString() };
    },
    'files.saveAs': async () => {
      throw desktopOnly();
    },
    'files.showInFolder': async () => {
      throw desktopOnly();
    },
  };
}
