import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { ExportResult } from '../../../../shared/domain/schedule.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; jobId: string; fraction: number }
  | ({ status: 'done' } & ExportResult)
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/** `schedule.export` as a job: progress from `job.progress`, cancel through `jobs.cancel`. */
export function useExportJob() {
  const api = useApi();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('job.progress', (p) => {
        if (p.jobId !== jobRef.current) return;
        setState((s) => (s.status === 'running' ? { ...s, fraction: p.fraction } : s));
      }),
    [api],
  );

  const start = useCallback(
    async (input: Omit<MethodInput<'schedule.export'>, 'jobId'>) => {
      const jobId = crypto.randomUUID();
      jobRef.current = jobId;
      setState({ status: 'running', jobId, fraction: 0 });
      try {
        const result = await api.call('schedule.export', { ...input, jobId });
        if (jobRef.current === jobId) setState({ status: 'done', ...result });
      } catch (error) {
        if (jobRef.current === jobId) setState(isCancelledError(error) ? { status: 'cancelled' } : { status: 'failed', error });
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId) void api.call('jobs.cancel', { jobId }).catch(() => undefined);
  }, [api]);

  return { state, start, cancel };
}
