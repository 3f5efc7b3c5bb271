import path from 'node:path';
import { sweepRenderTemps } from './audio/render-temps.ts';
import type { CoreServices, SweepReport } from './core-types.ts';

/*
 * Start-up sweep (issue #11): what interrupted work left in the data folder — render temporaries
 * under renders/, the content store's tmp files, browser uploads never imported. It runs after
 * start-up (a timer, not awaited by createCore) so the window opens first; the age limits keep
 * files another process sharing the folder (the CLI beside the app) is writing right now.
 */

/** Store and upload temporaries younger than this may belong to a live import in another process. */
const TMP_AGE_MS = 60 * 60 * 1000;

export function sweepAtStartup(s: Pick<CoreServices, 'dataDir' | 'store' | 'uploads' | 'logger'>, delayMs = 1000): Promise<SweepReport> {
  return new Promise<void>((resolve) => setTimeout(resolve, delayMs).unref())
    .then(async () => {
      const [renders, storeTmp, uploads] = await Promise.all([
        sweepRenderTemps(path.join(s.dataDir, 'renders')),
        s.store.sweepTmp(TMP_AGE_MS),
        s.uploads.sweep(TMP_AGE_MS),
      ]);
      const report = { renders, storeTmp, uploads };
      if (renders + storeTmp + uploads > 0) s.logger.info('swept leftovers', { ...report });
      return report;
    })
    .catch((error: unknown) => {
      // A sweep that fails leaves files, never the app: logged, and tried again next start.
      s.logger.warn('start-up sweep failed', { error: String(error) });
      return { renders: 0, storeTmp: 0, uploads: 0 };
    });
}
