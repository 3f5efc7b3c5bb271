import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../electron/core/db/database.ts';
import { sweepOrphans } from '../../../electron/core/orphan-sweep.ts';
import { filesUnder, useTempDirs } from './support/temp-dirs.ts';

const dirs = useTempDirs('cabina-orphans-');
const open: Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

const HOUR = 3_600_000;
const sha = (c: string) => c.repeat(64);

function place(dataDir: string, rel: string, ageMs: number): string {
  const file = path.join(dataDir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return rel;
}

function library(dataDir: string): Database {
  const db = openDatabase(path.join(dataDir, 'cabina.db'));
  open.push(db);
  db.prepare(
    "INSERT INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate, channels, imported_at) VALUES (?, 'a.wav', 'wav', 1, 1, 'wav', 'pcm_s16le', 48000, 1, '2026-01-01T00:00:00Z')",
  ).run(sha('a'));
  return db;
}

describe('sweepOrphans (issue #12: nothing the kill -9 torture found stays for ever)', () => {
  it('removes old cut-off peaks files and old originals without a row; keeps known, young and finished files', async () => {
    const dataDir = dirs.make();
    const db = library(dataDir);
    const known = place(dataDir, `store/originals/aa/${sha('a')}.wav`, 3 * HOUR);
    const orphan = place(dataDir, `store/originals/bb/${sha('b')}.wav`, 3 * HOUR);
    const young = place(dataDir, `store/originals/cc/${sha('c')}.wav`, 60_000);
    const cut = place(dataDir, `store/peaks/${sha('a')}.peaks.1234.1700000000000.part`, 3 * HOUR);
    const peaks = place(dataDir, `store/peaks/${sha('a')}.peaks`, 3 * HOUR);
    expect(await sweepOrphans({ dataDir, db }, HOUR)).toBe(2);
    const left = (await filesUnder(dataDir)).map((f) => path.relative(dataDir, f));
    expect(left).toEqual(expect.arrayContaining([known, young, peaks]));
    expect(left).not.toContain(orphan);
    expect(left).not.toContain(cut);
  });

  it('leaves originals alone while a restore waits to be swapped in (its files come before its database)', async () => {
    const dataDir = dirs.make();
    const db = library(dataDir);
    const orphan = place(dataDir, `store/originals/bb/${sha('b')}.wav`, 3 * HOUR);
    writeFileSync(path.join(dataDir, 'restore-pending.json'), '{}');
    expect(await sweepOrphans({ dataDir, db }, HOUR)).toBe(0);
    expect((await filesUnder(dataDir)).map((f) => path.relative(dataDir, f))).toContain(orphan);
  });
});
