import { createHash, randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { LogImportResult, LogMapping, LogPreset } from '../../../../shared/api/methods/asrun.ts';
import { resolveWall, wallToInstantShifting } from '../../../../shared/time/zoned-time.ts';
import { writeTransaction, type Database } from '../../db/database.ts';
import type { JobReport } from '../../jobs/job-runner.ts';
import { readLogText } from './log-file.ts';
import { readLog, type LogLine } from './log-reader.ts';
import type { LogWall } from './log-values.ts';
import { titleKey, VersionMatcher } from './version-matcher.ts';

export interface LogImportRequest {
  path: string;
  originalName: string;
  preset: LogPreset;
  mapping?: LogMapping;
  saveMappingAs?: string;
}

export interface LogImportDeps {
  db: Database;
  zone: string;
  now: () => Date;
}

/**
 * The instant of a log's wall-clock time in the station's zone. A time in a spring-forward gap
 * cannot have aired as written, so it is read as the clock showed it (moved by the gap); a
 * fall-back time that exists twice is the first one (docs/grid-format.md § Time zones).
 */
export function logInstant(zone: string, wall: LogWall): number {
  const minutes = Math.floor(wall.seconds / 60);
  const r = resolveWall(zone, { date: wall.date, minutes });
  const ms = r.ok ? r.ms : wallToInstantShifting(zone, { date: wall.date, minutes }).ms;
  return ms + (wall.seconds % 60) * 1000;
}

/**
 * The identity of an airing in a log: when it started (UTC) and what it was, folded. A log exported
 * twice, or two exports that overlap, give the same keys, so a re-import adds nothing twice.
 */
export function lineKey(airedAtIso: string, name: string): string {
  return createHash('sha256').update(`log|${airedAtIso}|${titleKey(name) || name}`).digest('hex').slice(0, 40);
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads, matches and writes one log in one transaction: all its new lines, or nothing. */
export async function importLog(deps: LogImportDeps, req: LogImportRequest, signal: AbortSignal, report: JobReport): Promise<LogImportResult> {
  const { db } = deps;
  report('decode', 0);
  const file = await readLogText(req.path, req.originalName, signal, (f) => report('decode', f * 0.4));
  signal.throwIfAborted();
  report('analyze', 0.4);
  const read = readLog(file.text, req.preset, req.mapping);
  if (read.lines.length === 0) {
    if (read.bad.length > 0) throw new UserFacingError('asrun.bad_dates', 'No line has a readable date and time', { name: req.originalName, line: read.bad[0]?.line ?? 0 });
    throw new UserFacingError('asrun.not_a_log', 'No plays in the file', { name: req.originalName });
  }
  await yieldToLoop();
  signal.throwIfAborted();
  const matcher = new VersionMatcher(db);
  const rows = read.lines.map((line: LogLine) => {
    const airedAt = new Date(logInstant(deps.zone, line.wall)).toISOString();
    return { line, airedAt, key: lineKey(airedAt, line.name), ...matcher.match(line.name) };
  });
  report('write', 0.8);
  await yieldToLoop();
  signal.throwIfAborted();
  const importId = randomUUID();
  const counts = { matched: 0, unmatched: 0, known: 0, ignored: 0 };
  writeTransaction(db, () => {
    // The history row goes first (report_asrun references it) and is dropped again when every line was known.
    db.prepare(
      `INSERT INTO report_log_imports (id, file_name, file_sha256, preset, imported_at, lines, matched, unmatched, known) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0)`,
    ).run(importId, req.originalName, file.sha256, req.preset, deps.now().toISOString(), read.lines.length + read.bad.length);
    const insert = db.prepare(
      `INSERT INTO report_asrun (id, source, status, version_id, title, aired_at, seconds, line_key, log_import_id, raw)
       VALUES (?, 'log', ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line_key) DO NOTHING`,
    );
    for (const r of rows) {
      const added = insert.run(randomUUID(), r.status, r.versionId, r.line.name, r.airedAt, r.line.seconds, r.key, importId, r.line.raw).changes > 0;
      if (!added) counts.known += 1;
      else if (r.status === 'unmatched') counts.unmatched += 1;
      else if (r.status === 'ignored') counts.ignored += 1;
      else counts.matched += 1;
    }
    if (counts.matched + counts.unmatched + counts.ignored === 0) db.prepare('DELETE FROM report_log_imports WHERE id = ?').run(importId);
    else db.prepare('UPDATE report_log_imports SET matched = ?, unmatched = ?, known = ? WHERE id = ?').run(counts.matched, counts.unmatched, counts.known, importId);
    if (req.saveMappingAs && req.mapping) {
      db.prepare('INSERT INTO report_log_mappings (id, name, mapping_json, created_at) VALUES (?, ?, ?, ?)').run(randomUUID(), req.saveMappingAs, JSON.stringify(req.mapping), deps.now().toISOString());
    }
  });
  return {
    importId: counts.matched + counts.unmatched + counts.ignored > 0 ? importId : null,
    lines: read.lines.length + read.bad.length,
    ...counts,
    skipped: read.bad.length,
    firstSkippedLine: read.bad[0]?.line ?? null,
  };
}
