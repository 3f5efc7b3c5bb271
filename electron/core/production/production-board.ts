import type { ParsedInput, MethodOutput } from '../../../shared/api/contract.ts';
import type { BoardCell, BoardRow } from '../../../shared/api/methods/production.ts';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/domain/production.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';
import type { Database } from '../db/database.ts';
import { isOutdated } from './production-store.ts';

/** The statuses at or past `status`: "has reached it". */
const atOrPast = (status: TaskStatus) => TASK_STATUSES.slice(TASK_STATUSES.indexOf(status));
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The Producción board (issue #14 §1): segments (archived aside), most recently changed first, each
 * with its task in every language that has one anywhere, so the columns stay put while filtering.
 * The language filters are SQL (EXISTS on the (language, status) index); the title words are matched
 * folded, as the library's search folds them, over the rows the filters left.
 */
export function productionBoard(db: Database, input: ParsedInput<'production.board'>): MethodOutput<'production.board'> {
  const where = ["s.status != 'archived'"];
  const params: unknown[] = [];
  if (input.reached) {
    const statuses = atOrPast(input.reached.status);
    where.push(`EXISTS (SELECT 1 FROM language_tasks t WHERE t.segment_id = s.id AND t.language_code = ? AND t.status IN (${marks(statuses.length)}))`);
    params.push(input.reached.languageCode, ...statuses);
  }
  if (input.notReached) {
    const statuses = atOrPast(input.notReached.status);
    where.push(`NOT EXISTS (SELECT 1 FROM language_tasks t WHERE t.segment_id = s.id AND t.language_code = ? AND t.status IN (${marks(statuses.length)}))`);
    params.push(input.notReached.languageCode, ...statuses);
  }
  if (input.outdatedOnly) {
    where.push(`EXISTS (SELECT 1 FROM language_tasks t WHERE t.segment_id = s.id AND t.status != 'needs_translation'
      AND t.based_on_revision < (SELECT max(r.revision) FROM script_revisions r WHERE r.segment_id = s.id))`);
  }
  let segments = db.prepare(`SELECT s.id, s.title FROM segments s WHERE ${where.join(' AND ')} ORDER BY s.seq DESC`).all(...params) as { id: string; title: string }[];
  const words = foldForSearch(input.query ?? '').split(/\s+/).filter(Boolean);
  if (words.length > 0) segments = segments.filter((s) => { const title = foldForSearch(s.title); return words.every((w) => title.includes(w)); });
  const page = segments.slice(input.offset, input.offset + input.limit);
  const languages = (db.prepare('SELECT language_code FROM language_tasks GROUP BY language_code ORDER BY count(*) DESC, language_code').pluck().all() as string[]);
  return { languages, rows: rowsFor(db, page), total: segments.length };
}

function rowsFor(db: Database, page: readonly { id: string; title: string }[]): BoardRow[] {
  if (page.length === 0) return [];
  const ids = page.map((s) => s.id);
  const latest = new Map(
    (db.prepare(`SELECT r.segment_id, r.revision, r.language_code FROM script_revisions r
      WHERE r.segment_id IN (${marks(ids.length)}) AND r.revision = (SELECT max(revision) FROM script_revisions WHERE segment_id = r.segment_id)`).all(...ids) as { segment_id: string; revision: number; language_code: string }[])
      .map((r) => [r.segment_id, r]),
  );
  const tasks = db.prepare(`SELECT id, segment_id, language_code, status, assignee, due_date, based_on_revision FROM language_tasks WHERE segment_id IN (${marks(ids.length)})`).all(...ids) as {
    id: string; segment_id: string; language_code: string; status: TaskStatus; assignee: string; due_date: string | null; based_on_revision: number | null;
  }[];
  const cells = new Map<string, Record<string, BoardCell>>();
  for (const t of tasks) {
    const row = cells.get(t.segment_id) ?? {};
    row[t.language_code] = { taskId: t.id, status: t.status, outdated: isOutdated(t.status, t.based_on_revision, latest.get(t.segment_id)?.revision ?? null), assignee: t.assignee, dueDate: t.due_date };
    cells.set(t.segment_id, row);
  }
  return page.map((s) => {
    const script = latest.get(s.id);
    return { segmentId: s.id, title: s.title, masterLanguage: script?.language_code ?? null, revision: script?.revision ?? null, tasks: cells.get(s.id) ?? {} };
  });
}
