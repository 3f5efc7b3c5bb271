import path from 'node:path';
import type { Handlers } from '../../../../shared/api/handlers.ts';
import type { CoreServices } from '../../core-types.ts';
import { exportOutDir } from '../../files/export-out-dir.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { exportSummary } from './summary-export.ts';
import { networkSummary } from './testimony-receipt.ts';
import { scopedSummary } from './testimony-summary.ts';

type SummaryHandlers = Pick<Handlers, 'voices.summary' | 'voices.summary.export'>;

/** Voces' anonymised summary (issue #14 §2): a report over the testimonies, on screen and as CSV/PDF. */
export function createTestimonySummaryHandlers(s: Pick<CoreServices, 'db' | 'jobs' | 'dataDir' | 'transport' | 'catalogs'>): SummaryHandlers {
  return {
    'voices.summary': async (range) => scopedSummary(s.db, range, networkSummary),
    'voices.summary.export': async ({ jobId, format, lang, outDir, ...range }) => {
      const dir = exportOutDir(s.dataDir, s.transport, outDir ?? path.join(s.dataDir, 'exports', 'voces'));
      const t = createTranslator(lang);
      return s.jobs.run(jobId, 'voices-export', async (signal, report) => {
        report('write', 0.1);
        return { files: [await exportSummary(s.db, range, format, dir, s.catalogs, t, lang, signal)] };
      });
    },
  };
}
