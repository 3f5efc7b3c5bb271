import cron from 'node-cron';
import { addDays, instantToWall } from '../../../shared/time/zoned-time.ts';
import type { CoreServices } from '../core-types.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Logger } from '../logger.ts';
import { listInstances } from './instance-store.ts';
import { loadRundowns, type AudioCheck } from './rundown-store.ts';
import { readStation } from './station-store.ts';
import { audioCheck } from './schedule-handlers.ts';

/** node-cron's `schedule` as far as we use it; tests pass a fake that records and fires by hand. */
export type CronScheduler = (expr: string, fn: () => void | Promise<void>, options: { timezone: string; name: string; noOverlap: boolean }) => { stop(): void | Promise<void> };

export interface CronDeps {
  db: Database;
  events: EventBus;
  logger: Logger;
  audio: AudioCheck;
  /** Injectable so tests move time by hand instead of waiting for it. */
  now: () => Date;
}

export interface ScheduleCronOptions {
  reminderMinutes?: number;
  /** Days ahead the daily job materialises and checks for expired placements. */
  horizonDays?: number;
  scheduler?: CronScheduler;
}

export interface ExpiredPlacement {
  itemId: string;
  instanceId: string;
  date: string;
  title: string;
}

/** Records that a job did something; false when it was already recorded (a restart, a second tick). */
function markOnce(db: Database, key: string, at: Date): boolean {
  return writeTransaction(db, () => db.prepare('INSERT OR IGNORE INTO schedule_job_marks (key, at) VALUES (?, ?)').run(key, at.toISOString()).changes === 1);
}

/**
 * Sends `schedule.reminder` for every top-level item starting within the next `minutes`. The mark
 * is keyed by item and planned start, so a restart never repeats a reminder, a reminder missed while
 * the app was closed is still sent if the item has not started, and moving an item re-arms it.
 */
export function runReminders(d: CronDeps, minutes: number): string[] {
  const zone = readStation(d.db).timeZone;
  const now = d.now();
  const nowMs = now.getTime();
  const today = instantToWall(zone, nowMs).date;
  const instances = listInstances(d.db, zone, today, addDays(today, 1)).filter((i) => i.status === 'scheduled' && i.endMs > nowMs);
  const sent: string[] = [];
  for (const rd of loadRundowns(d.db, instances, d.audio)) {
    for (const item of rd.items) {
      if (item.parentId !== null || item.plannedStartMs <= nowMs || item.plannedStartMs > nowMs + minutes * 60_000) continue;
      if (!markOnce(d.db, `reminder:${item.id}:${item.plannedStartMs}`, now)) continue;
      const inMinutes = Math.max(1, Math.round((item.plannedStartMs - nowMs) / 60_000));
      d.events.emit('schedule.reminder', { itemId: item.id, instanceId: rd.instance.id, title: item.title || rd.instance.title, startMs: item.plannedStartMs, minutes: inMinutes });
      sent.push(item.id);
    }
  }
  return sent;
}

/**
 * Once per station day: materialise the coming days (so rundowns can be planned and exports never
 * wait) and flag every future placement of a segment that is expired or not yet valid on its air date.
 * Returns null when today's run already happened (restart-safe via schedule_job_marks).
 */
export function runDaily(d: CronDeps, horizonDays: number): { date: string; instances: number; expired: ExpiredPlacement[] } | null {
  const zone = readStation(d.db).timeZone;
  const now = d.now();
  const today = instantToWall(zone, now.getTime()).date;
  if (d.db.prepare('SELECT 1 FROM schedule_job_marks WHERE key = ?').get(`daily:${today}`)) return null;
  const instances = listInstances(d.db, zone, today, addDays(today, horizonDays - 1));
  const expired: ExpiredPlacement[] = [];
  for (const rd of loadRundowns(d.db, instances.filter((i) => i.status === 'scheduled'), d.audio)) {
    for (const item of rd.items) {
      if (item.issues.includes('expired')) expired.push({ itemId: item.id, instanceId: rd.instance.id, date: rd.instance.date, title: item.title });
    }
  }
  // Marked only after the work: a crash half-way means the next start simply does it again (idempotent).
  if (!markOnce(d.db, `daily:${today}`, now)) return null;
  // Old reminder marks are only needed while their items can still be upcoming.
  writeTransaction(d.db, () => d.db.prepare(`DELETE FROM schedule_job_marks WHERE key LIKE 'reminder:%' AND at < ?`).run(new Date(now.getTime() - 2 * 86_400_000).toISOString()));
  if (expired.length > 0) {
    d.logger.warn('expired segments still scheduled', { count: expired.length, first: expired[0]?.date });
    // The conflicts panel lists them (kind "expired"); this makes open views reload now.
    d.events.emit('schedule.changed', { reason: 'expired' });
  }
  return { date: today, instances: instances.length, expired };
}

const defaultScheduler: CronScheduler = (expr, fn, options) => cron.schedule(expr, fn, options);

/**
 * The schedule's cron jobs (issue #5), in the station's time zone: reminders every minute, the
 * daily job at 00:05 station time, plus a catch-up run at start (the PC may have been off at 00:05).
 * A station zone change restarts the daily task in the new zone. Not started for the CLI.
 */
export function startScheduleCron(s: Pick<CoreServices, 'clock' | 'db' | 'events' | 'logger' | 'store' | 'transport'>, options: ScheduleCronOptions = {}): { stop(): void } {
  if (s.transport === 'cli') return { stop() {} };
  const d: CronDeps = { db: s.db, events: s.events, logger: s.logger, audio: audioCheck(s), now: s.clock };
  const schedule = options.scheduler ?? defaultScheduler;
  const minutes = options.reminderMinutes ?? 5;
  const horizon = options.horizonDays ?? 14;
  const guard = (name: string, fn: () => unknown) => () => {
    try {
      fn();
    } catch (error) {
      // A job failure is logged and retried on the next tick; it must never take the app down.
      s.logger.warn(`schedule cron ${name} failed`, { error: String(error) });
    }
  };
  const reminders = guard('reminders', () => runReminders(d, minutes));
  const daily = guard('daily', () => runDaily(d, horizon));
  let zone = readStation(s.db).timeZone;
  const start = () => ({
    reminders: schedule('* * * * *', reminders, { timezone: zone, name: 'cabina-schedule-reminders', noOverlap: true }),
    daily: schedule('5 0 * * *', daily, { timezone: zone, name: 'cabina-schedule-daily', noOverlap: true }),
  });
  let tasks = start();
  const off = s.events.subscribe('schedule.changed', ({ reason }) => {
    if (reason !== 'station') return;
    const next = readStation(s.db).timeZone;
    if (next === zone) return;
    zone = next;
    void tasks.reminders.stop();
    void tasks.daily.stop();
    tasks = start();
  });
  daily();
  reminders();
  return {
    stop() {
      off();
      void tasks.reminders.stop();
      void tasks.daily.stop();
    },
  };
}
