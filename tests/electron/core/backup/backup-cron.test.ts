import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackupCron } from '../../../../electron/core/backup/backup-cron.ts';
import { writeBackupSettings } from '../../../../electron/core/backup/backup-settings.ts';
import { openDatabase, type Database } from '../../../../electron/core/db/database.ts';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import { silentLogger } from '../../../../electron/core/logger.ts';
import type { CronScheduler } from '../../../../electron/core/schedule/schedule-cron.ts';
import { readStation, writeStation } from '../../../../electron/core/schedule/station-store.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const tempDirs = useTempDirs('cabina-backup-cron-');
const dbs: Database[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** Records what was scheduled and fires it by hand: no waiting for a real clock. */
function fakeScheduler() {
  const tasks: { expr: string; timezone: string; fn: () => void | Promise<void>; stopped: boolean }[] = [];
  const scheduler: CronScheduler = (expr, fn, options) => {
    const task = { expr, timezone: options.timezone, fn, stopped: false };
    tasks.push(task);
    return { stop: () => void (task.stopped = true) };
  };
  return { tasks, scheduler, live: () => tasks.filter((t) => !t.stopped) };
}

function setup() {
  const db = openDatabase(path.join(tempDirs.make(), 'cabina.db'));
  dbs.push(db);
  return { db, events: new EventBus(), logger: silentLogger, transport: 'web' as const };
}

describe('daily backup cron', () => {
  it('schedules nothing without a destination, then the chosen time in the station zone; re-arms on change and stops', async () => {
    const s = setup();
    const cron = fakeScheduler();
    let runs = 0;
    const task = startBackupCron(s, async () => void (runs += 1), cron.scheduler);
    expect(cron.live()).toHaveLength(0);

    writeBackupSettings(s.db, { destination: '/media/usb', keepLast: 7, dailyTime: '21:30' });
    task.reschedule();
    expect(cron.live().map((t) => [t.expr, t.timezone])).toEqual([['30 21 * * *', 'America/Mexico_City']]);
    await cron.live()[0]?.fn();
    expect(runs).toBe(1);

    const station = readStation(s.db);
    writeStation(s.db, { ...station, timeZone: 'America/Tijuana' });
    s.events.emit('schedule.changed', { reason: 'station' });
    expect(cron.live().map((t) => [t.expr, t.timezone])).toEqual([['30 21 * * *', 'America/Tijuana']]);

    task.stop();
    expect(cron.live()).toHaveLength(0);
  });

  it('a failing nightly run is logged, never thrown into node-cron', async () => {
    const s = setup();
    const warnings: string[] = [];
    writeBackupSettings(s.db, { destination: '/media/usb', keepLast: 7, dailyTime: '03:05' });
    const cron = fakeScheduler();
    startBackupCron({ ...s, logger: { ...silentLogger, warn: (m: string) => void warnings.push(m) } }, async () => Promise.reject(new Error('ENOSPC')), cron.scheduler);
    expect(cron.live()[0]?.expr).toBe('5 3 * * *');
    await expect(cron.live()[0]?.fn()).resolves.toBeUndefined();
    expect(warnings).toEqual(['daily backup failed']);
  });

  it('is not started for the CLI', () => {
    const cron = fakeScheduler();
    const s = setup();
    writeBackupSettings(s.db, { destination: '/media/usb', keepLast: 7, dailyTime: '03:05' });
    startBackupCron({ ...s, transport: 'cli' }, async () => undefined, cron.scheduler).reschedule();
    expect(cron.tasks).toHaveLength(0);
  });
});
