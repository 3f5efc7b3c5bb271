import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { diskFullError, isDiskFull } from '../files/disk-full.ts';

const CHUNK = 1 << 20;

/** sha256 of a file, streamed (a 10 GB library must not be read into memory). */
export async function hashFile(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK, signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Disk-full and read-only failures become the sentence the user reads; a cancel stays a cancel. */
export async function backupWriteError(error: unknown, target: string, neededBytes: number, signal?: AbortSignal): Promise<unknown> {
  if (error instanceof UserFacingError && error.code !== 'ffmpeg.failed') return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) return new UserFacingError('cancelled', 'Cancelled');
  // Issue #12: a full stick says what every full disk says in Cabina (disk.full, with what is missing).
  if (isDiskFull(error)) return diskFullError(target, neededBytes);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserFacingError('files.drive_read_only', `Cannot write ${target}`, { folder: target });
  return error;
}

export interface VerifiedCopy {
  sha256: string;
  sizeBytes: number;
}

/**
 * Copies `source` to `target` through a temp file beside it: counts and hashes what was written,
 * fsyncs, refuses a size or sha256 that is not the expected one, and only then renames. A reader of
 * `target` never sees half a file, and an existing target is replaced only by a verified copy.
 */
export async function copyVerified(source: string, target: string, expected: { sha256?: string; sizeBytes?: number }, signal?: AbortSignal, onBytes?: (n: number) => void): Promise<VerifiedCopy> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${randomUUID()}.tmp`;
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    const out = await open(tmp, 'wx');
    try {
      for await (const chunk of createReadStream(source, { highWaterMark: CHUNK, signal })) {
        const buf = chunk as Buffer;
        let offset = 0;
        // A short write (disk nearly full) must not pass for the whole chunk (issue #12, defect 1).
        while (offset < buf.length) offset += (await out.write(buf, offset, buf.length - offset)).bytesWritten;
        hash.update(buf);
        sizeBytes += buf.length;
        onBytes?.(buf.length);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    const written = (await stat(tmp)).size;
    const sha256 = hash.digest('hex');
    if (written !== sizeBytes || (expected.sizeBytes !== undefined && written !== expected.sizeBytes) || (expected.sha256 && sha256 !== expected.sha256)) {
      throw new UserFacingError('backup.damaged', `Copy of ${source} does not match (size ${written}, sha256 ${sha256})`, { name: path.basename(source) });
    }
    await rename(tmp, target);
    return { sha256, sizeBytes };
  } catch (error) {
    await rm(tmp, { force: true });
    throw await backupWriteError(error, path.dirname(target), expected.sizeBytes ?? sizeBytes, signal);
  }
}

/** Every regular file under `root`, as `/`-separated paths relative to it (sorted, so runs are reproducible). */
export async function listFiles(root: string, skip: (rel: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (skip(childRel)) continue;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), childRel);
      else if (entry.isFile()) out.push(childRel);
    }
  }
  await walk(root, '');
  return out.sort();
}

export async function fileSize(file: string): Promise<number | null> {
  return stat(file).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  );
}
