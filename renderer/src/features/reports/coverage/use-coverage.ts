import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../../api/api-context.tsx';
import type { CoverageFiltersInput, CoverageGaps, CoverageReport } from '../../../../../shared/api/methods/coverage.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

/** The coverage report for the filters; a newer request wins over a slower older one. */
export function useCoverage(filters: CoverageFiltersInput): { report: Loaded<CoverageReport>; gaps: Loaded<CoverageGaps>; retry: () => void } {
  const api = useApi();
  const [report, setReport] = useState<Loaded<CoverageReport>>({ status: 'loading' });
  const [gaps, setGaps] = useState<Loaded<CoverageGaps>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(filters);
  useEffect(() => {
    let live = true;
    setReport({ status: 'loading' });
    api.call('coverage.report', JSON.parse(key) as CoverageFiltersInput).then(
      (value) => live && setReport({ status: 'ready', value }),
      (error: unknown) => live && setReport({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, key, attempt]);
  useEffect(() => {
    let live = true;
    api.call('coverage.gaps', {}).then(
      (value) => live && setGaps({ status: 'ready', value }),
      (error: unknown) => live && setGaps({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { report, gaps, retry };
}
