import BetterSqlite3 from 'better-sqlite3';
import { migrations } from '../../../../electron/core/db/migrations.ts';

/**
 * A library as the Cabina before `migration` left it: every earlier migration applied and the
 * schema version set, so openDatabase() runs `migration` and the later ones on it (upgrade tests).
 */
export function databaseBefore(file: string, migration: string): BetterSqlite3.Database {
  const before = migrations.indexOf(migration);
  if (before <= 0) throw new Error('the migration is not in the list, or is the first');
  const old = new BetterSqlite3(file);
  for (const sql of migrations.slice(0, before)) old.exec(sql);
  old.pragma(`user_version = ${before}`);
  return old;
}
