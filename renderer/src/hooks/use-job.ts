import { useCallback, useEffect, useRef, useState } from 'react';
import { isCancelledError } from '../api/api-client.ts';
import { useApi } from '../api/api-context.tsx';

export interface JobState {
  /** The running job, or null between runs. */
  jobId: string | null;
  fraction: number;
  /** The last run's failure; a cancel is not a failure (issue #3), and a new run clears it. */
  error: unknown;
  /** The last run ended because the user cancelled it. */
  cancelled: boolean;
}

const idle: JobState = { jobId: null, fraction: 0, error: null, cancelled: false };

/**
 * One core job at a time (render, export, pack build/open/import, feed check): a fresh job id,
 * progress from `job.progress`, cancel through `jobs.cancel`, and the outcome of the last run.
 * `run` still resolves or rejects like the call it wraps, so callers keep their own result handling.
 */
export function useJob() {
  const api = useApi();
  const [state, setState] = useState<JobState>(idle);
  // A ref, not state: progress events and cancel must see the id before React re-renders.
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('job.progress', (p) => {
        if (p.jobId === current.current) setState((s) => (s.jobId === p.jobId ? { ...s, fraction: p.fraction } : s));
      }),
    [api],
  );

  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setState({ ...idle, jobId });
    let outcome: Pick<JobState, 'error' | 'cancelled'> = { error: null, cancelled: false };
    try {
      return await work(jobId);
    } catch (error) {
      outcome = isCancelledError(error) ? { error: null, cancelled: true } : { error, cancelled: false };
      throw error;
    } finally {
      // A newer run owns the state now; this one's end must not reset it.
      if (current.current === jobId) {
        current.current = null;
        setState({ ...idle, ...outcome });
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void api.call('jobs.cancel', { jobId }).catch(() => undefined);
  }, [api]);

  return { ...state, running: state.jobId !== null, run, cancel };
}
