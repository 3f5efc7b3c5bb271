import type { ParsedInput, MethodOutput } from '../../../shared/api/contract.ts';
import type { BoardCell, BoardRow } from '../../../shared/api/methods/production.ts';
import { TASK_STATUSES, type TaskStatus } from '../../../shared/domain/production.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/statement-cache.ts';

/** The statuses at or past `status`: "has reached it". */
const atOrPast = (status: TaskStatus) => TASK_STATUSES.slice(TASK_STATUSES.indexOf(status));
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The Producción board (issue #14 §1): segments (archived aside), most recently changed first, each
 * with its task in every language that has one anywhere, so the columns stay put while filtering.
 * The language filters are SQL: one range of the (language, status) index each, as an IN set — a
 * correlated EXISTS per segment cost 4× as much at 2,000 segments. The title words are matched
 * folded, as the library's search folds them, over the rows the filters left.
 */
export function productionBoard(db: Database, input: ParsedInput<'production.board'>): MethodOutput<'production.board'> {
  const where = ["s.status != 'archived'"];
  const params: unknown[] = [];
  if (input.reached) {
    const statuses = atOrPast(input.reached.status);
    where.push(`s.id IN (SELECT segment_id FROM language_tasks WHERE language_code = ? AND status IN (${marks(statuses.length)}))`);
    params.push(input.reached.languageCode, ...statuses);
  }
  if (input.notReached) {
    const statuses = atOrPast(input.notReached.status);
    where.push(`s.id NOT IN (SELECT segment_id FROM language_tasks WHERE language_code = ? AND status IN (${marks(statuses.length)}))`);
    params.push(input.notReached.languageCode, ...statuses);
  }
  if (input.outdatedOnly) {
    // The stored flag, from its partial index (computing it from revisions scanned every task).
    where.push('s.id IN (SELECT segment_id FROM language_tasks WHERE outdated = 1)');
  }
  let segments = prepared(db, `SELECT s.id, s.title FROM segments s WHERE ${where.join(' AND ')} ORDER BY s.seq DESC`).all(...params) as { id: string; title: string }[];
  const words = foldForSearch(input.query ?? '').split(/\s+/).filter(Boolean);
  if (words.length > 0) segments = segments.filter((s) => { const title = foldForSearch(s.title); return words.every((w) => title.includes(w)); });
  const page = segments.slice(input.offset, input.offset + input.limit);
  const languages = prepared(db, 'SELECT language_code FROM language_tasks GROUP BY language_code ORDER BY count(*) DESC, language_code').pluck().all() as string[];
  return { languages, rows: rowsFor(db, page), total: segments.length };
}

// The page's ids go in as one JSON array, so each statement is prepared once whatever the page size.
const LATEST_SQL = `SELECT r.segment_id, max(r.revision) AS revision, r.language_code FROM script_revisions r
  WHERE r.segment_id IN (SELECT value FROM json_each(?)) GROUP BY r.segment_id`;
const TASKS_SQL = `SELECT segment_id, language_code, id, status, assignee, due_date, outdated FROM language_tasks
  WHERE segment_id IN (SELECT value FROM json_each(?))`;
type TaskCells = [segmentId: string, languageCode: string, id: string, status: TaskStatus, assignee: string, dueDate: string | null, outdated: 0 | 1];

function rowsFor(db: Database, page: readonly { id: string; title: string }[]): BoardRow[] {
  if (page.length === 0) return [];
  const ids = JSON.stringify(page.map((s) => s.id));
  // SQLite's bare-column rule: with max(), language_code comes from the row holding the max.
  const latest = new Map((prepared(db, LATEST_SQL).all(ids) as { segment_id: string; revision: number; language_code: string }[]).map((r) => [r.segment_id, r]));
  // Raw rows: 2,400 cells a page, and arrays cost less to make than objects.
  const tasks = prepared(db, TASKS_SQL).raw(true).all(ids) as TaskCells[];
  const cells = new Map<string, Record<string, BoardCell>>();
  for (const [segmentId, languageCode, taskId, status, assignee, dueDate, outdated] of tasks) {
    let row = cells.get(segmentId);
    if (!row) cells.set(segmentId, (row = {}));
    row[languageCode] = { taskId, status, outdated: outdated === 1, assignee, dueDate };
  }
  return page.map((s) => {
    const script = latest.get(s.id);
    return { segmentId: s.id, title: s.title, masterLanguage: script?.language_code ?? null, revision: script?.revision ?? null, tasks: cells.get(s.id) ?? {} };
  });
}
