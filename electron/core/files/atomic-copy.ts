import { createReadStream } from 'node:fs';
import { open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { cancelled, UserFacingError } from '../../../shared/api/errors.ts';
import { assertSize, shortWriteError, syncDirectory, writeFully } from './checked-write.ts';
import { isDiskFull, toDiskFull } from './disk-full.ts';

/** The writable side of a copy, which writes all of a chunk or throws; tests inject one whose write fails with ENOSPC or EIO. */
export interface CopyTarget {
  write(chunk: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenTarget = (file: string) => Promise<CopyTarget>;

export const openFileTarget: OpenTarget = async (file) => {
  const handle: FileHandle = await open(file, 'w');
  return {
    // A short write (the first sign of a full stick) is looped over, never silently dropped (issue #12).
    write: (chunk) => writeFully({ write: async (c) => (await handle.write(c)).bytesWritten, sync: () => handle.sync(), close: () => handle.close() }, chunk, file),
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
};

export interface AtomicCopyOptions {
  signal?: AbortSignal;
  /** Bytes written so far of this file. */
  onBytes?: (written: number) => void;
  openTarget?: OpenTarget;
}

const GONE = new Set(['ENOENT', 'EIO', 'ENODEV', 'ENXIO', 'ENOTDIR', 'ESHUTDOWN']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/** Turns what the OS said about the target into a sentence the user can act on (a full disk is disk-full.ts's). */
export function copyError(error: unknown, name: string, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && GONE.has(code)) return new UserFacingError('files.drive_gone', `Target vanished: ${target}`, { name, folder: path.dirname(target) });
  if (code && READ_ONLY.has(code)) return new UserFacingError('files.drive_read_only', `Target is read-only: ${target}`, { name, folder: path.dirname(target) });
  return error;
}

/**
 * Copies `source` to `target` whole or not at all: the bytes go to `<target>.part`, are synced to
 * the device (a USB stick pulled right after "done" must still hold the file), then renamed. On
 * cancel or any failure the .part is removed, so a half file never looks like a finished one.
 */
export async function copyFileAtomic(source: string, target: string, sizeBytes: number, options: AtomicCopyOptions = {}): Promise<void> {
  const part = `${target}.part`;
  const name = path.basename(target);
  let out: CopyTarget | null = null;
  try {
    if (options.signal?.aborted) throw cancelled();
    out = await (options.openTarget ?? openFileTarget)(part);
    let written = 0;
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20, signal: options.signal })) {
      await out.write(chunk as Buffer);
      written += (chunk as Buffer).length;
      options.onBytes?.(written);
    }
    await out.sync();
    await out.close();
    out = null;
    // What is on the device, not what we meant to write: a stick that lies about space is caught here.
    const onDisk = (await stat(part)).size;
    if (onDisk !== written) throw shortWriteError(part, onDisk, written);
    await rename(part, target);
    await syncDirectory(path.dirname(target));
  } catch (error) {
    await out?.close().catch(() => undefined);
    await rm(part, { force: true }).catch(() => undefined);
    if (options.signal?.aborted) throw cancelled();
    // Issue #12: a full disk is the one disk.full sentence, with what is missing measured after the rm.
    if (isDiskFull(error)) throw await toDiskFull(error, path.dirname(target), sizeBytes);
    throw copyError(error, name, target);
  }
}

/** Writes to a temporary name and renames, so a crash or a full disk never leaves a partial file. */
export async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.part`;
  try {
    await writeFile(temp, bytes);
    // Issue #12: what is on disk, not what was meant, decides whether the name is given.
    await assertSize(temp, bytes.length);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw await toDiskFull(error, path.dirname(file), bytes.length);
  }
}
