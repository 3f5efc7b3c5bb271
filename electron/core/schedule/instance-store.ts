import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Instance, InstancePatch, Program } from '../../../shared/domain/schedule.ts';
import { seriesDates } from '../../../shared/time/recurrence.ts';
import { formatClock, parseClock, wallToInstantShifting } from '../../../shared/time/zoned-time.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { prepared } from '../db/statement-cache.ts';
import { checkOneOffWall, getProgram, listPrograms } from './program-store.ts';

interface InstanceRow {
  id: string;
  program_id: string;
  occurrence_date: string;
  date: string | null;
  start_min: number | null;
  duration_min: number | null;
  status: 'scheduled' | 'cancelled' | null;
  replacement_title: string | null;
}

export function toInstance(row: InstanceRow, program: Program, zone: string): Instance {
  const date = row.date ?? row.occurrence_date;
  const startMin = row.start_min ?? parseClock(program.startTime) ?? 0;
  const durationMin = row.duration_min ?? program.durationMin;
  const { ms, shiftedMinutes } = wallToInstantShifting(zone, { date, minutes: startMin });
  return {
    id: row.id,
    programId: program.id,
    occurrenceDate: row.occurrence_date,
    date,
    startMin,
    durationMin,
    startMs: ms,
    endMs: ms + durationMin * 60_000,
    status: row.status ?? 'scheduled',
    edited: row.date !== null || row.start_min !== null || row.duration_min !== null || row.status !== null || row.replacement_title !== null,
    title: row.replacement_title ?? program.title,
    replacementTitle: row.replacement_title,
    color: program.color,
    host: program.host,
    languages: program.languages,
    shiftedMinutes,
  };
}

const ROWS_IN_RANGE = 'SELECT * FROM schedule_instances WHERE occurrence_date BETWEEN @from AND @to OR date BETWEEN @from AND @to';

/**
 * Airings whose (possibly moved) date is in [from, to]. Rows are materialised here, on first view,
 * so a year of untouched series costs nothing until someone looks at it or plans its rundown.
 * Rows are read first and only the occurrences without one are written: a range already seen (a
 * fill reads the year the grid just showed, issue #16) costs one read and no write transaction.
 */
export function listInstances(db: Database, zone: string, from: string, to: string, programs: Program[] = listPrograms(db)): Instance[] {
  const byId = new Map(programs.map((p) => [p.id, p]));
  const series = new Map<string, Set<string>>();
  for (const p of programs) series.set(p.id, new Set(seriesDates(p, from, to)));
  // Also the rows moved out of the range: their occurrence exists, so it is not written again.
  let rows = prepared(db, ROWS_IN_RANGE).all({ from, to }) as InstanceRow[];
  // Dates by program, not "program + date" strings: a year is ~5,000 rows, and building and hashing
  // a key string for each row and each occurrence was a third of a re-read (issue #16).
  const have = new Map<string, Set<string>>();
  for (const r of rows) {
    const dates = have.get(r.program_id);
    if (dates) dates.add(r.occurrence_date);
    else have.set(r.program_id, new Set([r.occurrence_date]));
  }
  const missing: [string, string][] = [];
  for (const [programId, dates] of series) {
    const known = have.get(programId);
    for (const d of dates) if (!known?.has(d)) missing.push([programId, d]);
  }
  if (missing.length > 0) {
    const insert = prepared(db, 'INSERT OR IGNORE INTO schedule_instances (id, program_id, occurrence_date) VALUES (?, ?, ?)');
    const added: InstanceRow[] = [];
    writeTransaction(db, () => {
      for (const [programId, d] of missing) {
        const id = crypto.randomUUID();
        // A new row follows its series: every override is NULL (what RETURNING would read back, cheaper).
        if (insert.run(id, programId, d).changes === 1) added.push({ id, program_id: programId, occurrence_date: d, date: null, start_min: null, duration_min: null, status: null, replacement_title: null });
      }
    });
    // Fewer rows than asked: another connection wrote some in between; read them all again.
    rows = added.length === missing.length ? rows.concat(added) : (prepared(db, ROWS_IN_RANGE).all({ from, to }) as InstanceRow[]);
  }
  const out: Instance[] = [];
  for (const row of rows) {
    const program = byId.get(row.program_id);
    if (!program) continue;
    const date = row.date ?? row.occurrence_date;
    if (date < from || date > to) continue;
    const inSeries = series.get(program.id)?.has(row.occurrence_date) ?? false;
    const moved = row.date !== null;
    if (!inSeries && !moved && row.status === null && row.start_min === null && row.duration_min === null && row.replacement_title === null) continue;
    out.push(toInstance(row, program, zone));
  }
  return out.sort((a, b) => a.startMs - b.startMs || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export function getInstance(db: Database, zone: string, id: string): Instance {
  const row = db.prepare('SELECT * FROM schedule_instances WHERE id = ?').get(id) as InstanceRow | undefined;
  if (!row) throw new UserFacingError('not_found', `No instance ${id}`, { id });
  return toInstance(row, getProgram(db, row.program_id), zone);
}

/** One-off edits (moved, resized, cancelled, replaced); the series is untouched. */
export function updateInstance(db: Database, zone: string, id: string, patch: InstancePatch): Instance {
  const current = getInstance(db, zone, id);
  if (patch.reset) {
    writeTransaction(db, () =>
      db.prepare('UPDATE schedule_instances SET date = NULL, start_min = NULL, duration_min = NULL, status = NULL, replacement_title = NULL WHERE id = ?').run(id),
    );
    return getInstance(db, zone, id);
  }
  const date = patch.date ?? current.date;
  const startTime = patch.startTime ?? formatClock(current.startMin);
  if (patch.date !== undefined || patch.startTime !== undefined) checkOneOffWall(zone, date, startTime);
  writeTransaction(db, () => {
    const set = db.prepare(
      `UPDATE schedule_instances SET date = COALESCE(@date, date), start_min = COALESCE(@startMin, start_min),
         duration_min = COALESCE(@durationMin, duration_min), status = COALESCE(@status, status),
         replacement_title = CASE WHEN @setTitle = 1 THEN @title ELSE replacement_title END WHERE id = @id`,
    );
    set.run({
      id,
      date: patch.date !== undefined || patch.startTime !== undefined ? date : null,
      startMin: patch.date !== undefined || patch.startTime !== undefined ? parseClock(startTime) : null,
      durationMin: patch.durationMin ?? null,
      status: patch.status ?? null,
      setTitle: patch.replacementTitle !== undefined ? 1 : 0,
      title: patch.replacementTitle ?? null,
    });
  });
  return getInstance(db, zone, id);
}
