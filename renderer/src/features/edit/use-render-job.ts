import { useCallback, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import { isCancelledError } from '../../api/api-client.ts';

export type RenderFormat = MethodInput<'audio.render'>['format'];
export type RenderResult = MethodOutput<'audio.render'>;

/** Save = a render job with progress and cancel; a cancel is not an error (issue #3). */
export function useRenderJob(versionId: string, hooks: { onStart: () => void; onError: (e: unknown) => void }) {
  const api = useApi();
  const [render, setRender] = useState<{ jobId: string; fraction: number } | null>(null);
  const [result, setResult] = useState<RenderResult | null>(null);
  const { onStart, onError } = hooks;

  const start = useCallback(
    async (format: RenderFormat) => {
      const jobId = crypto.randomUUID();
      onStart();
      setResult(null);
      setRender({ jobId, fraction: 0 });
      const off = api.on('job.progress', (p) => {
        if (p.jobId === jobId) setRender((r) => (r ? { ...r, fraction: p.fraction } : r));
      });
      try {
        setResult(await api.call('audio.render', { jobId, versionId, format }));
      } catch (e) {
        if (!isCancelledError(e)) onError(e);
      } finally {
        off();
        setRender(null);
      }
    },
    [api, versionId, onStart, onError],
  );
  const cancel = useCallback(() => render && void api.call('jobs.cancel', { jobId: render.jobId }), [api, render]);
  const clearResult = useCallback(() => setResult(null), []);

  return { render, result, start, cancel, clearResult };
}

/**
 * What the saved copy is called: the segment's title and the render's extension ("Salario mínimo
 * 2026.wav"), not the cache's `<version>-<recipe>-<hash>` name; characters no OS allows become "-".
 */
export function renderFileName(title: string | undefined, renderPath: string): string | undefined {
  const ext = /\.[a-z0-9]+$/i.exec(renderPath)?.[0] ?? '';
  const base = (title ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 150);
  return base && base !== '.' && base !== '..' ? `${base}${ext}` : undefined;
}
