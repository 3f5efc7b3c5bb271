import { useCallback, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { ExportResult } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; fraction: number }
  | ({ status: 'done' } & ExportResult)
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/** `schedule.export` as a job (hooks/use-job.ts); the result of the latest run is kept for the panel. */
export function useExportJob() {
  const api = useApi();
  const job = useJob();
  const { run } = job;
  const [result, setResult] = useState<ExportResult | null>(null);
  // Counts runs so an older export that resolves late cannot show its result over a newer one.
  const latest = useRef(0);

  const start = useCallback(
    async (input: Omit<MethodInput<'schedule.export'>, 'jobId'>) => {
      const mine = ++latest.current;
      setResult(null);
      try {
        const exported = await run((jobId) => api.call('schedule.export', { ...input, jobId }));
        if (latest.current === mine) setResult(exported);
      } catch {
        // useJob keeps the failure (or the cancel) for the panel to show.
      }
    },
    [api, run],
  );

  const state: ExportState = job.jobId
    ? { status: 'running', jobId: job.jobId, fraction: job.fraction }
    : result
      ? { status: 'done', ...result }
      : job.cancelled
        ? { status: 'cancelled' }
        : job.error !== null
          ? { status: 'failed', error: job.error }
          : { status: 'idle' };

  return { state, start, cancel: job.cancel };
}
