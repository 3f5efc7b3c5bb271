import { useCallback, useState } from 'react';
import { isCancelledError } from '../api/api-client.ts';
import { useApi } from '../api/api-context.tsx';
import { useJob } from '../hooks/use-job.ts';

/**
 * An edited version plays from its playout rendition; the first play after an edit may have to
 * render it, which for a long segment takes a while. The `<audio>` request waits for that render
 * anyway; this job (the same cache entry, joined) is what lets the player say so, with progress,
 * a cancel, and a translated error when the render fails (issue #11).
 */
export function usePlayoutPrepare() {
  const api = useApi();
  const job = useJob();
  const [error, setError] = useState<unknown>(null);
  const { run, cancel } = job;

  /** Resolves true when the rendition is ready, false when cancelled or failed (the error is kept). */
  const prepare = useCallback(
    async (versionId: string): Promise<boolean> => {
      setError(null);
      try {
        await run((jobId) => api.call('audio.playout.prepare', { jobId, versionId }));
        return true;
      } catch (e) {
        if (!isCancelledError(e)) setError(e);
        return false;
      }
    },
    [api, run],
  );
  const clearError = useCallback(() => setError(null), []);

  return { preparing: job.running, fraction: job.fraction, error, prepare, cancel, clearError };
}
