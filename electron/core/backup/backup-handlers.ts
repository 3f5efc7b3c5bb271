import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { toErrorData, UserFacingError } from '../../../shared/api/errors.ts';
import type { backupMethods } from '../../../shared/api/methods/backup.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { backupRootFor, assertFolder, runBackup, type BackupResult } from './backup-run.ts';
import { listBackups } from './backup-layout.ts';
import { readBackupSettings, recordBackupRun, writeBackupSettings } from './backup-settings.ts';
import { runDoctor } from './doctor.ts';
import { confirmRestore, restoreState, stageRestore } from './restore.ts';
import { startBackupCron } from './backup-cron.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock' | 'logger' | 'jobs' | 'events' | 'transport'>;

/** Backups, restore and the store doctor (issue #12); `close` stops the daily backup. */
export function createBackupHandlers(s: Deps): { handlers: DomainHandlers<typeof backupMethods>; close(): void } {
  // One backup at a time (the button and the nightly run share a destination and its store).
  let running: Promise<unknown> = Promise.resolve();

  const destinationOf = (given: string | undefined): string => {
    const destination = given ?? readBackupSettings(s.db).destination;
    if (!destination) throw new UserFacingError('backup.no_destination', 'No backup destination is set');
    return destination;
  };

  function backupNow(jobId: string, given?: string): Promise<BackupResult> {
    const destination = destinationOf(given);
    const work = running.catch(() => undefined).then(() =>
      s.jobs.run(jobId, 'backup', async (signal, report) => {
        try {
          const result = await runBackup(s, destination, readBackupSettings(s.db).keepLast, signal, report);
          recordBackupRun(s.db, s.clock(), result.backup.name, null);
          return result;
        } catch (error) {
          recordBackupRun(s.db, s.clock(), null, toErrorData(error).code);
          throw error;
        }
      }),
    );
    running = work;
    return work;
  }

  const cron = startBackupCron(s, () => backupNow(randomUUID()));

  const handlers: DomainHandlers<typeof backupMethods> = {
    'backup.settings': async () => readBackupSettings(s.db),
    'backup.saveSettings': async (input) => {
      const destination = input.destination ? await assertFolder(input.destination) : null;
      const saved = writeBackupSettings(s.db, { ...input, destination });
      cron.reschedule();
      return saved;
    },
    'backup.now': async ({ jobId, destination }) => backupNow(jobId, destination),
    'backup.list': async ({ destination }) => {
      const dest = await assertFolder(destinationOf(destination));
      return (await listBackups(backupRootFor(s.db, dest))).map(({ manifest: _m, ...info }) => info);
    },
    'backup.restore': async ({ jobId, dir }) => s.jobs.run(jobId, 'restore', (signal, report) => stageRestore(s.dataDir, path.resolve(dir), s.clock(), signal, report)),
    'backup.restoreState': async () => restoreState(s.dataDir),
    'backup.confirmRestore': async ({ keep }) => confirmRestore(s.dataDir, keep),
    'backup.doctor': async ({ jobId, repair }) => {
      const destination = readBackupSettings(s.db).destination;
      const backupRoot = destination ? backupRootFor(s.db, destination) : null;
      return s.jobs.run(jobId, 'doctor', (signal, report) => runDoctor(s, { repair, backupRoot }, signal, report));
    },
  };
  return { handlers, close: () => cron.stop() };
}
