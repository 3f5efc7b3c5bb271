import { createHash } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Campaign, Program, Station } from '../../../shared/domain/schedule.ts';
import { gridFileSchema, type GridFile } from '../../../shared/domain/schedule-grid.ts';
import { seriesDates } from '../../../shared/time/recurrence.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { upsertCampaign, validateCampaign } from './campaign-store.ts';
import { listInstances } from './instance-store.ts';
import { upsertProgram, validateProgram } from './program-store.ts';
import { checkTimeZone, readStation } from './station-store.ts';

/** Same key → same id, so importing a grid twice updates it instead of duplicating it. */
function stableId(kind: string, key: string): string {
  const h = createHash('sha256').update(`cabina-grid:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

type Detail = string | number | boolean | null;

/**
 * The problem as data — `reason` (a key of errors.schedule.grid_issue) and its values — so that the
 * CLI and the UI each say it in their own language (issue #11); the English message is for logs.
 */
function gridError(path: string, reason: string, values: Record<string, Detail> = {}, log = reason): UserFacingError {
  return new UserFacingError('schedule.grid_invalid', `${path}: ${log}`, { ...values, path, reason });
}

/**
 * Wraps any refusal with the JSON path it came from; the inner error keeps its code and values
 * (`context: 'nested'` picks the locale's grid_invalid_nested, which nests errors.<inner>).
 */
function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UserFacingError) {
      throw new UserFacingError('schedule.grid_invalid', `${path}: ${error.message}`, { ...error.details, path, context: 'nested', inner: error.code });
    }
    throw error;
  }
}

export function parseGrid(json: unknown): GridFile {
  const parsed = gridFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw gridError(issue?.path.join('.') || '(root)', issue?.code ?? 'custom', {}, issue?.message);
  }
  return parsed.data;
}

/**
 * Imports a grid file all or nothing: every check (schema, RRULEs, zone, dates, segment names)
 * runs before the single transaction that writes station, programs, rundowns and campaigns.
 */
export function importGrid(db: Database, json: unknown): { programs: number; campaigns: number } {
  const grid = parseGrid(json);
  const station: Station = { ...readStation(db), ...grid.station };
  at('station.timeZone', () => checkTimeZone(station.timeZone));
  const titles = new Map<string, string>();
  for (const r of db.prepare('SELECT id, title FROM segments ORDER BY created_at').all() as { id: string; title: string }[]) {
    titles.set(r.id, r.id);
    if (!titles.has(r.title.toLowerCase())) titles.set(r.title.toLowerCase(), r.id);
  }
  const segmentId = (path: string, ref: string) => {
    const id = titles.get(ref) ?? titles.get(ref.toLowerCase());
    if (!id) throw gridError(path, 'segment_missing', { ref }, `segment "${ref}" is not in the library`);
    return id;
  };
  const programs = new Map<string, Program>();
  grid.programs.forEach((p, i) => {
    if (programs.has(p.key)) throw gridError(`programs.${i}.key`, 'duplicate_key', { key: p.key });
    const { key, ...rest } = p;
    programs.set(key, { ...at(`programs.${i}`, () => validateProgram(rest)), id: stableId('program', key) });
  });
  const campaigns: Campaign[] = grid.campaigns.map((c, i) => {
    const { key, segments, ...rest } = c;
    const segmentIds = segments.map((ref, j) => segmentId(`campaigns.${i}.segments.${j}`, ref));
    return at(`campaigns.${i}`, () => validateCampaign({ ...rest, segmentIds, id: stableId('campaign', key) }));
  });
  const rundowns = grid.rundowns.map((r, i) => {
    const program = programs.get(r.program);
    if (!program) throw gridError(`rundowns.${i}.program`, 'unknown_program', { program: r.program });
    if (seriesDates(program, r.date, r.date).length === 0) throw gridError(`rundowns.${i}.date`, 'not_on_air', { title: program.title, date: r.date });
    const items = r.items.map((item, j) => ({ item, segmentId: 'segment' in item ? segmentId(`rundowns.${i}.items.${j}.segment`, item.segment) : null }));
    return { program, date: r.date, items };
  });
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO station_settings (id, name, call_sign, state_code, municipality_code, time_zone, languages) VALUES (1, @name, @callSign, @stateCode, @municipalityCode, @timeZone, @languages)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, call_sign = excluded.call_sign, state_code = excluded.state_code, municipality_code = excluded.municipality_code, time_zone = excluded.time_zone, languages = excluded.languages`,
    ).run({ ...station, languages: JSON.stringify(station.languages) });
    for (const p of programs.values()) upsertProgram(db, p);
    for (const c of campaigns) upsertCampaign(db, c);
  });
  // Rundowns need their instances, which are materialised by listing the day (its own transaction);
  // a failure here can only be the database itself, the input was fully checked above.
  const insert = db.prepare('INSERT INTO schedule_items (id, instance_id, position, kind, title, segment_id, duration_sec) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const r of rundowns) {
    const instance = listInstances(db, station.timeZone, r.date, r.date, [r.program]).find((x) => x.programId === r.program.id);
    if (!instance) continue;
    writeTransaction(db, () => {
      db.prepare('DELETE FROM schedule_items WHERE instance_id = ? AND auto = 0').run(instance.id);
      r.items.forEach(({ item, segmentId: seg }, pos) => {
        const title = 'title' in item ? (item.title ?? '') : '';
        insert.run(crypto.randomUUID(), instance.id, pos, item.kind, title, seg, 'durationSec' in item ? item.durationSec : 0);
      });
    });
  }
  return { programs: programs.size, campaigns: campaigns.length };
}
