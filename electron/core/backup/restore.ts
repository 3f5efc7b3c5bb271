import fs from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { RestoreState } from '../../../shared/api/methods/backup.ts';
import type { JobReport } from '../jobs/job-runner.ts';
import { copyVerified, fileSize } from './backup-files.ts';
import { BACKUP_DB, writeJsonAtomic } from './backup-layout.ts';
import { verifyBackup } from './restore-verify.ts';

/**
 * Restore (issue #12) in two steps, because the running core holds the database open:
 * 1. `stageRestore` verifies the backup, copies its database to `restore-staging/` and adds the
 *    store files this library lacks (content-addressed: adding never changes an existing file's
 *    meaning), then writes `restore-pending.json`.
 * 2. `applyPendingRestore`, at the next start before the database opens, moves the current database
 *    to `before-restore-<time>/` and renames the staged one in. The user then keeps it (the old one
 *    is deleted) or undoes it (swapped back at the next start, added files removed).
 */
const PENDING = 'restore-pending.json';
const STAGING = 'restore-staging';
const RECORD = 'restore.json';
const DB_FILES = ['', '-wal', '-shm'].map((s) => `${BACKUP_DB}${s}`);

const pendingSchema = z.object({
  kind: z.enum(['restore', 'undo']),
  backup: z.string(),
  aside: z.string().regex(/^before-restore-[0-9TZ-]+$/),
  addedFiles: z.array(z.string()),
});
type Pending = z.infer<typeof pendingSchema>;
const recordSchema = z.object({ backup: z.string(), restoredAt: z.string(), addedFiles: z.array(z.string()) });

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

function readJson<T>(file: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function stageRestore(dataDir: string, dir: string, now: Date, signal: AbortSignal, report: JobReport): Promise<RestoreState> {
  const backupDir = path.resolve(dir);
  const manifest = await verifyBackup(backupDir, signal, report);
  const staging = path.join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  await copyVerified(path.join(backupDir, BACKUP_DB), path.join(staging, BACKUP_DB), manifest.db, signal);
  const storeFrom = path.join(path.dirname(backupDir), 'store');
  const addedFiles: string[] = [];
  const missing = [];
  for (const f of manifest.files) if ((await fileSize(path.join(dataDir, 'store', f.path))) !== f.sizeBytes) missing.push(f);
  for (const [i, f] of missing.entries()) {
    await copyVerified(path.join(storeFrom, f.path), path.join(dataDir, 'store', f.path), f, signal);
    addedFiles.push(f.path);
    report('write', 0.5 + (0.5 * (i + 1)) / missing.length);
  }
  const pending: Pending = { kind: 'restore', backup: backupDir, aside: `before-restore-${stamp(now)}`, addedFiles };
  await writeJsonAtomic(path.join(dataDir, PENDING), pending);
  return { state: 'restart', kind: 'restore', backup: backupDir };
}

/** An exclusive lock fails at once while any other connection has the database open (WAL shm lock). */
function heldElsewhere(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new BetterSqlite3(file, { timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch {
    return true;
  } finally {
    probe.close();
  }
}

function moveIfThere(from: string, to: string): void {
  if (fs.existsSync(from)) fs.renameSync(from, to);
}

/**
 * Runs before the database opens. Every step is a rename that can be repeated, and the pending file
 * goes last, so a power cut half-way means the next start finishes the same swap.
 */
export function applyPendingRestore(dataDir: string, now: Date): 'restored' | 'undone' | null {
  const pending = readJson(path.join(dataDir, PENDING), pendingSchema);
  if (!pending) {
    // A staging copy without its pending file is a restore cut off before it was ready: drop it.
    fs.rmSync(path.join(dataDir, STAGING), { recursive: true, force: true });
    return null;
  }
  // Another Cabina (the app while a CLI command starts) still has the library open: swapping the
  // file under it would send its writes into the set-aside copy. The swap waits for a start alone.
  if (heldElsewhere(path.join(dataDir, BACKUP_DB))) return null;
  const aside = path.join(dataDir, pending.aside);
  if (pending.kind === 'restore') {
    fs.mkdirSync(aside, { recursive: true });
    if (!fs.existsSync(path.join(aside, BACKUP_DB))) for (const f of DB_FILES) moveIfThere(path.join(dataDir, f), path.join(aside, f));
    moveIfThere(path.join(dataDir, STAGING, BACKUP_DB), path.join(dataDir, BACKUP_DB));
    const record: z.infer<typeof recordSchema> = { backup: pending.backup, restoredAt: now.toISOString(), addedFiles: pending.addedFiles };
    fs.writeFileSync(path.join(aside, `${RECORD}.tmp`), JSON.stringify(record, null, 2), { flush: true });
    fs.renameSync(path.join(aside, `${RECORD}.tmp`), path.join(aside, RECORD));
    fs.rmSync(path.join(dataDir, STAGING), { recursive: true, force: true });
  } else {
    if (fs.existsSync(path.join(aside, BACKUP_DB))) {
      // The restored database's journal must not be paired with the previous database.
      for (const f of DB_FILES.slice(1)) fs.rmSync(path.join(dataDir, f), { force: true });
      for (const f of [...DB_FILES.slice(1), BACKUP_DB]) moveIfThere(path.join(aside, f), path.join(dataDir, f));
    }
    for (const rel of pending.addedFiles) fs.rmSync(path.join(dataDir, 'store', rel), { force: true });
    fs.rmSync(aside, { recursive: true, force: true });
  }
  fs.rmSync(path.join(dataDir, PENDING), { force: true });
  return pending.kind === 'restore' ? 'restored' : 'undone';
}

async function newestAside(dataDir: string): Promise<{ name: string; record: z.infer<typeof recordSchema> } | null> {
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((n) => n.startsWith('before-restore-')).sort().reverse();
  for (const name of names) {
    const record = readJson(path.join(dataDir, name, RECORD), recordSchema);
    if (record) return { name, record };
  }
  return null;
}

export async function restoreState(dataDir: string): Promise<RestoreState> {
  const pending = readJson(path.join(dataDir, PENDING), pendingSchema);
  if (pending) return { state: 'restart', kind: pending.kind, backup: pending.backup };
  const aside = await newestAside(dataDir);
  if (!aside) return { state: 'none' };
  return { state: 'confirm', backup: aside.record.backup, restoredAt: aside.record.restoredAt, asideDir: path.join(dataDir, aside.name) };
}

/** Keep: the previous library is deleted. Undo: it is swapped back at the next start. */
export async function confirmRestore(dataDir: string, keep: boolean): Promise<RestoreState> {
  const aside = (await restoreState(dataDir)).state === 'confirm' ? await newestAside(dataDir) : null;
  if (!aside) throw new UserFacingError('backup.no_restore', 'No restore is waiting for confirmation');
  if (keep) {
    await rm(path.join(dataDir, aside.name), { recursive: true, force: true });
    return restoreState(dataDir);
  }
  const pending: Pending = { kind: 'undo', backup: aside.record.backup, aside: aside.name, addedFiles: aside.record.addedFiles };
  await writeJsonAtomic(path.join(dataDir, PENDING), pending);
  return { state: 'restart', kind: 'undo', backup: aside.record.backup };
}

