import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { BackupInfo } from '../../../shared/api/methods/backup.ts';
import { APP_VERSION } from '../app-version.ts';
import type { Database } from '../db/database.ts';
import type { JobReport } from '../jobs/job-runner.ts';
import { readStation } from '../schedule/station-store.ts';
import { backupWriteError, copyVerified, fileSize, hashFile, listFiles } from './backup-files.ts';
import { BACKUP_DB, backupName, listBackups, MANIFEST, STORE_FOLDERS, stationFolder, stationRoot, writeJsonAtomic, type BackupManifest } from './backup-layout.ts';

export interface BackupDeps {
  db: Database;
  dataDir: string;
  clock: () => Date;
  logger: { warn(message: string, data?: Record<string, unknown>): void };
}

export interface BackupResult {
  backup: BackupInfo;
  copiedFiles: number;
  copiedBytes: number;
  skippedFiles: number;
  pruned: string[];
}

export async function assertFolder(folder: string): Promise<string> {
  const resolved = path.resolve(folder);
  const info = await stat(resolved).catch(() => null);
  if (!info?.isDirectory()) throw new UserFacingError('backup.destination_missing', `Not a folder: ${resolved}`, { folder: resolved });
  return resolved;
}

/** The backup folder of this station on `destination`. */
export function backupRootFor(db: Database, destination: string): string {
  return stationRoot(destination, stationFolder(readStation(db)));
}

const SHA_NAME = /^([0-9a-f]{64})\.[a-z0-9]+$/;

/** Local store files that travel, with sizes: originals and previews (peaks and renders are remade). */
async function localStoreFiles(dataDir: string): Promise<{ rel: string; sizeBytes: number }[]> {
  const storeRoot = path.join(dataDir, 'store');
  const rels = (await listFiles(storeRoot, (rel) => !STORE_FOLDERS.some((f) => rel === f || rel.startsWith(`${f}/`)))).filter((rel) => /\.[a-z0-9]{1,8}$/.test(rel) && !rel.endsWith('.tmp'));
  const out: { rel: string; sizeBytes: number }[] = [];
  for (const rel of rels) {
    const size = await fileSize(path.join(storeRoot, rel));
    if (size !== null) out.push({ rel, sizeBytes: size });
  }
  return out;
}

/** SQLite's online backup API (issue #12): a consistent copy while the app keeps writing; cancellable between steps. */
async function copyDatabase(db: Database, target: string, signal: AbortSignal, report: JobReport): Promise<void> {
  await db.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      report('copy', totalPages > 0 ? (0.2 * (totalPages - remainingPages)) / totalPages : 0.2);
      return 256;
    },
  });
  // Self-contained on the stick: no -wal/-shm needed to open it (a read-only drive could not make them).
  const copy = new BetterSqlite3(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

async function uniqueName(root: string, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!(await stat(path.join(root, name)).catch(() => null)) && !(await stat(path.join(root, `${name}.partial`)).catch(() => null))) return name;
  }
}

/**
 * One backup (issue #12): the database through the online backup API, then every store file the
 * destination lacks — content-addressed, so a second backup of an unchanged library copies no
 * audio. Written as `<name>.partial` and renamed only when complete, then older backups beyond
 * `keepLast` are pruned with the store files no kept backup references.
 */
export async function runBackup(d: BackupDeps, destination: string, keepLast: number, signal: AbortSignal, report: JobReport): Promise<BackupResult> {
  const dest = await assertFolder(destination);
  const station = readStation(d.db);
  const root = stationRoot(dest, stationFolder(station));
  const storeDest = path.join(root, 'store');
  const now = d.clock();
  const name = await uniqueName(root, backupName(station.timeZone, now));
  const partial = path.join(root, `${name}.partial`);
  let copiedFiles = 0;
  let copiedBytes = 0;
  let skippedFiles = 0;
  try {
    await mkdir(partial, { recursive: true });
    report('copy', 0);
    await copyDatabase(d.db, path.join(partial, BACKUP_DB), signal, report);
    const dbFile = path.join(partial, BACKUP_DB);
    const db = { file: BACKUP_DB, sizeBytes: (await stat(dbFile)).size, sha256: await hashFile(dbFile, signal) } as const;

    const previous = new Map(((await listBackups(root))[0]?.manifest.files ?? []).map((f) => [f.path, f]));
    const local = await localStoreFiles(d.dataDir);
    const toCopy: typeof local = [];
    const files: BackupManifest['files'] = [];
    for (const f of local) {
      if ((await fileSize(path.join(storeDest, f.rel))) === f.sizeBytes) {
        skippedFiles += 1;
        const known = previous.get(f.rel);
        const fromName = f.rel.startsWith('originals/') ? SHA_NAME.exec(path.basename(f.rel))?.[1] : undefined;
        const sha256 = known?.sizeBytes === f.sizeBytes ? known.sha256 : (fromName ?? (await hashFile(path.join(d.dataDir, 'store', f.rel), signal)));
        files.push({ path: f.rel, sizeBytes: f.sizeBytes, sha256 });
      } else toCopy.push(f);
    }
    const total = toCopy.reduce((sum, f) => sum + f.sizeBytes, 0);
    for (const f of toCopy) {
      if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      const expected = f.rel.startsWith('originals/') ? SHA_NAME.exec(path.basename(f.rel))?.[1] : undefined;
      try {
        const copy = await copyVerified(path.join(d.dataDir, 'store', f.rel), path.join(storeDest, f.rel), { sizeBytes: f.sizeBytes, ...(expected ? { sha256: expected } : {}) }, signal, (n) => {
          copiedBytes += n;
          report('copy', 0.2 + (0.8 * copiedBytes) / Math.max(1, total));
        });
        files.push({ path: f.rel, sizeBytes: copy.sizeBytes, sha256: copy.sha256 });
        copiedFiles += 1;
      } catch (error) {
        // A damaged original must not stop the whole backup: it stays out (cabina doctor reports it).
        if (!(error instanceof UserFacingError && error.code === 'backup.damaged')) throw error;
        d.logger.warn('backup skipped a damaged store file', { path: f.rel });
      }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    const manifest: BackupManifest = { schema: 1, app: APP_VERSION, createdAt: now.toISOString(), station: station.name, db, files };
    await writeJsonAtomic(path.join(partial, MANIFEST), manifest);
    if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    await rename(partial, path.join(root, name));
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw await backupWriteError(error, root, copiedBytes, signal);
  }
  const pruned = await pruneBackups(root, keepLast, name);
  const kept = (await listBackups(root)).find((b) => b.name === name);
  if (!kept) throw new UserFacingError('backup.damaged', `Backup ${name} vanished`, { name });
  const { manifest: _manifest, ...backup } = kept;
  return { backup, copiedFiles, copiedBytes, skippedFiles, pruned };
}

/** Keeps the newest `keepLast` backups, removes leftovers of interrupted runs and unreferenced store files. */
export async function pruneBackups(root: string, keepLast: number, current: string): Promise<string[]> {
  const backups = await listBackups(root);
  const drop = backups.slice(keepLast).filter((b) => b.name !== current);
  for (const b of drop) await rm(b.dir, { recursive: true, force: true });
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (name.endsWith('.partial')) await rm(path.join(root, name), { recursive: true, force: true });
  }
  const referenced = new Set(backups.filter((b) => !drop.includes(b)).flatMap((b) => b.manifest.files.map((f) => f.path)));
  const storeDest = path.join(root, 'store');
  for (const rel of await listFiles(storeDest)) {
    if (!referenced.has(rel)) await rm(path.join(storeDest, rel), { force: true });
  }
  return drop.map((b) => b.name);
}
