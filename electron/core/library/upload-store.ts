import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { assertSize, syncDirectory, writeFully } from '../files/checked-write.ts';
import { toDiskFull } from '../files/disk-full.ts';

// Ids come back from the browser: only our own UUIDs may name a file, so no path can be smuggled in.
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Browser mode receives files as HTTP bodies; they land in `<dataDir>/incoming/` and are imported
 * from there like a local path. A body is `<id>.part` until complete, so an interrupted upload is
 * never mistaken for a whole file.
 */
export class UploadStore {
  readonly dir: string;
  readonly #names = new Map<string, string>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'incoming');
  }

  async receive(body: AsyncIterable<Uint8Array>, originalName: string, maxBytes: number, expectedBytes?: number): Promise<string> {
    const id = randomUUID();
    const part = join(this.dir, `${id}.part`);
    await mkdir(this.dir, { recursive: true });
    let received = 0;
    try {
      const out = await open(part, 'wx');
      const sink = { write: async (c: Uint8Array) => (await out.write(c)).bytesWritten, sync: () => out.sync(), close: () => out.close() };
      try {
        for await (const chunk of body) {
          received += chunk.byteLength;
          // Counted as written, not as announced: Content-Length can lie (DESIGN.md §10).
          if (received > maxBytes) {
            throw new UserFacingError('import.too_large', `Upload larger than ${maxBytes} bytes`, { name: originalName, maxBytes });
          }
          await writeFully(sink, chunk, part);
        }
        await out.sync();
      } finally {
        await out.close();
      }
      // Issue #12: a body cut short by a full disk must not look like a whole upload.
      await assertSize(part, received);
      await rename(part, join(this.dir, id));
      await syncDirectory(this.dir);
    } catch (error) {
      await rm(part, { force: true });
      throw await toDiskFull(error, this.dir, Math.max(received, expectedBytes ?? 0));
    }
    this.#names.set(id, originalName);
    return id;
  }

  /** Where a completed upload lives; the import reads it from here. */
  pathOf(uploadId: string): string {
    const path = UPLOAD_ID.test(uploadId) ? join(this.dir, uploadId) : null;
    if (!path || !existsSync(path)) {
      throw new UserFacingError('import.upload_missing', `No upload ${uploadId}`, { name: this.#names.get(uploadId) ?? uploadId });
    }
    return path;
  }

  /** The file name the browser sent, while the upload is known to this process. */
  nameOf(uploadId: string): string | null {
    return this.#names.get(uploadId) ?? null;
  }

  async discard(uploadId: string): Promise<void> {
    this.#names.delete(uploadId);
    if (UPLOAD_ID.test(uploadId)) await rm(join(this.dir, uploadId), { force: true });
  }

  /** Removes uploads (and interrupted `.part` files) older than `olderThanMs`; returns how many. */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const id = name.replace(/\.part$/, '');
      if (!UPLOAD_ID.test(id)) continue;
      const info = await stat(join(this.dir, name)).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs >= olderThanMs) {
        await rm(join(this.dir, name), { force: true });
        this.#names.delete(id);
        removed += 1;
      }
    }
    return removed;
  }
}
