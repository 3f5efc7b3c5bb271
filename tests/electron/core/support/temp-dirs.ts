import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export interface TempDir {
  /** The folder's path; only inside hooks and tests, not at import time. */
  readonly path: string;
}

/**
 * A fresh folder under the system temp dir for each test (`'each'`) or for the whole file (`'all'`),
 * removed afterwards. Hooks run in the order they are registered, so a later `beforeEach` can use it.
 */
export function useTempDir(prefix: string, lifetime: 'each' | 'all' = 'each'): TempDir {
  let current: string | undefined;
  const [before, after] = lifetime === 'all' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    current = await mkdtemp(join(tmpdir(), prefix));
  });
  after(async () => {
    if (current !== undefined) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get path() {
      if (current === undefined) throw new Error(`The temp dir ${prefix}… exists only while a test runs`);
      return current;
    },
  };
}

/** Folders a test makes on demand with `make()`, all removed after each test (after the file's own later-registered afterEach hooks). */
export function useTempDirs(prefix: string): { make(): string } {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    make() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
  };
}

/** Absolute paths of every file below `dir` (none if it does not exist). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
