import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { codeOf, errorOf } from '../support/errors.ts';
import { filesUnder, useTempDir } from '../support/temp-dirs.ts';

const dataDir = useTempDir('cabina-store-');
const sourceDir = useTempDir('cabina-src-');

describe('ContentStore', () => {
  it('copies and hashes in one pass, leaving the source untouched', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const source = join(sourceDir.path, 'nota de voz.opus');
    await writeFile(source, bytes);
    const before = await stat(source);
    const store = new ContentStore(dataDir.path);
    const fractions: number[] = [];

    const result = await store.ingest(source, { onProgress: (f) => fractions.push(f) });

    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(result.sizeBytes).toBe(bytes.length);
    expect(result.tmpPath.startsWith(join(dataDir.path, 'tmp'))).toBe(true);
    expect((await readFile(result.tmpPath)).equals(bytes)).toBe(true);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    const after = await stat(source);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect((await readFile(source)).equals(bytes)).toBe(true);
  });

  it('commits into store/originals/<2 hex>/<sha>.<ext> and keeps tmp empty', async () => {
    const source = join(sourceDir.path, 'a.wav');
    await writeFile(source, 'RIFF-ish');
    const store = new ContentStore(dataDir.path);
    const { tmpPath, sha256 } = await store.ingest(source);
    const committed = await store.commit(tmpPath, sha256, 'wav', 'original');
    expect(committed).toEqual({ path: join(dataDir.path, 'store', 'originals', sha256.slice(0, 2), `${sha256}.wav`), created: true });
    expect(committed.path).toBe(store.originalPath(sha256, 'wav'));
    expect(await readFile(committed.path, 'utf8')).toBe('RIFF-ish');
    expect(await filesUnder(join(dataDir.path, 'tmp'))).toEqual([]);
  });

  it('drops the tmp copy when the same content is already stored', async () => {
    const source = join(sourceDir.path, 'a.mp3');
    await writeFile(source, 'same bytes');
    const store = new ContentStore(dataDir.path);
    const first = await store.ingest(source);
    await store.commit(first.tmpPath, first.sha256, 'mp3', 'original');
    const second = await store.ingest(source);
    expect(await store.commit(second.tmpPath, second.sha256, 'mp3', 'original')).toMatchObject({ created: false });
    expect(await filesUnder(join(dataDir.path, 'tmp'))).toEqual([]);
    expect(await filesUnder(join(dataDir.path, 'store'))).toHaveLength(1);
  });

  it('puts previews in their own tree', async () => {
    const store = new ContentStore(dataDir.path);
    const sha = 'ab'.repeat(32);
    expect(store.previewPath(sha, 'ogg')).toBe(join(dataDir.path, 'store', 'previews', 'ab', `${sha}.ogg`));
    expect(() => store.previewPath('../../etc', 'ogg')).toThrow(UserFacingError);
    expect(() => store.originalPath(sha, 'o/g')).toThrow(UserFacingError);
  });

  it('reports a missing file or a folder as import.unreadable, creating nothing', async () => {
    const store = new ContentStore(dataDir.path);
    expect(await codeOf(store.ingest(join(sourceDir.path, 'no-such-file.mp3')))).toBe('import.unreadable');
    expect(await codeOf(store.ingest(sourceDir.path))).toBe('import.unreadable');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('refuses a file over the size limit as import.too_large', async () => {
    const source = join(sourceDir.path, 'big.wav');
    await writeFile(source, randomBytes(2048));
    const store = new ContentStore(dataDir.path, { maxBytes: 1024 });
    const error = await errorOf(store.ingest(source, { name: 'big.wav' }));
    expect(error.code).toBe('import.too_large');
    expect(error.details?.['name']).toBe('big.wav');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('removes the partial copy when cancelled mid-copy', async () => {
    const source = join(sourceDir.path, 'long.wav');
    await writeFile(source, randomBytes(8 * 1024 * 1024));
    const store = new ContentStore(dataDir.path);
    const controller = new AbortController();
    const result = store.ingest(source, { signal: controller.signal, onProgress: (f) => f > 0 && f < 1 && controller.abort() });
    expect(await codeOf(result)).toBe('cancelled');
    expect(await filesUnder(dataDir.path)).toEqual([]);
  });

  it('discards only its own tmp files', async () => {
    const store = new ContentStore(dataDir.path);
    await expect(store.discard(join(sourceDir.path, 'user-file.wav'))).rejects.toThrow(/Not a store tmp file/);
    await store.discard(join(dataDir.path, 'tmp', 'already-gone'));
  });

  it('sweeps tmp files left by a crash, but not fresh ones', async () => {
    const store = new ContentStore(dataDir.path);
    await mkdir(store.tmpDir, { recursive: true });
    const stale = join(store.tmpDir, 'stale');
    const fresh = join(store.tmpDir, 'fresh');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'y');
    const old = new Date(Date.now() - 2 * 86_400_000);
    await utimes(stale, old, old);
    expect(await store.sweepTmp(86_400_000)).toBe(1);
    expect(await filesUnder(store.tmpDir)).toEqual([fresh]);
  });
});
