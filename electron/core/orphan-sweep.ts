import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CoreServices } from './core-types.ts';

/*
 * Leftovers the other sweeps never saw (issue #12, found by the kill -9 torture):
 * - a peaks file cut off mid-write (`store/peaks/<sha>.peaks.<pid>.<time>.part`);
 * - an original committed to the store whose database row never came (the import was killed
 *   between the two: files go first so a row never lacks its file);
 * - a whole peaks file of such an asset, or of one deleted while its peaks were being made (a Voces
 *   import writes the waveform before the row, issue #14); a file measured for a pack (an analysis
 *   row, no asset) keeps its peaks, they are that cache's other half.
 * Both only when older than `minAgeMs`, so an import running in another process keeps its file.
 * Orphans are left alone while a restore waits to be swapped in: its files are in the store before
 * its database is.
 */

const PEAKS_PART = /\.peaks\.\d+\.\d+\.part$/;
const ORIGINAL = /^([0-9a-f]{64})\./;
const PEAKS = /^([0-9a-f]{64})\.peaks$/;

type Deps = Pick<CoreServices, 'dataDir' | 'db'>;

async function oldEnough(file: string, minAgeMs: number, now: number): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info !== null && info.isFile() && now - info.mtimeMs >= minAgeMs;
}

export async function sweepOrphans(d: Deps, minAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  const restoring = existsSync(path.join(d.dataDir, 'restore-pending.json'));
  const known = d.db.prepare('SELECT 1 FROM assets WHERE id = ?').pluck();
  // A pack build measures edited renders, which have an analysis row (and peaks) but no asset row.
  const measured = d.db.prepare('SELECT 1 FROM audio_analysis WHERE asset_id = ?').pluck();
  const peaksDir = path.join(d.dataDir, 'store', 'peaks');
  for (const name of await readdir(peaksDir).catch(() => [] as string[])) {
    const file = path.join(peaksDir, name);
    const sha = PEAKS.exec(name)?.[1];
    const orphan = PEAKS_PART.test(name) || (sha !== undefined && !restoring && known.get(sha) === undefined && measured.get(sha) === undefined);
    if (orphan && (await oldEnough(file, minAgeMs, now))) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  if (restoring) return removed;
  const originals = path.join(d.dataDir, 'store', 'originals');
  for (const shard of await readdir(originals).catch(() => [] as string[])) {
    for (const name of await readdir(path.join(originals, shard)).catch(() => [] as string[])) {
      const sha = ORIGINAL.exec(name)?.[1];
      const file = path.join(originals, shard, name);
      if (!sha || known.get(sha) !== undefined || !(await oldEnough(file, minAgeMs, now))) continue;
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
