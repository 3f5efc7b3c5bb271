import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/*
 * Leftovers of renders that never finished (issue #11): a crash or a killed app leaves the
 * temporaries render.ts, normalize.ts and gain-search.ts write next to their output — the
 * `.edit.wav` intermediate, `.level.wav` predictions, `.part`/`.best` attempts, `.bwf` copies,
 * `.cal.*` codec calibration excerpts.
 * Each name carries the writer's pid, so a sweep never takes a file from a render that is still
 * running in another process (the CLI and the app can share a data folder).
 */

/** `.<output name>.<pid>.[<time>.]<kind>`, as the render temporaries are named. */
const TEMP = /^\..+?\.(\d+)\.(?:\d+\.)?(?:edit\.wav|level\.wav|part|part\.bwf|(?:part|best|cal)\.[a-z0-9]+)$/i;
/** A file of a live pid is still kept this long: after a reboot the pid may be someone else's. */
const STALE_MS = 6 * 60 * 60 * 1000;

export function renderTempOwner(name: string): number | null {
  const pid = TEMP.exec(name)?.[1];
  return pid === undefined ? null : Number(pid);
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

/** Removes render temporaries under `root` (recursively) whose writer is gone; returns how many. */
export async function sweepRenderTemps(root: string, now = Date.now()): Promise<number> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const owner = renderTempOwner(entry.name);
    if (owner === null) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (alive(owner)) {
      const info = await stat(file).catch(() => null);
      if (!info || now - info.mtimeMs < STALE_MS) continue;
    }
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
