import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { migrations } from './migrations.ts';

export type Database = BetterSqlite3.Database;

export interface OpenDatabaseOptions {
  logger?: Logger;
  /** Milliseconds a write waits for another connection's lock before reporting `db.locked`. */
  busyTimeoutMs?: number;
}

/** Queries slower than this are logged: on a 2-core station PC they are what the user feels. */
export const SLOW_QUERY_MS = 50;

/** 1 GiB: more than a library of 10⁵ segments (~470 MB); SQLite's build caps it at 2 GiB. */
const MMAP_BYTES = 2 ** 30;
/** 64 MiB: sixteen times what the default autocheckpoint (1,000 pages) lets a WAL reach. */
const WAL_LIMIT_BYTES = 64 * 2 ** 20;

// The logger travels with the connection so search and repositories can report slow queries
// without every call site threading one through.
const loggers = new WeakMap<Database, Logger>();

export function loggerFor(db: Database): Logger {
  return loggers.get(db) ?? silentLogger;
}

/** Runs `fn`, logging a warning when it takes longer than SLOW_QUERY_MS. */
export function timed<T>(db: Database, label: string, fn: () => T): T {
  const started = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - started;
    if (ms > SLOW_QUERY_MS) loggerFor(db).warn('slow query', { query: label, ms: Math.round(ms) });
  }
}

function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

function isLockError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

// A folder path that is a file (EEXIST, ENOTDIR) or a database path that is a folder (EISDIR) is as
// unusable as a read-only folder.
const FS_NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOENT']);

function isNotWritableError(error: unknown): boolean {
  const code = sqliteCode(error);
  return (
    (code !== null && FS_NOT_WRITABLE.has(code)) ||
    (code !== null && (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')))
  );
}

function lockedError(file: string): UserFacingError {
  return new UserFacingError('db.locked', `The library database is in use by another program: ${file}`, { path: file });
}

function notWritableError(dir: string): UserFacingError {
  return new UserFacingError('data_dir.not_writable', `The data folder is not writable: ${dir}`, { path: dir });
}

/** Translates lock and permission failures into the errors the user reads; rethrows anything else. */
function mapOpenError(error: unknown, file: string): never {
  if (error instanceof UserFacingError) throw error;
  if (isLockError(error)) throw lockedError(file);
  if (isNotWritableError(error)) throw notWritableError(path.dirname(file));
  throw error;
}

/**
 * Runs `fn` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so a database
 * held by another process fails before anything is written, as `db.locked` (issue #2 "bad input").
 */
export function writeTransaction<T>(db: Database, fn: () => T): T {
  try {
    return timed(db, 'write transaction', () => db.transaction(fn).immediate());
  } catch (error) {
    if (isLockError(error)) throw lockedError(db.name);
    throw error;
  }
}

/** The schema version; refuses, before anything is changed, a database from a newer Cabina. */
function schemaVersion(db: Database, file: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new UserFacingError('db.newer_schema', `The library was written by a newer Cabina (schema ${current}); update Cabina to open it.`, {
      path: file,
      version: current,
      supported: migrations.length,
    });
  }
  return current;
}

function migrate(db: Database, file: string, current: number): void {
  for (let version = current; version < migrations.length; version += 1) {
    const sql = migrations[version] ?? '';
    writeTransaction(db, () => {
      db.exec(sql);
      // PRAGMA takes no bound parameters; version is our own integer.
      db.pragma(`user_version = ${version + 1}`);
    });
    loggerFor(db).info('database migrated', { path: file, version: version + 1 });
  }
}

/**
 * Opens (creating if needed) the library database and brings its schema up to date.
 * WAL with synchronous=FULL: community stations lose power, and FULL keeps the last commits
 * (DESIGN.md §10).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    mapOpenError(error, file);
  }

  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file);
    loggers.set(db, options.logger ?? silentLogger);
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 3000))}`);
    const current = schemaVersion(db, file);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw notWritableError(dir);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Reads through a memory map instead of a read() per 4 KiB page: search walks FTS doclists and
    // summary rows spread over a library far larger than the 16 MB page cache, and each walk then
    // costs ~15–25% less (issue #16 bench, same run). Address space only; SQLite maps no more than
    // the file. Not on removable drives, where an I/O error would crash instead of erroring
    // (DESIGN.md §10 already keeps the live library off USB sticks).
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    // A WAL keeps the size of the largest transaction it ever held until the app closes: a pack
    // import or an index rebuild of 10⁵ segments leaves ~230 MB beside a 470 MB library (issue #16).
    // After each checkpoint that restarts it, SQLite cuts it back to this.
    db.pragma(`journal_size_limit = ${WAL_LIMIT_BYTES}`);
    migrate(db, file, current);
    return db;
  } catch (error) {
    db?.close();
    return mapOpenError(error, file);
  }
}
