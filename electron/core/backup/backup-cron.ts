import cron from 'node-cron';
import type { CoreServices } from '../core-types.ts';
import type { CronScheduler } from '../schedule/schedule-cron.ts';
import { readStation } from '../schedule/station-store.ts';
import { readBackupSettings } from './backup-settings.ts';

const defaultScheduler: CronScheduler = (expr, fn, options) => cron.schedule(expr, fn, options);

/**
 * The daily backup (issue #12) at the chosen wall time in the station's zone. Re-armed when the
 * settings or the station's zone change; nothing is scheduled without a destination. Not started
 * for the CLI, whose process must exit when its command is done.
 */
export function startBackupCron(s: Pick<CoreServices, 'db' | 'events' | 'logger' | 'transport'>, runDaily: () => Promise<unknown>, scheduler: CronScheduler = defaultScheduler): { reschedule(): void; stop(): void } {
  if (s.transport === 'cli') return { reschedule() {}, stop() {} };
  let task: { stop(): void | Promise<void> } | null = null;
  const reschedule = () => {
    void task?.stop();
    task = null;
    const settings = readBackupSettings(s.db);
    if (!settings.destination) return;
    const [hh = '21', mm = '00'] = settings.dailyTime.split(':');
    task = scheduler(
      `${Number(mm)} ${Number(hh)} * * *`,
      async () => {
        // A failed nightly backup is recorded (Ajustes shows it) and tried again the next night.
        await runDaily().catch((error: unknown) => s.logger.warn('daily backup failed', { error: String(error) }));
      },
      { timezone: readStation(s.db).timeZone, name: 'cabina-backup-daily', noOverlap: true },
    );
  };
  const off = s.events.on((name, payload) => {
    if (name === 'schedule.changed' && (payload as { reason: string }).reason === 'station') reschedule();
  });
  reschedule();
  return {
    reschedule,
    stop() {
      off();
      void task?.stop();
      task = null;
    },
  };
}
