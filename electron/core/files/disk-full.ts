import { statfs } from 'node:fs/promises';
import path from 'node:path';
// Not errors.ts / produced-files.ts: those load zod, and writers in worker threads use this too.
import { UserFacingError } from '../../../shared/api/user-facing-error.ts';
import { formatSize } from '../../../shared/text/format-size.ts';

/*
 * Issue #12, defect 4: a full disk used to read "Ocurrió un error inesperado" or blame the user's
 * file. Every writer maps a full disk to this one code, whose sentence says how much is missing.
 */

// SQLITE_FULL: better-sqlite3's code when the database cannot grow ("database or disk is full").
const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
// ffmpeg reports a full disk only on stderr (av_interleaved_write_frame(): No space left on device).
const FULL_TEXT = /No space left on device|ENOSPC|Disk quota exceeded|database or disk is full/i;

/** Whether an error (errno, ffmpeg's stderr inside ffmpeg.failed, or an already mapped one) means the disk is full. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof UserFacingError) {
    // Other sentences about space stay theirs: files.disk_full names the USB stick before copying, recording.disk_full says the take was kept.
    if (error.code === 'disk.full') return true;
    const detail = error.details?.detail;
    return typeof detail === 'string' && FULL_TEXT.test(detail);
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && FULL_CODES.has(code)) return true;
  return error instanceof Error && FULL_TEXT.test(error.message);
}

/** Free bytes for an unprivileged writer on the file system holding `target` (its nearest existing folder); null when unknown. */
export async function freeBytes(target: string): Promise<number | null> {
  let dir = path.resolve(target);
  for (;;) {
    try {
      const s = await statfs(dir);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return null;
      dir = parent;
    }
  }
}

/**
 * The translated `disk.full` error for a write of `neededBytes` into `target`. Measured after the
 * caller removed its partial file, so "faltan" is what the user must free for a retry to succeed.
 */
export async function diskFullError(target: string, neededBytes: number): Promise<UserFacingError> {
  const free = (await freeBytes(target)) ?? 0;
  const needed = Math.max(0, Math.ceil(neededBytes));
  // When the count says it should have fitted (another program filled the disk meanwhile, a quota),
  // asking for the whole write again is the advice that works; never "faltan 0 B" after a failure.
  const missing = Math.max(needed > free ? needed - free : needed, 4096);
  return new UserFacingError('disk.full', `No space left on device writing ${target}: ${needed} bytes needed, ${free} free`, {
    path: target,
    neededBytes: needed,
    freeBytes: free,
    missing: formatSize(missing, 'en'),
  });
}

/** `disk.full` when the error means a full disk (keeping an already mapped `disk.full`), the error itself otherwise. */
export async function toDiskFull(error: unknown, target: string, neededBytes: number): Promise<unknown> {
  if (error instanceof UserFacingError && error.code === 'disk.full') return error;
  return isDiskFull(error) ? diskFullError(target, neededBytes) : error;
}
