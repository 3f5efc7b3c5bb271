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
    // Issue #14: a Voces import writes the waveform before the row; killed between, it stays behind.
    const orphanPeaks = place(dataDir, `store/peaks/${sha('b')}.peaks`, 3 * HOUR);
    const youngPeaks = place(dataDir, `store/peaks/${sha('c')}.peaks`, 60_000);
    // An edited render a pack build measured: analysis row and peaks, no asset.
    db.prepare("INSERT INTO audio_analysis (asset_id, duration_sec, sample_rate, channels, codec, loudness_range_lu, analyzed_at) VALUES (?, 1, 48000, 2, 'pcm_s24le', 0, '2026-01-01T00:00:00Z')").run(sha('d'));
    const measuredPeaks = place(dataDir, `store/peaks/${sha('d')}.peaks`, 3 * HOUR);
    expect(await sweepOrphans({ dataDir, db }, HOUR)).toBe(3);
    const left = (await filesUnder(dataDir)).map((f) => path.relative(dataDir, f));
    expect(left).toEqual(expect.arrayContaining([known, young, peaks, youngPeaks, measuredPeaks]));
    expect(left).not.toContain(orphan);
    expect(left).not.toContain(orphanPeaks);
    expect(left).not.toContain(cut);
  });

  it('leaves originals alone while a restore waits to be swapped in (its files come before its database)', async () => {
    const dataDir = dirs.make();
    const db = library(dataDir);
    const orphan = place(dataDir, `store/originals/bb/${sha('b')}.wav`, 3 * HOUR);
    const peaks = place(dataDir, `store/peaks/${sha('b')}.peaks`, 3 * HOUR);
    writeFileSync(path.join(dataDir, 'restore-pending.json'), '{}');
    expect(await sweepOrphans({ dataDir, db }, HOUR)).toBe(0);
    expect((await filesUnder(dataDir)).map((f) => path.relative(dataDir, f))).toEqual(expect.arrayContaining([orphan, peaks]));
  });
});
