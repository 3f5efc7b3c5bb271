import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../electron/core/db/database.ts';
import { findConflicts } from '../../../../electron/core/schedule/conflicts.ts';
import { listInstances, updateInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { listPrograms, saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { loadRundowns } from '../../../../electron/core/schedule/rundown-store.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { allAudio, tempDb } from './schedule-fixtures.ts';

// "Una sola vez" in the program editor saves FREQ=DAILY;COUNT=1 with the end date on the start date.
const ZONE = 'America/Mexico_City';
let t: ReturnType<typeof tempDb>;
let db: Database;
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
const once = { title: 'Especial: Día del jornalero', languages: ['spa', 'mix'], rrule: 'FREQ=DAILY;COUNT=1', startDate: '2026-03-11', endDate: '2026-03-11', startTime: '07:30', durationMin: 60 };
const news = { title: 'Noticias de la mañana', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 };

beforeEach(() => {
  t = tempDb();
  db = t.db;
});
afterEach(() => t.cleanup());

describe('a one-time-only program', () => {
  it('airs exactly once: one instance that week, none the weeks around it', () => {
    saveProgram(db, once, inSeries);
    expect(listPrograms(db).map((p) => p.rrule)).toEqual(['FREQ=DAILY;COUNT=1']);
    expect(listInstances(db, ZONE, '2026-03-02', '2026-03-08')).toEqual([]);
    const week = listInstances(db, ZONE, '2026-03-09', '2026-03-15');
    expect(week.map((i) => [i.date, i.startMin, i.title])).toEqual([['2026-03-11', 450, once.title]]);
    expect(listInstances(db, ZONE, '2026-03-12', '2026-04-30')).toEqual([]);
  });

  it('can be moved like any airing and conflicts with the series it overlaps', () => {
    saveProgram(db, news, inSeries);
    saveProgram(db, once, inSeries);
    const week = listInstances(db, ZONE, '2026-03-09', '2026-03-15');
    const conflicts = findConflicts(loadRundowns(db, week, allAudio)).filter((c) => c.kind === 'overlap');
    expect(conflicts.map((c) => [c.date, c.title, c.other])).toEqual([['2026-03-11', once.title, news.title]]);
    const special = week.find((i) => i.title === once.title);
    if (!special) throw new Error('no one-time instance');
    updateInstance(db, ZONE, special.id, { startTime: '09:00' });
    const moved = listInstances(db, ZONE, '2026-03-09', '2026-03-15');
    expect(moved.filter((i) => i.title === once.title).map((i) => [i.date, i.startMin])).toEqual([['2026-03-11', 540]]);
    expect(findConflicts(loadRundowns(db, moved, allAudio)).filter((c) => c.kind === 'overlap')).toEqual([]);
  });
});
