import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { freeBytes } from '../../electron/core/files/disk-full.ts';

/** Mounts a tmpfs of `bytes` at `dir` (root only): a real disk that fills up, as on a station's old PC. */
export function mountTmpfs(dir: string, bytes: number): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
}

/** Unmounts, retrying once lazily: a descriptor still closing must not leave the mount behind. */
export function unmountTmpfs(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

export function canMount(): string | null {
  if (process.platform !== 'linux') return 'tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (CI runs as root)';
  return null;
}

/**
 * A 48 kHz stereo 16-bit WAV of deterministic noise (xorshift, seeded): incompressible like speech
 * in an MP3, the same bytes every run, and no ffmpeg needed to make it.
 */
export async function writeNoiseWav(file: string, seconds: number, seed: number): Promise<void> {
  const frames = Math.round(seconds * 48000);
  const data = Buffer.alloc(frames * 4);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < frames * 2; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    data.writeInt16LE(((x & 0xffff) - 0x8000) >> 3, i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(48000, 24);
  header.writeUInt32LE(48000 * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  await writeFile(file, Buffer.concat([header, data]));
}

/** Fills the file system holding `dir` with a ballast file until about `leaveBytes` are free. */
export async function fillUntil(ballast: string, leaveBytes: number): Promise<void> {
  const free = (await freeBytes(ballast)) ?? 0;
  let remaining = Math.max(0, free - leaveBytes);
  const chunk = Buffer.alloc(1 << 20);
  const fh = await open(ballast, 'a');
  try {
    while (remaining > 0) {
      const { bytesWritten } = await fh.write(chunk, 0, Math.min(chunk.length, remaining));
      if (bytesWritten === 0) break;
      remaining -= bytesWritten;
    }
  } catch (error) {
    // Already full: exactly what a scenario wants.
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await fh.close();
  }
}

export async function removeBallast(ballast: string): Promise<void> {
  await rm(ballast, { force: true });
}

export async function sha256Of(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/** Every file below `dir`, relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** What "the library as before" means: its rows and every store file with size and hash. */
export async function librarySnapshot(dataDir: string): Promise<string> {
  const db = new Database(join(dataDir, 'cabina.db'), { readonly: true, fileMustExist: true });
  let rows: unknown;
  try {
    rows = db.prepare('SELECT (SELECT count(*) FROM segments) AS segments, (SELECT count(*) FROM versions) AS versions, (SELECT group_concat(id) FROM (SELECT id FROM assets ORDER BY id)) AS assets').get();
  } finally {
    db.close();
  }
  const store = join(dataDir, 'store');
  const files = await Promise.all((await listFiles(store)).map(async (f) => `${f} ${(await stat(join(store, f))).size} ${await sha256Of(join(store, f))}`));
  return JSON.stringify({ rows, files });
}

/** Files that appeared since `before`, apart from the database's own (-wal, -shm) and the ballast. */
export async function newFiles(root: string, before: readonly string[], ignore: readonly string[]): Promise<string[]> {
  const known = new Set(before);
  return (await listFiles(root)).filter((f) => !known.has(f) && !ignore.some((i) => f === i || f.startsWith(`${i}-`)));
}

export interface DiskFullScenario {
  scenario: string;
  ok: boolean;
  /** What the write ended with on the full disk (null: it succeeded, or the scenario is not a failing write). */
  errorCode: string | null;
  /** Files that appeared during the failed write and stayed (temp, .part, half outputs), relative to the tmpfs. */
  leftovers: string[];
  libraryUnchanged: boolean;
  /** The same write once the ballast is gone: it must work, with whole files. */
  retryOk: boolean;
  /** The sentence a Spanish-speaking user reads. */
  sentence: string | null;
  ms: number;
}
