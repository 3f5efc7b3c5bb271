import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/*
 * Issue #12, defect 1: `FileHandle.write` may write fewer bytes than asked (a full disk does exactly
 * that before it answers ENOSPC), and the content store used to ignore the count, so a truncated
 * original landed under its sha256 name. Every store writer goes through `writeFully`.
 */

/** The writable side of a file; `write` returns how many bytes it wrote. Tests inject one that fills up part-way. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<number>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenSink = (file: string) => Promise<ByteSink>;

/** A new file (`wx`: never overwrite, so a racing writer or a stale name is an error, not a merge). */
export const openNewFileSink: OpenSink = async (file) => {
  const handle = await open(file, 'wx');
  return {
    write: async (chunk) => (await handle.write(chunk)).bytesWritten,
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
};

/** The error a write that cannot make progress ends with: what the OS means by a short write. */
export function shortWriteError(file: string, wrote: number, expected: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, wrote ${wrote} of ${expected} bytes to ${file}`), { code: 'ENOSPC' });
}

/** Writes all of `chunk`, looping over short writes; a write that makes no progress means the disk is full. */
export async function writeFully(sink: ByteSink, chunk: Uint8Array, file = 'file'): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const wrote = await sink.write(offset === 0 ? chunk : chunk.subarray(offset));
    if (!(wrote > 0)) throw shortWriteError(file, offset, chunk.length);
    offset += wrote;
  }
}

/** Throws a short-write error unless the file on disk holds exactly `expected` bytes (after sync, before rename). */
export async function assertSize(file: string, expected: number): Promise<void> {
  const size = (await stat(file)).size;
  if (size !== expected) throw shortWriteError(file, size, expected);
}

/** sha256 and size of a file, streamed (store files reach GBs). */
export async function hashFile(file: string, signal?: AbortSignal): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, signal })) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Flushes a file written by someone else (copyFile, ffmpeg) to the device before it is renamed into place. */
export async function syncFile(file: string): Promise<void> {
  const fh = await open(file, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Makes a rename durable (power cuts are common at stations); Windows cannot open directories, which is fine. */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // EISDIR/EPERM on Windows: NTFS journals the rename itself.
  }
}
