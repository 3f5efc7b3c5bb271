import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { assertSize, hashFile, openNewFileSink, syncDirectory, syncFile, writeFully, type OpenSink } from '../files/checked-write.ts';
import { isDiskFull, toDiskFull } from '../files/disk-full.ts';

export type StoreKind = 'original' | 'preview';

export interface IngestResult {
  tmpPath: string;
  sha256: string;
  sizeBytes: number;
}

export interface IngestOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /** How errors name the file (the user's file name, not an upload's temporary path). */
  name?: string | undefined;
}

const DEFAULT_MAX_BYTES = 4 * 1024 ** 3;
const SHA256 = /^[0-9a-f]{64}$/;
const EXT = /^[a-z0-9]{1,8}$/;
const CHUNK = 1 << 20;

/**
 * Content-addressed store for originals (issue #2: "copied into the library store untouched,
 * content-addressed by sha256") and their browser-playable previews. Files are written to tmp/ and
 * renamed into place only when complete, so a crash or cancel never leaves a half-written original.
 */
export class ContentStore {
  readonly root: string;
  readonly tmpDir: string;
  readonly maxBytes: number;
  readonly #openSink: OpenSink;

  /** `openSink`: how ingest opens its tmp file; tests pass one that fills up part-way (issue #12). */
  constructor(dataDir: string, options: { maxBytes?: number; openSink?: OpenSink } = {}) {
    this.root = join(dataDir, 'store');
    this.tmpDir = join(dataDir, 'tmp');
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#openSink = options.openSink ?? openNewFileSink;
  }

  originalPath(sha256: string, ext: string): string {
    return this.#pathFor('originals', sha256, ext);
  }

  previewPath(sha256: string, ext: string): string {
    return this.#pathFor('previews', sha256, ext);
  }

  /** A fresh path in tmp/ for a file the caller will write (an ffmpeg rendition). */
  async newTmpPath(suffix = ''): Promise<string> {
    await mkdir(this.tmpDir, { recursive: true }).catch(async (error: unknown) => {
      throw await mapWriteError(error, this.tmpDir, undefined, 0);
    });
    return join(this.tmpDir, `${randomUUID()}${suffix}`);
  }

  /** Copies the source into tmp/ while hashing it: one read of the user's file, which is never modified. */
  async ingest(sourcePath: string, options: IngestOptions = {}): Promise<IngestResult> {
    const { signal, onProgress } = options;
    const name = options.name ?? sourcePath;
    if (signal?.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    const expected = await statSource(sourcePath, name);
    if (expected > this.maxBytes) throw tooLarge(name, this.maxBytes);
    const tmpPath = await this.newTmpPath();
    const hash = createHash('sha256');
    let sizeBytes = 0;
    let reading = false;
    try {
      const out = await this.#openSink(tmpPath);
      const input = createReadStream(sourcePath, { highWaterMark: CHUNK, signal })[Symbol.asyncIterator]();
      try {
        for (;;) {
          reading = true;
          const next = (await input.next()) as IteratorResult<Buffer>;
          reading = false;
          if (next.done) break;
          sizeBytes += next.value.length;
          // The source may grow while we copy (a recording still being written): count what we read.
          if (sizeBytes > this.maxBytes) throw tooLarge(name, this.maxBytes);
          hash.update(next.value);
          // Counted as written: a full disk first writes short, and a short file must never be committed.
          await writeFully(out, next.value, tmpPath);
          onProgress?.(expected > 0 ? Math.min(1, sizeBytes / expected) : 1);
        }
        await out.sync();
      } finally {
        // Closes the source early too (oversize, write error), so no descriptor on the user's file leaks.
        await input.return?.();
        await out.close();
      }
      await assertSize(tmpPath, sizeBytes);
    } catch (error) {
      await rm(tmpPath, { force: true });
      // Measured after the rm, so the sentence says what a retry needs.
      throw reading ? mapReadError(error, name, signal) : await mapWriteError(error, this.tmpDir, signal, expected);
    }
    onProgress?.(1);
    return { tmpPath, sha256: hash.digest('hex'), sizeBytes };
  }

  /**
   * Moves a finished tmp file to its content address. An original is checked against its name
   * first (issue #12: never commit a short file). A store file already at the address is kept only
   * when it is whole — same size and, originals, same sha256 — else the good copy replaces it.
   */
  async commit(tmpPath: string, sha256: string, ext: string, kind: StoreKind): Promise<{ path: string; created: boolean }> {
    this.#assertTmp(tmpPath);
    const target = kind === 'original' ? this.originalPath(sha256, ext) : this.previewPath(sha256, ext);
    const size = (await stat(tmpPath)).size;
    if (kind === 'original') {
      const got = await hashFile(tmpPath);
      if (got.sha256 !== sha256) throw new Error(`Store tmp file ${tmpPath} is not ${sha256} (${got.sizeBytes} bytes)`);
    }
    if (await isWhole(target, size, kind === 'original' ? sha256 : null)) {
      await rm(tmpPath, { force: true });
      return { path: target, created: false };
    }
    try {
      // Staged pack audio and ffmpeg previews were not synced by their writers; ingest's copy costs nothing here.
      await syncFile(tmpPath);
      await mkdir(dirname(target), { recursive: true });
      // Over a damaged copy too: rename replaces atomically, so the address is never empty.
      await rename(tmpPath, target);
    } catch (error) {
      throw await mapWriteError(error, this.root, undefined, size);
    }
    await syncDirectory(dirname(target));
    return { path: target, created: true };
  }

  /**
   * For an import of bytes already in the library: checks every store original named `sha256`
   * against the verified tmp copy and replaces a short or corrupt one with it (issue #12: a file
   * cut short by a full disk is healed by importing it again). Returns how many it replaced.
   */
  async repairOriginals(tmpPath: string, sha256: string): Promise<number> {
    this.#assertTmp(tmpPath);
    const dir = dirname(this.originalPath(sha256, 'x'));
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(`${sha256}.`) && EXT.test(n.slice(65)));
    const size = (await stat(tmpPath)).size;
    let replaced = 0;
    for (const n of names) {
      const target = join(dir, n);
      if (await isWhole(target, size, sha256)) continue;
      const copy = await this.newTmpPath();
      try {
        await copyFile(tmpPath, copy);
        await syncFile(copy);
        await assertSize(copy, size);
        await rename(copy, target);
      } catch (error) {
        await rm(copy, { force: true });
        throw await mapWriteError(error, this.root, undefined, size);
      }
      await syncDirectory(dir);
      replaced += 1;
    }
    return replaced;
  }

