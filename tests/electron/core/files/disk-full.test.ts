import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { esErrors } from '../../../../shared/locales/es/errors.ts';
import { enErrors } from '../../../../shared/locales/en/errors.ts';
import { diskFullError, freeBytes, isDiskFull, toDiskFull } from '../../../../electron/core/files/disk-full.ts';
import { writeFully, type ByteSink } from '../../../../electron/core/files/checked-write.ts';
import { useTempDir } from '../support/temp-dirs.ts';

const dir = useTempDir('cabina-disk-full-');
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('disk-full (issue #12)', () => {
  it('recognises errno, quota, SQLite, ffmpeg stderr, and nothing else', () => {
    expect(isDiskFull(enospc())).toBe(true);
    expect(isDiskFull(Object.assign(new Error('quota'), { code: 'EDQUOT' }))).toBe(true);
    expect(isDiskFull(new UserFacingError('ffmpeg.failed', 'ffmpeg failed', { detail: 'av_interleaved_write_frame(): No space left on device' }))).toBe(true);
    expect(isDiskFull(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBe(true);
    // Sentences of their own stay: the USB pre-check names the stick, a stopped take says it was kept.
    expect(isDiskFull(new UserFacingError('files.disk_full', 'Drive too small', { name: 'KINGSTON', needed: '3.1 MB' }))).toBe(false);
    expect(isDiskFull(new UserFacingError('recording.disk_full', 'No bytes written'))).toBe(false);
    expect(isDiskFull(new UserFacingError('ffmpeg.failed', 'ffmpeg failed', { detail: 'Invalid data found when processing input' }))).toBe(false);
    expect(isDiskFull(Object.assign(new Error('EIO'), { code: 'EIO' }))).toBe(false);
    expect(isDiskFull(new UserFacingError('import.truncated', 'short'))).toBe(false);
    expect(isDiskFull(null)).toBe(false);
  });

  it('measures free space on the nearest existing folder with statfs', async () => {
    const s = await statfs(dir.path);
    const free = await freeBytes(join(dir.path, 'not', 'yet', 'made.wav'));
    // Another process may write meanwhile: the same file system, give or take a few MB.
    expect(Math.abs((free ?? 0) - Number(s.bavail) * Number(s.bsize))).toBeLessThan(64 * 1024 * 1024);
  });

  it('says what is missing: the shortfall when the write cannot fit, the whole write when it should have', async () => {
    const free = (await freeBytes(dir.path)) ?? 0;
    const big = await diskFullError(dir.path, free + 120e6);
    expect(big.code).toBe('disk.full');
    expect(big.details).toMatchObject({ path: dir.path, neededBytes: free + 120e6 });
    expect(Number((big.details?.missing as string).replace(/[^0-9.]/g, ''))).toBeGreaterThan(100);
    expect(big.details?.missing).toMatch(/MB$/);
    expect((await diskFullError(dir.path, 3_100_000)).details?.missing).toBe('3.1 MB');
    expect((await diskFullError(dir.path, 0)).details?.missing).toBe('4.1 kB');
  });

  it('maps only a full disk, and keeps a disk.full already made', async () => {
    const made = await diskFullError(dir.path, 10);
    expect(await toDiskFull(made, '/elsewhere', 99)).toBe(made);
    const other = new Error('EIO');
    expect(await toDiskFull(other, dir.path, 10)).toBe(other);
    expect(await toDiskFull(enospc(), dir.path, 10)).toMatchObject({ code: 'disk.full' });
  });

  it('is one sentence in Spanish and English that names what is missing', () => {
    expect(esErrors.disk.full).toMatch(/^El disco está lleno: faltan \{\{missing\}\}/);
    expect(enErrors.disk.full).toMatch(/^The disk is full: \{\{missing\}\}/);
  });

  it('writeFully loops over short writes and calls a write that makes no progress a full disk', async () => {
    const got: number[] = [];
    const sink = (perWrite: number): ByteSink => ({
      write: async (c) => {
        const n = Math.min(perWrite, c.length);
        got.push(n);
        return n;
      },
      sync: async () => undefined,
      close: async () => undefined,
    });
    await writeFully(sink(3), new Uint8Array(10));
    expect(got).toEqual([3, 3, 3, 1]);
    await expect(writeFully(sink(0), new Uint8Array(10))).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
