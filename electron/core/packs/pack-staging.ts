import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/*
 * Pack staging files (issue #12 defect 3) live in the content store's tmp/ (so a commit is a rename)
 * and carry the writer's pid in their name: the start-up sweep removes those of a process that is
 * gone at once, instead of waiting for the store's one-hour age rule — a killed import leaves nothing.
 */
const STAGED = /\.pack-(\d+)$/;

export function stagingSuffix(pid = process.pid): string {
  return `.pack-${pid}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the pid exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staged pack files in `tmpDir` whose writer is no longer running; returns how many. */
export async function sweepPackStaging(tmpDir: string): Promise<number> {
  const names = await readdir(tmpDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = STAGED.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    await rm(path.join(tmpDir, name), { force: true });
    removed += 1;
  }
  return removed;
}
