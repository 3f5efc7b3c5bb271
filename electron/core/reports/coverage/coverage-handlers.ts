import type { Handlers } from '../../../../shared/api/handlers.ts';
import type { CoreServices } from '../../core-types.ts';
import { coverageBreakdown } from './coverage-breakdown.ts';
import { coverageGaps } from './coverage-gaps.ts';
import { coverageReport } from './coverage-report.ts';

type CoverageHandlers = Pick<Handlers, 'coverage.report' | 'coverage.breakdown' | 'coverage.gaps'>;

/** IREX-side coverage (issue #13 §3): read-only queries over the rollups of report_airings. */
export function createCoverageHandlers(s: Pick<CoreServices, 'db' | 'clock'>): CoverageHandlers {
  return {
    'coverage.report': async (filters) => coverageReport(s.db, filters),
    'coverage.breakdown': async ({ by, ...filters }) => coverageBreakdown(s.db, filters, by),
    'coverage.gaps': async () => coverageGaps(s.db, s.clock()),
  };
}
