import path from 'node:path';
import { sweepRenderTemps } from './audio/edit/render-temps.ts';
import type { CoreServices, SweepReport } from './core-types.ts';
import { sweepPackStaging } from './packs/pack-staging.ts';
import { sweepOrphans } from './orphan-sweep.ts';

/*
 * Start-up sweep (issue #11): what interrupted work left in the data folder — render temporaries
 * under renders/, the content store's tmp files, browser uploads never imported. It runs after
 * start-up (a timer, not awaited by createCore) so the window opens first; the age limits keep
 * files another process sharing the folder (the CLI beside the app) is writing right now.
 * Issue #12: it runs again every day (a station PC may stay on for months), and pack staging of a
 * process that is gone is removed at once, whatever its age.
 */

/** Store and upload temporaries younger than this may belong to a live import in another process. */
const TMP_AGE_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

type SweepDeps = Pick<CoreServices, 'dataDir' | 'db' | 'store' | 'uploads' | 'logger'>;

async function sweepOnce(s: SweepDeps): Promise<SweepReport> {
  try {
    const [renders, staged, storeTmp, uploads, orphans] = await Promise.all([
      sweepRenderTemps(path.join(s.dataDir, 'renders')),
      sweepPackStaging(s.store.tmpDir),
      s.store.sweepTmp(TMP_AGE_MS),
      s.uploads.sweep(TMP_AGE_MS),
      sweepOrphans(s, TMP_AGE_MS),
    ]);
    const report = { renders, storeTmp: storeTmp + staged, uploads, orphans };
    if (renders + report.storeTmp + uploads + orphans > 0) s.logger.info('swept leftovers', { ...report });
    return report;
  } catch (error) {
    // A sweep that fails leaves files, never the app: logged, and tried again next time.
    s.logger.warn('sweep failed', { error: String(error) });
    return { renders: 0, storeTmp: 0, uploads: 0, orphans: 0 };
  }
}

export function sweepAtStartup(s: SweepDeps, delayMs = 1000): Promise<SweepReport> {
  return new Promise<void>((resolve) => setTimeout(resolve, delayMs).unref()).then(() => sweepOnce(s));
}

export interface SweepOptions {
  delayMs?: number;
  /** Between sweeps after the first; a day unless a test says otherwise. */
  everyMs?: number;
  /** Told after every sweep (tests wait on it instead of sleeping). */
  onSweep?: (report: SweepReport) => void;
}

/**
 * The start-up sweep, then one a day while the core runs (a simple timer owned by the core: the
 * sweep is by age and pid, so the station's time zone does not matter). `stop()` ends it on close.
 */
export function startSweeps(s: SweepDeps, options: SweepOptions = {}): { first: Promise<SweepReport>; stop(): void } {
  const every = options.everyMs ?? DAY_MS;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const first = sweepAtStartup(s, options.delayMs ?? 1000).then((report) => {
    options.onSweep?.(report);
    if (!stopped) {
      timer = setInterval(() => {
        void sweepOnce(s).then((r) => options.onSweep?.(r));
      }, every);
      // Never what keeps a process (the CLI) alive.
      timer.unref();
    }
    return report;
  });
  return {
    first,
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}
