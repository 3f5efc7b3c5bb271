import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, writeTransaction, type Database } from '../../../../electron/core/db/database.ts';
import { migrations } from '../../../../electron/core/db/migrations.ts';
import type { Logger } from '../../../../electron/core/logger.ts';
import { UserFacingError } from '../../../../shared/api/errors.ts';

let dir: string;
const open: Database[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-'));
});

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  fs.chmodSync(dir, 0o700);
  fs.rmSync(dir, { recursive: true, force: true });
});

function track<T extends Database>(db: T): T {
  open.push(db);
  return db;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserFacingError) return error.code;
    throw error;
  }
  return undefined;
}

describe('openDatabase', () => {
  it('migrates an empty file to the latest schema with WAL, synchronous FULL and foreign keys', () => {
    const db = track(openDatabase(path.join(dir, 'lib', 'cabina.db')));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(3000);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['assets', 'segments', 'versions', 'version_regions', 'segment_topics', 'segments_fts']));
  });

  it('reopens an up-to-date database without migrating again and keeps its data', () => {
    const file = path.join(dir, 'cabina.db');
    const first = openDatabase(file);
    first.prepare("INSERT INTO segments (id, title, created_at, updated_at) VALUES ('s1', 'Hola', 'x', 'x')").run();
    first.close();
    const infos: string[] = [];
    const logger: Logger = { debug() {}, info: (m) => infos.push(m), warn() {}, error() {} };
    const again = track(openDatabase(file, { logger }));
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(again.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(1);
    expect(infos.filter((m) => m === 'database migrated')).toEqual([]);
  });

  it('refuses a database written by a newer Cabina and leaves it untouched', () => {
    const file = path.join(dir, 'cabina.db');
    const newer = new BetterSqlite3(file);
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.close();
    expect(codeOf(() => openDatabase(file))).toBe('db.newer_schema');
    const check = track(new BetterSqlite3(file));
    expect(check.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'segments'").pluck().get()).toBe(0);
  });

  it('reports a data folder that is a file path as not writable', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    expect(codeOf(() => openDatabase(path.join(blocker, 'cabina.db')))).toBe('data_dir.not_writable');
  });

  it('reports a database path that is a folder as not writable', () => {
    const folder = path.join(dir, 'cabina.db');
    fs.mkdirSync(folder);
    expect(codeOf(() => openDatabase(folder))).toBe('data_dir.not_writable');
  });

  it('maps a permission error on the data folder to data_dir.not_writable', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const spy = vi.spyOn(fs, 'accessSync').mockImplementation(() => {
      throw denied;
    });
    try {
      expect(codeOf(() => openDatabase(path.join(dir, 'cabina.db')))).toBe('data_dir.not_writable');
    } finally {
      spy.mockRestore();
    }
  });

  it('reports db.locked when another process holds the lock while the schema must be created', () => {
    const file = path.join(dir, 'cabina.db');
    const other = track(new BetterSqlite3(file));
    other.exec('CREATE TABLE other_app (x); BEGIN IMMEDIATE; INSERT INTO other_app VALUES (1);');
    expect(codeOf(() => openDatabase(file, { busyTimeoutMs: 50 }))).toBe('db.locked');
    other.exec('ROLLBACK');
  });

  // root ignores permission bits, so a read-only folder only means something for other users.
  it.skipIf(process.getuid?.() === 0)('reports a read-only data folder as not writable', () => {
    const readOnly = path.join(dir, 'ro');
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o500);
    try {
      expect(codeOf(() => openDatabase(path.join(readOnly, 'cabina.db')))).toBe('data_dir.not_writable');
    } finally {
      fs.chmodSync(readOnly, 0o700);
    }
  });
});

describe('writeTransaction', () => {
  it('reports db.locked quickly and writes nothing while another connection holds the write lock', () => {
    const file = path.join(dir, 'cabina.db');
    const db = track(openDatabase(file, { busyTimeoutMs: 100 }));
    const other = track(new BetterSqlite3(file));
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    let wroteInside = false;
    const code = codeOf(() =>
      writeTransaction(db, () => {
        wroteInside = true;
        db.prepare("INSERT INTO segments (id, title, created_at, updated_at) VALUES ('s1', 'Hola', 'x', 'x')").run();
      }),
    );
    expect(code).toBe('db.locked');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(wroteInside).toBe(false);
    other.exec('ROLLBACK');
    expect(db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(0);
  });

  it('commits on success and rolls back everything when the function throws', () => {
    const db = track(openDatabase(path.join(dir, 'cabina.db')));
    const insert = db.prepare('INSERT INTO segments (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)');
    writeTransaction(db, () => insert.run('a', 'A', 'x', 'x'));
    expect(() =>
      writeTransaction(db, () => {
        insert.run('b', 'B', 'x', 'x');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.prepare('SELECT id FROM segments').pluck().all()).toEqual(['a']);
  });

  it('logs slow write transactions', () => {
    const warnings: unknown[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (_m, fields) => warnings.push(fields), error() {} };
    const db = track(openDatabase(path.join(dir, 'cabina.db'), { logger }));
    writeTransaction(db, () => {
      const until = performance.now() + 60;
      while (performance.now() < until) {
        /* a deliberately slow transaction */
      }
    });
    expect(warnings).toEqual([expect.objectContaining({ query: 'write transaction' })]);
  });
});
