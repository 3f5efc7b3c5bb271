import type { Statement } from 'better-sqlite3';
import type { Database } from './database.ts';

const statements = new WeakMap<Database, Map<string, Statement>>();

/**
 * A statement prepared once per database and SQL text. Queries built from a handful of shapes (which
 * filters are present) pay SQLite's parse and plan once, not on every call: on the search and the
 * Producción board that was a third of a warm query.
 */
export function prepared(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