  /** Removes a tmp file; a missing file is fine (already committed or never written). */
  async discard(tmpPath: string): Promise<void> {
    this.#assertTmp(tmpPath);
    await rm(tmpPath, { force: true });
  }

  /** Deletes tmp files left by a crash; only ones older than `olderThanMs`, so live imports are safe. */
  async sweepTmp(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    const names = await readdir(this.tmpDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.tmpDir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs >= olderThanMs) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  #pathFor(folder: 'originals' | 'previews', sha256: string, ext: string): string {
    if (!SHA256.test(sha256)) throw new UserFacingError('invalid_input', `Not a sha256: ${sha256}`);
    if (!EXT.test(ext)) throw new UserFacingError('invalid_input', `Not a file extension: ${ext}`);
    return join(this.root, folder, sha256.slice(0, 2), `${sha256}.${ext}`);
  }

  #assertTmp(path: string): void {
    const rel = relative(this.tmpDir, resolve(path));
    if (rel === '' || rel.startsWith('..') || rel.includes(sep)) throw new Error(`Not a store tmp file: ${path}`);
  }
}

async function statSource(sourcePath: string, name: string): Promise<number> {
  try {
    const info = await stat(sourcePath);
    if (!info.isFile()) throw new UserFacingError('import.unreadable', `Not a regular file: ${sourcePath}`, { name });
    return info.size;
  } catch (error) {
    throw mapReadError(error, name, undefined);
  }
}

function tooLarge(name: string, maxBytes: number): UserFacingError {
  return new UserFacingError('import.too_large', `Larger than ${maxBytes} bytes`, { name, maxBytes });
}

function mapReadError(error: unknown, name: string, signal: AbortSignal | undefined): unknown {
  if (error instanceof UserFacingError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) return new UserFacingError('cancelled', 'Cancelled');
  const code = (error as NodeJS.ErrnoException).code;
  // Errors while reading the source are the user's file; others (ENOSPC writing tmp) are ours.
  if (code && ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'EIO', 'ELOOP', 'ENAMETOOLONG', 'ENOTDIR', 'EBUSY'].includes(code)) {
    return new UserFacingError('import.unreadable', `Cannot read ${name}: ${code}`, { name, reason: code });
  }
  return error;
}

async function mapWriteError(error: unknown, dir: string, signal: AbortSignal | undefined, neededBytes: number): Promise<unknown> {
  if (error instanceof UserFacingError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) return new UserFacingError('cancelled', 'Cancelled');
  if (isDiskFull(error)) return toDiskFull(error, dir, neededBytes);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new UserFacingError('data_dir.not_writable', `Cannot write to ${dir}: ${code}`, { path: dir, reason: code });
  }
  return error;
}

/** Whether a store file is present and whole: its size, and when `sha256` is given its hash (only read when the size matches). */
async function isWhole(path: string, size: number, sha256: string | null): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size !== size) return false;
  if (sha256 === null) return true;
  return (await hashFile(path).catch(() => null))?.sha256 === sha256;
}
