import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';

export interface JobState {
  jobId: string | null;
  fraction: number;
}

/** Progress and cancel for one core job at a time (build, open, import, feed check). */
export function useJob() {
  const api = useApi();
  const [state, setState] = useState<JobState>({ jobId: null, fraction: 0 });
  const current = useRef<string | null>(null);
  useEffect(
    () =>
      api.on('job.progress', (p) => {
        if (p.jobId === current.current) setState({ jobId: p.jobId, fraction: p.fraction });
      }),
    [api],
  );
  const run = useCallback(async <T,>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    current.current = jobId;
    setState({ jobId, fraction: 0 });
    try {
      return await work(jobId);
    } finally {
      current.current = null;
      setState({ jobId: null, fraction: 0 });
    }
  }, []);
  const cancel = useCallback(() => {
    if (current.current) void api.call('jobs.cancel', { jobId: current.current });
  }, [api]);
  return { ...state, running: state.jobId !== null, run, cancel };
}

export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
