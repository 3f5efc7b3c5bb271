import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import type { WaveformSource } from '../../hooks/use-wavesurfer.ts';

export type Analysis = MethodOutput<'audio.analysis'>['analysis'];
export type EditsAnswer = MethodOutput<'audio.edits.get'>;

export interface EditorData {
  source: WaveformSource;
  analysis: Analysis;
  edits: EditsAnswer;
}

export type EditorDataState =
  | { status: 'loading'; /** Analysis progress 0–1 when the core is measuring the file now, else null. */ fraction: number | null }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: EditorData };

/** The overview is about two screens wide: enough detail before any zoom, small for a 3-hour file. */
const overviewPixels = () => Math.max(1000, Math.round((typeof window === 'undefined' ? 1000 : window.innerWidth) * 2));

/**
 * What the editor needs before it can draw: the analysis first (it may be computed now, as a job
 * with progress, when the import's analysis has not finished), then the precomputed peaks and the
 * version's edit list. Asking for the analysis first also keeps two calls from decoding the file twice.
 */
export function useEditorData(versionId: string, assetId: string): { state: EditorDataState; retry: () => void } {
  const api = useApi();
  const [state, setState] = useState<EditorDataState>({ status: 'loading', fraction: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const jobId = crypto.randomUUID();
    setState({ status: 'loading', fraction: null });
    const off = api.on('job.progress', (p) => {
      if (live && p.jobId === jobId) setState((s) => (s.status === 'loading' ? { status: 'loading', fraction: p.fraction } : s));
    });
    const load = async (): Promise<EditorData> => {
      const measured = await api.call('audio.analysis', { versionId, jobId });
      const [peaks, edits] = await Promise.all([api.call('audio.peaks', { versionId, pixels: overviewPixels() }), api.call('audio.edits.get', { versionId })]);
      const scaled = Float32Array.from(peaks.peaks, (v) => v / 32767);
      return { source: { url: api.mediaUrl(assetId), peaks: scaled, durationSec: peaks.durationSec }, analysis: measured.analysis, edits };
    };
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
      off();
    };
  }, [api, versionId, assetId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
