import { UserFacingError } from '../../../shared/api/errors.ts';
import { programInputSchema, type Program, type ProgramInput } from '../../../shared/domain/schedule.ts';
import { parseRule } from '../../../shared/time/recurrence.ts';
import { parseClock, resolveWall } from '../../../shared/time/zoned-time.ts';
import { writeTransaction, type Database } from '../db/database.ts';

interface ProgramRow {
  id: string;
  title: string;
  host: string;
  color: string;
  languages: string;
  rrule: string;
  start_date: string;
  end_date: string | null;
  start_time: string;
  duration_min: number;
  exdates: string;
}

export function toProgram(r: ProgramRow): Program {
  return {
    id: r.id,
    title: r.title,
    host: r.host,
    color: r.color,
    languages: JSON.parse(r.languages) as string[],
    rrule: r.rrule,
    startDate: r.start_date,
    endDate: r.end_date,
    startTime: r.start_time,
    durationMin: r.duration_min,
    exdates: JSON.parse(r.exdates) as string[],
  };
}

export function listPrograms(db: Database): Program[] {
  return (db.prepare('SELECT * FROM schedule_programs ORDER BY start_time, title, id').all() as ProgramRow[]).map(toProgram);
}

export function getProgram(db: Database, id: string): Program {
  const row = db.prepare('SELECT * FROM schedule_programs WHERE id = ?').get(id) as ProgramRow | undefined;
  if (!row) throw new UserFacingError('not_found', `No program ${id}`, { id });
  return toProgram(row);
}

/** Every check that can refuse a program, run before any write (issue #5 "bad input"). */
export function validateProgram(input: ProgramInput): Program & { id: string | undefined } {
  const p = programInputSchema.parse(input);
  if (p.endDate !== null && p.endDate < p.startDate) {
    throw new UserFacingError('schedule.end_before_start', `Program ends ${p.endDate} before it starts ${p.startDate}`, { start: p.startDate, end: p.endDate });
  }
  parseRule(p.rrule, p.startDate, p.endDate);
  return { ...p, id: p.id as string };
}

/** A one-off wall time must exist; series occurrences are shifted instead (zoned-time.ts). */
export function checkOneOffWall(zone: string, date: string, startTime: string): void {
  const minutes = parseClock(startTime) ?? 0;
  if (!resolveWall(zone, { date, minutes }).ok) {
    throw new UserFacingError('schedule.dst_gap', `${startTime} does not exist on ${date} in ${zone}`, { date, time: startTime, zone });
  }
}

export function upsertProgram(db: Database, p: Program): void {
  db.prepare(
    `INSERT INTO schedule_programs (id, title, host, color, languages, rrule, start_date, end_date, start_time, duration_min, exdates, updated_at)
     VALUES (@id, @title, @host, @color, @languages, @rrule, @startDate, @endDate, @startTime, @durationMin, @exdates, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, host = excluded.host, color = excluded.color, languages = excluded.languages,
       rrule = excluded.rrule, start_date = excluded.start_date, end_date = excluded.end_date, start_time = excluded.start_time,
       duration_min = excluded.duration_min, exdates = excluded.exdates, updated_at = excluded.updated_at`,
  ).run({ ...p, languages: JSON.stringify(p.languages), exdates: JSON.stringify(p.exdates), updatedAt: new Date().toISOString() });
}

/**
 * Saves a program. Untouched airings follow the series automatically (instances store overrides
 * only); untouched airings whose date left the series are dropped, edited ones are kept.
 */
export function saveProgram(db: Database, input: ProgramInput, isStillInSeries: (p: Program, occurrenceDate: string) => boolean): Program {
  const valid = validateProgram(input);
  const program: Program = { ...valid, id: valid.id ?? crypto.randomUUID() };
  writeTransaction(db, () => {
    upsertProgram(db, program);
    const rows = db
      .prepare(
        `SELECT id, occurrence_date FROM schedule_instances WHERE program_id = ? AND date IS NULL AND start_min IS NULL
           AND duration_min IS NULL AND status IS NULL AND replacement_title IS NULL`,
      )
      .all(program.id) as { id: string; occurrence_date: string }[];
    const drop = db.prepare('DELETE FROM schedule_instances WHERE id = ?');
    for (const r of rows) if (!isStillInSeries(program, r.occurrence_date)) drop.run(r.id);
  });
  return program;
}

export function deleteProgram(db: Database, id: string): void {
  writeTransaction(db, () => db.prepare('DELETE FROM schedule_programs WHERE id = ?').run(id));
}
