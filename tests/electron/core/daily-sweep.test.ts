import { randomUUID } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core.ts';
import type { Core, SweepReport } from '../../../electron/core/core-types.ts';
import { openDatabase } from '../../../electron/core/db/database.ts';
import { ContentStore } from '../../../electron/core/library/content-store.ts';
import { UploadStore } from '../../../electron/core/library/upload-store.ts';
import { silentLogger } from '../../../electron/core/logger.ts';
import { stagingSuffix } from '../../../electron/core/packs/pack-staging.ts';
import { startSweeps } from '../../../electron/core/startup-sweep.ts';
import { filesUnder, useTempDirs } from './support/temp-dirs.ts';

// Issue #12 defect 3: pack staging of a killed process is gone after the next start whatever its
// age, and the temp and upload sweeps also run daily while the app stays open.

const dirs = useTempDirs('cabina-daily-sweep-');
const cores: Core[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const stop of stops.splice(0)) stop();
});

/** Above Linux's largest pid (2^22): never a running process. */
const GONE = 4_194_999;

function plant(file: string, age?: Date): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  if (age) utimesSync(file, age, age);
  return file;
}

describe('sweeps (issue #12)', () => {
  it('removes fresh pack staging of a dead process at start-up and keeps a live one', async () => {
    const dataDir = dirs.make();
    const dead = plant(path.join(dataDir, 'tmp', `${randomUUID()}${stagingSuffix(GONE)}`));
    const live = plant(path.join(dataDir, 'tmp', `${randomUUID()}${stagingSuffix()}`));
    const core = await createCore({ dataDir, transport: 'cli' });
    cores.push(core);
    expect(await core.swept).toEqual({ renders: 0, storeTmp: 1, uploads: 0, orphans: 0 });
    const left = await filesUnder(dataDir);
    expect(left).not.toContain(dead);
    expect(left).toContain(live);
  });

  it('sweeps again on its timer after the start-up sweep', async () => {
    const dataDir = dirs.make();
    const store = new ContentStore(dataDir);
    const uploads = new UploadStore(dataDir);
    const reports: SweepReport[] = [];
    let wake: (() => void) | null = null;
    const db = openDatabase(path.join(dataDir, 'cabina.db'));
    const sweeps = startSweeps({ dataDir, db, store, uploads, logger: silentLogger }, {
      delayMs: 0,
      everyMs: 10,
      onSweep: (r) => {
        reports.push(r);
        wake?.();
      },
    });
    stops.push(() => sweeps.stop(), () => db.close());
    expect(await sweeps.first).toEqual({ renders: 0, storeTmp: 0, uploads: 0, orphans: 0 });
    // Left after start-up: an old store temp and an old upload, as a long-running app accumulates.
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const oldTmp = plant(path.join(dataDir, 'tmp', `${randomUUID()}.part`), twoHoursAgo);
    const oldUpload = plant(path.join(dataDir, 'incoming', randomUUID()), twoHoursAgo);
    await new Promise<void>((resolve) => {
      wake = () => {
        // The two files may be found by two different ticks.
        const sum = (k: keyof SweepReport) => reports.reduce((n, r) => n + r[k], 0);
        if (sum('storeTmp') >= 1 && sum('uploads') >= 1) resolve();
      };
      wake();
    });
    sweeps.stop();
    const left = await filesUnder(dataDir);
    expect(left).not.toContain(oldTmp);
    expect(left).not.toContain(oldUpload);
  });
});
