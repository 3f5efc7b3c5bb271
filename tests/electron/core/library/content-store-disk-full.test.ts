import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { OpenSink } from '../../../../electron/core/files/checked-write.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { errorOf } from '../support/errors.ts';
import { filesUnder, useTempDir } from '../support/temp-dirs.ts';

// Issue #12, defect 1: a full disk must never leave a short original under its sha256 name.
const dataDir = useTempDir('cabina-store-full-');
const sourceDir = useTempDir('cabina-src-full-');

/**
 * A real file whose writes stop after `capacity` bytes the way a full disk does: first a short
 * write (fewer bytes than asked, no error), then ENOSPC, or — with `silent` — 0 bytes written and no error.
 */
function fillsUpAt(capacity: number, mode: 'enospc' | 'silent' = 'enospc'): OpenSink {
  return async (file) => {
    const handle = await open(file, 'wx');
    let used = 0;
    return {
      write: async (chunk) => {
        const room = capacity - used;
        if (room <= 0) {
          if (mode === 'silent') return 0;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        const { bytesWritten } = await handle.write(chunk.subarray(0, Math.min(room, chunk.length)));
        used += bytesWritten;
        return bytesWritten;
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  };
}

async function source(bytes: Buffer, name = 'entrevista.wav'): Promise<string> {
  const path = join(sourceDir.path, name);
  await writeFile(path, bytes);
  return path;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('ContentStore on a full disk (issue #12)', () => {
  it.each(['enospc', 'silent'] as const)('a copy that runs out of space (%s) is disk.full with what is missing, and leaves no tmp file', async (mode) => {
    const bytes = randomBytes(3 * 1024 * 1024 + 5);
    const store = new ContentStore(dataDir.path, { openSink: fillsUpAt(1024 * 1024 + 100, mode) });
    const error = await errorOf(store.ingest(await source(bytes)));
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('disk.full');
    expect((error as UserFacingError).details).toMatchObject({ neededBytes: bytes.length, path: join(dataDir.path, 'tmp'), missing: expect.stringMatching(/B$/) });
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('never commits an original whose bytes do not match its name', async () => {
    const store = new ContentStore(dataDir.path);
    const bytes = randomBytes(4096);
    const { tmpPath, sha256 } = await store.ingest(await source(bytes));
    // What a full disk did before the fix: the tmp file lost its tail after the hash was taken.
    await writeFile(tmpPath, bytes.subarray(0, 1000));
    await expect(store.commit(tmpPath, sha256, 'wav', 'original')).rejects.toThrow(/is not/);
    expect(await filesUnder(join(dataDir.path, 'store'))).toEqual([]);
  });

  it.each([
    ['shorter', (b: Buffer) => b.subarray(0, 77_000)],
    ['the same size but other bytes', (b: Buffer) => Buffer.concat([b.subarray(0, 50_000), Buffer.alloc(b.length - 50_000)])],
  ])('replaces a store original that is %s when the same file is committed again', async (_kind, damage) => {
    const bytes = randomBytes(100_000);
    const store = new ContentStore(dataDir.path);
    const target = store.originalPath(sha(bytes), 'wav');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, damage(bytes));
    const { tmpPath, sha256 } = await store.ingest(await source(bytes));
    expect(await store.commit(tmpPath, sha256, 'wav', 'original')).toEqual({ path: target, created: true });
    expect((await readFile(target)).equals(bytes)).toBe(true);
    expect(await filesUnder(join(dataDir.path, 'tmp'))).toEqual([]);
  });

  it('repairOriginals heals a short copy of a known asset from a verified re-import, and leaves a whole one alone', async () => {
    const bytes = randomBytes(100_000);
    const store = new ContentStore(dataDir.path);
    const target = store.originalPath(sha(bytes), 'mp3');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes.subarray(0, 77_000));
    const first = await store.ingest(await source(bytes));
    expect(await store.repairOriginals(first.tmpPath, first.sha256)).toBe(1);
    expect((await readFile(target)).equals(bytes)).toBe(true);
    expect(await store.repairOriginals(first.tmpPath, first.sha256)).toBe(0);
    await store.discard(first.tmpPath);
    expect(await filesUnder(join(dataDir.path, 'tmp'))).toEqual([]);
  });
});
