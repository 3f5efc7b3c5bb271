import { z } from 'zod';
import type { asrunMethods } from '../../../../shared/api/methods/asrun.ts';
import { logMappingSchema } from '../../../../shared/api/methods/asrun.ts';
import { foldForSearch } from '../../../../shared/text/fold.ts';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { writeTransaction, type Database } from '../../db/database.ts';
import { versionCode } from '../../schedule/exports/playlist-formats.ts';

type Out<M extends keyof typeof asrunMethods> = z.output<(typeof asrunMethods)[M]['output']>;

export function listImports(db: Database): Out<'asrun.log.imports'> {
  const rows = db.prepare('SELECT * FROM report_log_imports ORDER BY imported_at DESC, id LIMIT 200').all() as {
    id: string;
    file_name: string;
    preset: Out<'asrun.log.imports'>[number]['preset'];
    imported_at: string;
    lines: number;
    matched: number;
    unmatched: number;
    known: number;
  }[];
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, preset: r.preset, importedAt: r.imported_at, lines: r.lines, matched: r.matched, unmatched: r.unmatched, known: r.known }));
}

export function listMappings(db: Database): Out<'asrun.log.mappings'> {
  const rows = db.prepare('SELECT * FROM report_log_mappings ORDER BY created_at DESC, id').all() as { id: string; name: string; mapping_json: string; created_at: string }[];
  return rows.flatMap((r) => {
    // A mapping written by a newer Cabina with fields this one refuses is left out, not fatal.
    const parsed = logMappingSchema.safeParse(JSON.parse(r.mapping_json));
    return parsed.success ? [{ id: r.id, name: r.name, mapping: parsed.data, createdAt: r.created_at }] : [];
  });
}

/**
 * Unmatched lines grouped by what they name, most frequent first: one decision settles a group (a
 * jingle airs hundreds of times a year), so that is what the user is shown. Each group carries its
 * latest line (SQLite's bare columns come from the MAX row).
 */
export function listUnmatched(db: Database, offset: number, limit: number): Out<'asrun.unmatched'> {
  const { total, titles } = db.prepare(`SELECT COUNT(*) AS total, COUNT(DISTINCT title) AS titles FROM report_asrun WHERE status = 'unmatched'`).get() as { total: number; titles: number };
  const rows = db
    .prepare(
      `SELECT g.id, g.title, g.aired_at, g.seconds, g.same, i.file_name FROM (
         SELECT id, title, MAX(aired_at) AS aired_at, seconds, log_import_id, COUNT(*) AS same
         FROM report_asrun WHERE status = 'unmatched' GROUP BY title
       ) g LEFT JOIN report_log_imports i ON i.id = g.log_import_id
       ORDER BY g.same DESC, g.aired_at DESC, g.title LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as { id: string; title: string; aired_at: string; seconds: number | null; file_name: string | null; same: number }[];
  return { total, titles, lines: rows.map((r) => ({ id: r.id, title: r.title, airedAt: r.aired_at, seconds: r.seconds, fileName: r.file_name, sameTitle: r.same })) };
}

function titleOf(db: Database, id: string): string {
  const title = db.prepare(`SELECT title FROM report_asrun WHERE id = ? AND source = 'log'`).pluck().get(id) as string | undefined;
  if (title === undefined) throw new UserFacingError('not_found', `No log line ${id}`, { id });
  return title;
}

/** One decision for every unmatched line that names the same thing (a jingle airs 300 times a month). */
export function linkLine(db: Database, id: string, versionId: string): number {
  const title = titleOf(db, id);
  if (!db.prepare('SELECT 1 FROM versions WHERE id = ?').get(versionId)) throw new UserFacingError('not_found', `No version ${versionId}`, { id: versionId });
  return writeTransaction(db, () => db.prepare(`UPDATE report_asrun SET status = 'matched', version_id = ? WHERE title = ? AND status = 'unmatched'`).run(versionId, title).changes);
}

export function ignoreLine(db: Database, id: string): number {
  const title = titleOf(db, id);
  return writeTransaction(db, () => db.prepare(`UPDATE report_asrun SET status = 'ignored' WHERE title = ? AND status = 'unmatched'`).run(title).changes);
}

/** Versions to link a line to, found as search finds them (folded title). */
export function versionChoices(db: Database, query: string): Out<'asrun.versionChoices'> {
  const q = foldForSearch(query).trim();
  const rows = db
    .prepare('SELECT v.id, s.title, v.language_code FROM versions v JOIN segments s ON s.id = v.segment_id ORDER BY s.title, v.position')
    .all() as { id: string; title: string; language_code: string | null }[];
  return rows
    .filter((r) => q === '' || foldForSearch(r.title).includes(q) || versionCode(r.id) === q)
    .slice(0, 50)
    .map((r) => ({ versionId: r.id, segmentTitle: r.title, languageCode: r.language_code, code: versionCode(r.id) }));
}
