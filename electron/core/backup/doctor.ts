import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { DoctorReport } from '../../../shared/api/methods/backup.ts';
import type { Database } from '../db/database.ts';
import type { JobReport } from '../jobs/job-runner.ts';
import { copyVerified, fileSize, hashFile, listFiles } from './backup-files.ts';
import { listBackups, STORE_FOLDERS } from './backup-layout.ts';

export interface DoctorDeps {
  db: Database;
  dataDir: string;
}

type Issue = DoctorReport['missing'][number];

/**
 * `cabina doctor` (issue #12): every original is read and checked against its name (its sha256);
 * files the database names but the store lacks are missing, files nobody names are orphans
 * (listed, never deleted: they may be someone's only copy). With `repair`, missing and corrupt
 * files come back from the newest backup that has them, each copy verified before it replaces anything.
 */
export async function runDoctor(d: DoctorDeps, options: { repair: boolean; backupRoot: string | null }, signal: AbortSignal, report: JobReport): Promise<DoctorReport> {
  const storeRoot = path.join(d.dataDir, 'store');
  const assets = d.db.prepare('SELECT id, ext, preview_ext FROM assets').all() as { id: string; ext: string; preview_ext: string | null }[];
  const expected = new Set<string>();
  for (const a of assets) {
    expected.add(`originals/${a.id.slice(0, 2)}/${a.id}.${a.ext}`);
    if (a.preview_ext) expected.add(`previews/${a.id.slice(0, 2)}/${a.id}.${a.preview_ext}`);
  }
  const local = await listFiles(storeRoot, (rel) => !STORE_FOLDERS.some((f) => rel === f || rel.startsWith(`${f}/`)));
  const present = new Set(local);
  const missing: Issue[] = [...expected].filter((rel) => !present.has(rel)).map((rel) => ({ path: rel, problem: 'missing', repaired: false }));
  const orphans: Issue[] = local.filter((rel) => !expected.has(rel)).map((rel) => ({ path: rel, problem: 'orphan', repaired: false }));
  const corrupt: Issue[] = [];
  const originals = local.filter((rel) => rel.startsWith('originals/') && expected.has(rel));
  for (const [i, rel] of originals.entries()) {
    const sha = await hashFile(path.join(storeRoot, rel), signal);
    if (!path.basename(rel).startsWith(`${sha}.`)) corrupt.push({ path: rel, problem: 'corrupt', repaired: false });
    report('verify', (options.repair ? 0.8 : 1) * ((i + 1) / originals.length));
  }
  let repairedFrom: string | null = null;
  const broken = [...missing, ...corrupt];
  if (options.repair && broken.length > 0) {
    const backups = options.backupRoot ? await listBackups(options.backupRoot) : [];
    if (backups.length === 0) throw new UserFacingError('backup.no_backup', 'No backup to repair from', { folder: options.backupRoot ?? '' });
    repairedFrom = backups[0]?.dir ?? null;
    for (const issue of broken) {
      if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      for (const b of backups) {
        const entry = b.manifest.files.find((f) => f.path === issue.path);
        const from = path.join(path.dirname(b.dir), 'store', issue.path);
        if (!entry || (await fileSize(from)) !== entry.sizeBytes) continue;
        const ok = await copyVerified(from, path.join(storeRoot, issue.path), entry, signal).then(
          () => true,
          (error: unknown) => {
            // A damaged backup copy is skipped for an older one; anything else (disk full) stops the repair.
            if (error instanceof UserFacingError && error.code === 'backup.damaged') return false;
            throw error;
          },
        );
        if (ok) {
          issue.repaired = true;
          break;
        }
      }
    }
    report('write', 1);
  }
  return { checked: local.length, missing, orphans, corrupt, repairedFrom };
}
