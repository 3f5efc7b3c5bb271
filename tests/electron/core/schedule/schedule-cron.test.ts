import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core.ts';
import type { CoreServices } from '../../../../electron/core/core-types.ts';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import { silentLogger } from '../../../../electron/core/logger.ts';
import { listInstances, updateInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { runDaily, runReminders, startScheduleCron, type CronDeps, type CronScheduler } from '../../../../electron/core/schedule/schedule-cron.ts';
import { writeStation, readStation } from '../../../../electron/core/schedule/station-store.ts';
import type { EventName } from '../../../../shared/api/events.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { allAudio, seedSegment, tempDb } from './schedule-fixtures.ts';

let t: ReturnType<typeof tempDb>;
let clock: Date;
let events: { name: EventName; payload: unknown }[];
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
const MX = 'America/Mexico_City';

function deps(bus = new EventBus()): CronDeps {
  bus.on((name, payload) => events.push({ name, payload }));
  return { db: t.db, events: bus, logger: silentLogger, audio: allAudio, now: () => clock };
}

/** A daily 09:00 program in Mexico City with one segment (valid until 2026-03-10) in every airing's rundown. */
function seedDay() {
  const program = saveProgram(t.db, { title: 'Voces de la Mixteca', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-01', startTime: '09:00', durationMin: 60 }, inSeries);
  const seg = seedSegment(t.db, { title: 'Salario mínimo 2026', validUntil: '2026-03-10', versions: [{ lang: 'spa', durationSec: 30 }] });
  const instances = listInstances(t.db, MX, '2026-03-09', '2026-03-12');
  for (const i of instances) addItem(t.db, { instanceId: i.id, kind: 'segment', segmentId: seg.id });
  return { program, instances };
}

beforeEach(() => {
  t = tempDb();
  events = [];
});
afterEach(() => t.cleanup());

describe('reminder job', () => {
  it('reminds once, N minutes ahead, and not again after a restart; a moved item is re-armed', () => {
    const { instances } = seedDay();
    clock = new Date('2026-03-09T14:54:00Z'); // 08:54 in Mexico City (UTC−6): 6 min before, outside 5
    expect(runReminders(deps(), 5)).toEqual([]);
    clock = new Date('2026-03-09T14:56:00Z');
    expect(runReminders(deps(), 5)).toHaveLength(1);
    expect(events).toEqual([{ name: 'schedule.reminder', payload: expect.objectContaining({ title: 'Salario mínimo 2026', minutes: 4, instanceId: instances[0]?.id }) }]);
    expect(runReminders(deps(), 5)).toEqual([]);
    expect(runReminders(deps(new EventBus()), 5)).toEqual([]); // a new process, same database
    updateInstance(t.db, MX, instances[0]?.id ?? '', { startTime: '09:30' });
    clock = new Date('2026-03-09T15:27:00Z');
    expect(runReminders(deps(), 5)).toHaveLength(1);
    expect(events).toHaveLength(2);
  });

  it('sends a reminder missed while the app was closed if the item has not started yet', () => {
    seedDay();
    clock = new Date('2026-03-09T14:59:30Z'); // the 08:55 tick never ran; 30 s before air
    expect(runReminders(deps(), 5)).toHaveLength(1);
    clock = new Date('2026-03-09T15:00:30Z'); // already on air: no late reminder
    expect(runReminders(deps(), 5)).toEqual([]);
  });
});

describe('daily job', () => {
  it('flags future placements of an expired segment once per station day, restart-safe', () => {
    seedDay();
    clock = new Date('2026-03-11T06:10:00Z'); // 00:10 on 11 March in Mexico City
    const first = runDaily(deps(), 7);
    expect(first?.date).toBe('2026-03-11');
    expect(first?.expired.map((e) => e.date)).toEqual(['2026-03-11', '2026-03-12']);
    expect(first?.instances).toBe(7); // the week ahead is materialised
    expect(events).toEqual([{ name: 'schedule.changed', payload: { reason: 'expired' } }]);
    expect(runDaily(deps(new EventBus()), 7)).toBeNull();
    clock = new Date('2026-03-12T06:10:00Z');
    expect(runDaily(deps(), 7)?.expired.map((e) => e.date)).toEqual(['2026-03-12']);
  });

  it('uses the station zone for "today": 06:30 UTC is still 8 March in Tijuana, 9 March in Mexico City', () => {
    clock = new Date('2026-03-09T06:30:00Z');
    expect(runDaily(deps(), 1)?.date).toBe('2026-03-09');
    writeStation(t.db, { ...readStation(t.db), timeZone: 'America/Tijuana' });
    expect(runDaily(deps(), 1)?.date).toBe('2026-03-08');
  });
});

describe('startScheduleCron', () => {
  function services(bus: EventBus, transport: CoreServices['transport'] = 'web'): CoreServices {
    const partial = { transport, db: t.db, events: bus, logger: silentLogger, clock: () => clock, store: { originalPath: () => '/nowhere' } };
    return partial as unknown as CoreServices;
  }

  it('schedules both jobs in the station zone, catches up at start and follows a zone change', () => {
    seedDay();
    clock = new Date('2026-03-09T14:56:00Z');
    const started: { expr: string; timezone: string; fire: () => void | Promise<void>; stopped: boolean }[] = [];
    const scheduler: CronScheduler = (expr, fn, options) => {
      const task = { expr, timezone: options.timezone, fire: fn, stopped: false };
      started.push(task);
      return { stop: () => void (task.stopped = true) };
    };
    const bus = new EventBus();
    bus.on((name, payload) => events.push({ name, payload }));
    const cron = startScheduleCron(services(bus), { scheduler, reminderMinutes: 5 });
    expect(started.map((s) => [s.expr, s.timezone])).toEqual([
      ['* * * * *', MX],
      ['5 0 * * *', MX],
    ]);
    // Catch-up at start: today's daily run and the reminder for 09:00 (audio missing does not stop it).
    expect(events.map((e) => e.name)).toContain('schedule.reminder');
    expect(t.db.prepare(`SELECT key FROM schedule_job_marks WHERE key LIKE 'daily:%'`).pluck().all()).toEqual(['daily:2026-03-09']);
    writeStation(t.db, { ...readStation(t.db), timeZone: 'America/Tijuana' });
    bus.emit('schedule.changed', { reason: 'station' });
    expect(started.slice(0, 2).every((s) => s.stopped)).toBe(true);
    expect(started.slice(2).map((s) => s.timezone)).toEqual(['America/Tijuana', 'America/Tijuana']);
    cron.stop();
    expect(started.every((s) => s.stopped)).toBe(true);
  });

  it('does nothing for the CLI, whose process must exit', () => {
    let calls = 0;
    startScheduleCron(services(new EventBus(), 'cli'), { scheduler: () => ((calls += 1), { stop() {} }) });
    expect(calls).toBe(0);
  });
});

describe('schedule.export folder', () => {
  it('creates the proposed folder inside <data>/exports, and refuses a missing folder elsewhere', async () => {
    const core = await createCore({ dataDir: t.dir, transport: 'cli' });
    try {
      const outDir = path.join(t.dir, 'exports', '2026-03-09-csv');
      const input = { jobId: crypto.randomUUID(), from: '2026-03-09', to: '2026-03-15', format: 'csv' as const, outDir, copyAudio: false, playoutRoot: 'C:\\x', language: 'es' as const, split: 'flat' as const, onGap: 'skip' as const };
      // An empty week: the folder is made, and the export says 0 items instead of writing an empty table.
      expect(await core.handlers['schedule.export'](input)).toEqual({ files: [], items: 0, skipped: [] });
      expect(fs.statSync(outDir).isDirectory()).toBe(true);
      const elsewhere = path.join(t.dir, 'not-exports', 'x');
      await expect(core.handlers['schedule.export']({ ...input, jobId: crypto.randomUUID(), outDir: elsewhere })).rejects.toMatchObject({ code: 'schedule.out_dir' });
      const sneaky = path.join(t.dir, 'exports', '..', 'escape');
      await expect(core.handlers['schedule.export']({ ...input, jobId: crypto.randomUUID(), outDir: sneaky })).rejects.toMatchObject({ code: 'schedule.out_dir' });
    } finally {
      core.close();
    }
  });
});
