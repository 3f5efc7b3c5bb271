import { useCallback, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';

export type RenderFormat = MethodInput<'audio.render'>['format'];
/** A master's bits per sample; undefined keeps the source's own depth. */
export type MasterBits = MethodInput<'audio.render'>['bits'];
export type RenderResult = MethodOutput<'audio.render'>;

/** Save = a render job with progress and cancel (the shared useJob); a cancel is not an error (issue #3). */
export function useRenderJob(versionId: string, hooks: { onStart: () => void; onError: (e: unknown) => void }) {
  const api = useApi();
  const job = useJob();
  const [result, setResult] = useState<RenderResult | null>(null);
  const { onStart, onError } = hooks;
  const { run } = job;

  const start = useCallback(
    async (format: RenderFormat, bits?: MasterBits) => {
      onStart();
      setResult(null);
      try {
        setResult(await run((jobId) => api.call('audio.render', { jobId, versionId, format, ...(format === 'master' && bits ? { bits } : {}) })));
      } catch (e) {
        if (!isCancelledError(e)) onError(e);
      }
    },
    [api, run, versionId, onStart, onError],
  );
  const clearResult = useCallback(() => setResult(null), []);
  const render = job.jobId ? { jobId: job.jobId, fraction: job.fraction } : null;

  return { render, result, start, cancel: job.cancel, clearResult };
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
