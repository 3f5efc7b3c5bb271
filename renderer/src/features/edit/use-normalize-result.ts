import { useCallback, useState } from 'react';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';
import type { RenderResult } from './use-render-job.ts';

/**
 * Issue #11 item 10, "normalize shows its result": a normalize op only says what to aim for; what it
 * reaches is known once the edit is rendered and measured. The master WAV render does both, as a
 * job with progress and cancel, and lands in the render cache, so a later "Save audio" as WAV is instant.
 */
export function useNormalizeResult(versionId: string) {
  const api = useApi();
  const job = useJob();
  const [result, setResult] = useState<RenderResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { run } = job;

  const measure = useCallback(async () => {
    setResult(null);
    setError(null);
    try {
      setResult(await run((jobId) => api.call('audio.render', { jobId, versionId, format: 'master' })));
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }, [api, run, versionId]);

  // Any later edit makes the measured figures describe an older version of the audio.
  const clear = useCallback(() => {
    setResult(null);
    setError(null);
  }, []);

  return { measuring: job.running, fraction: job.fraction, result, error, measure, clear, cancel: job.cancel };
}

export type NormalizeResultState = ReturnType<typeof useNormalizeResult>;
