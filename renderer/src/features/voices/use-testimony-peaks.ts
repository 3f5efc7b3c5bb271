import { useCallback, useEffect, useRef, useState } from 'react';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import type { WaveformSource } from '../../hooks/use-wavesurfer.ts';

export type PeaksState =
  | { status: 'loading'; /** 0–1 while the core decodes the call; 0 until its first report. */ fraction: number }
  | { status: 'error'; error: unknown }
  | { status: 'stopped' }
  | { status: 'ready'; source: WaveformSource };

/** Points across the waveform: about two widths of a wide screen, small for an hour-long call. */
const wavePixels = () => Math.max(2000, Math.round((typeof window === 'undefined' ? 1000 : window.innerWidth) * 2));

/**
 * A testimony's stored waveform peaks and its streamed media URL (issue #14 §2): any length draws,
 * nothing is decoded in the page. The first open of an older testimony makes them, as a job with
 * progress that can be stopped; after that they are read at once.
 */
export function useTestimonyPeaks(testimonyId: string, assetId: string): { state: PeaksState; retry(): void; cancel(): void } {
  const api = useApi();
  const [state, setState] = useState<PeaksState>({ status: 'loading', fraction: 0 });
  const [attempt, setAttempt] = useState(0);
  const job = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    const jobId = crypto.randomUUID();
    job.current = jobId;
    setState({ status: 'loading', fraction: 0 });
    const off = api.on('job.progress', (p) => {
      if (live && p.jobId === jobId) setState((s) => (s.status === 'loading' ? { status: 'loading', fraction: p.fraction } : s));
    });
    const settled = () => {
      if (job.current === jobId) job.current = null;
    };
    api.call('voices.peaks', { id: testimonyId, jobId, pixels: wavePixels() }).then(
      (answer) => {
        settled();
        if (!live) return;
        const peaks = Float32Array.from(answer.peaks, (v) => v / 32767);
        setState({ status: 'ready', source: { url: api.mediaUrl(assetId), peaks, durationSec: answer.durationSec, height: 96 } });
      },
      (error: unknown) => {
        settled();
        if (live) setState(isCancelledError(error) ? { status: 'stopped' } : { status: 'error', error });
      },
    );
    return () => {
      live = false;
      off();
      // Leaving the testimony stops its decode (the core goes on if another view still waits for it).
      if (job.current === jobId) void api.call('jobs.cancel', { jobId }).catch(() => undefined);
      job.current = null;
    };
  }, [api, testimonyId, assetId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const cancel = useCallback(() => {
    const jobId = job.current;
    if (jobId) void api.call('jobs.cancel', { jobId }).catch(() => undefined);
  }, [api]);
  return { state, retry, cancel };
}
