import path from 'node:path';
import type { Handlers } from '../../../../shared/api/handlers.ts';
import type { CoreServices } from '../../core-types.ts';
import { exportOutDir } from '../../files/export-out-dir.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { coverageBreakdown, coverageFilterOptions } from './coverage-breakdown.ts';
import { exportCoverage } from './coverage-export.ts';
import { catalogNames } from './coverage-names.ts';
import { coverageGaps } from './coverage-gaps.ts';
import { coverageReport } from './coverage-report.ts';

type CoverageHandlers = Pick<Handlers, 'coverage.report' | 'coverage.breakdown' | 'coverage.gaps' | 'coverage.export' | 'coverage.filterOptions'>;

/** IREX-side coverage (issue #13 §3): read-only queries over the rollups of report_airings. */
export function createCoverageHandlers(s: Pick<CoreServices, 'db' | 'clock' | 'jobs' | 'dataDir' | 'catalogs' | 'transport'>): CoverageHandlers {
  return {
    'coverage.report': async (filters) => coverageReport(s.db, filters),
    'coverage.breakdown': async ({ by, ...filters }) => coverageBreakdown(s.db, filters, by),
    'coverage.gaps': async () => coverageGaps(s.db, s.clock()),
    'coverage.filterOptions': async (range) => coverageFilterOptions(s.db, range),
    'coverage.export': async ({ jobId, format, lang, outDir, ...filters }) => {
      // Browser mode writes only under <data>/exports, as every other export (issue #12).
      const dir = exportOutDir(s.dataDir, s.transport, outDir ?? path.join(s.dataDir, 'exports', 'coverage'));
      const t = createTranslator(lang);
      const names = catalogNames(s.catalogs, lang);
      return s.jobs.run(jobId, 'coverage-export', async (signal, report) => {
        report('write', 0.1);
        const file = await exportCoverage(s.db, filters, format, dir, t, lang, signal, names);
        return { files: [file] };
      });
    },
  };
}
