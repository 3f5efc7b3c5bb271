// Issue #12 bench: a library of CABINA_BENCH_BACKUP_MB (default 1024) MB of originals backed up
// twice through the real core, against `cp -r` of the same store in the same run. Goal: the first
// backup near the copy baseline (it also hashes and fsyncs every file), the second one — an unchanged
// library — in seconds, copying nothing. Then the restore verification (reads every file once).
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodOutput } from '../../shared/api/contract.ts';
import { createCore } from '../../electron/core/core.ts';
import { verifyBackup } from '../../electron/core/backup/restore-verify.ts';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - t), value };
}

export async function runBackupBench() {
  const totalMb = Number(process.env.CABINA_BENCH_BACKUP_MB ?? 1024);
  const fileMb = 4;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-backup-bench-'));
  try {
    const dataDir = path.join(root, 'data');
    const dest = path.join(root, 'usb');
    fs.mkdirSync(dest, { recursive: true });
    const files = Math.max(1, Math.round(totalMb / fileMb));
    for (let i = 0; i < files; i += 1) {
      const bytes = randomBytes(fileMb * 1024 * 1024);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const file = path.join(dataDir, 'store', 'originals', sha.slice(0, 2), `${sha}.wav`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    const core = await createCore({ dataDir, transport: 'cli' });
    try {
      const backupNow = async () => {
        const r = await dispatch(core.handlers, 'backup.now', { jobId: randomUUID(), destination: dest });
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        return r.value as MethodOutput<'backup.now'>;
      };
      const cp = await timed(async () => execFileSync('cp', ['-r', path.join(dataDir, 'store'), path.join(root, 'cp-baseline')]));
      // The fair baseline: a copy that is on the disk, not only in the page cache (we fsync every file).
      const cpSync = await timed(async () => {
        execFileSync('cp', ['-r', path.join(dataDir, 'store'), path.join(root, 'cp-sync-baseline')]);
        execFileSync('sync', ['-f', path.join(root, 'cp-sync-baseline')]);
      });
      const first = await timed(backupNow);
      const second = await timed(backupNow);
      const verify = await timed(() => verifyBackup(second.value.backup.dir, new AbortController().signal, () => undefined));
      return {
        libraryMb: files * fileMb,
        files,
        cpBaselineMs: cp.ms,
        firstBackupMs: first.ms,
        firstVsCp: Number((first.ms / Math.max(1, cp.ms)).toFixed(2)),
        cpSyncBaselineMs: cpSync.ms,
        firstVsCpSync: Number((first.ms / Math.max(1, cpSync.ms)).toFixed(2)),
        secondBackupMs: second.ms,
        secondCopiedBytes: second.value.copiedBytes,
        secondSkippedFiles: second.value.skippedFiles,
        verifyMs: verify.ms,
      };
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runBackupBench(), null, 2)}\n`);
