import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { migrations } from '../db/migrations.ts';
import type { JobReport } from '../jobs/job-runner.ts';
import { fileSize, hashFile } from './backup-files.ts';
import { BACKUP_DB, readManifest, type BackupManifest } from './backup-layout.ts';

function damaged(name: string, why: string): UserFacingError {
  return new UserFacingError('backup.damaged', `${name}: ${why}`, { name });
}

/** The backup's database is sound and this Cabina can open it; every asset it names travels in the manifest. */
function checkDatabase(file: string, manifest: BackupManifest): void {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch {
    throw damaged(BACKUP_DB, 'cannot open');
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') throw damaged(BACKUP_DB, 'integrity_check failed');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) throw new UserFacingError('db.newer_schema', `Backup schema ${version}`, { path: file, version, supported: migrations.length });
    const listed = new Set(manifest.files.map((f) => f.path));
    for (const asset of db.prepare('SELECT id, ext FROM assets').all() as { id: string; ext: string }[]) {
      const rel = `originals/${asset.id.slice(0, 2)}/${asset.id}.${asset.ext}`;
      if (!listed.has(rel)) throw new UserFacingError('backup.file_missing', `Backup lacks ${rel}`, { name: path.basename(rel) });
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw damaged(BACKUP_DB, error instanceof Error ? error.message : String(error));
  } finally {
    db.close();
  }
}

/**
 * Verifies a backup before anything is restored (issue #12): the manifest parses, the database has
 * the manifest's size and sha256 and passes `PRAGMA integrity_check`, and every file it references
 * is in the shared store with its size and sha256. Any failure refuses the restore; nothing is written.
 */
export async function verifyBackup(dir: string, signal: AbortSignal, report: JobReport): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  const dbFile = path.join(dir, BACKUP_DB);
  if ((await fileSize(dbFile)) !== manifest.db.sizeBytes) throw new UserFacingError('backup.file_missing', `Backup database missing or cut short`, { name: BACKUP_DB });
  if ((await hashFile(dbFile, signal)) !== manifest.db.sha256) throw damaged(BACKUP_DB, 'sha256 mismatch');
  checkDatabase(dbFile, manifest);
  const storeRoot = path.join(path.dirname(dir), 'store');
  const total = manifest.files.reduce((sum, f) => sum + f.sizeBytes, 0);
  let done = 0;
  for (const f of manifest.files) {
    const file = path.join(storeRoot, f.path);
    if ((await fileSize(file)) !== f.sizeBytes) throw new UserFacingError('backup.file_missing', `Missing or wrong size: ${f.path}`, { name: path.basename(f.path) });
    if ((await hashFile(file, signal)) !== f.sha256) throw damaged(path.basename(f.path), 'sha256 mismatch');
    done += f.sizeBytes;
    report('verify', total ? (0.5 * done) / total : 0.5);
  }
  return manifest;
}
