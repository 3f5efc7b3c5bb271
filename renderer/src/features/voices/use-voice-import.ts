import { useCallback, useEffect, useRef, useState } from 'react';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';

export interface ImportProgress {
  name: string;
  /** 1-based place of this file among those dropped together. */
  index: number;
  count: number;
  stage: 'uploading' | 'importing';
  fraction: number;
}

export interface ImportFailure {
  name: string;
  error: unknown;
}

/**
 * Voice notes become testimonies one after another, each as the Library imports audio: staged
 * (uploaded in browser mode, a path in Electron), then voices.import as a job with progress and
 * cancel. Cancel stops the file under way and the ones waiting after it.
 */
export function useVoiceImport(onImported: (testimonyId: string) => void) {
  const api = useApi();
  const job = useJob();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const controller = useRef<AbortController | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (controller.current || files.length === 0) return;
      const own = new AbortController();
      controller.current = own;
      setFailure(null);
      try {
        for (const [i, file] of files.entries()) {
          if (own.signal.aborted) break;
          const at = { name: file.name, index: i + 1, count: files.length };
          setProgress({ ...at, stage: 'uploading', fraction: 0 });
          try {
            const source = await api.stageFile(file, { signal: own.signal, onProgress: (fraction) => setProgress({ ...at, stage: 'uploading', fraction }) });
            own.signal.throwIfAborted();
            setProgress({ ...at, stage: 'importing', fraction: 0 });
            const testimony = await job.run((jobId) => api.call('voices.import', { jobId, source, originalName: file.name, testimonySource: 'voice_note' }));
            onImported(testimony.id);
          } catch (error) {
            if (own.signal.aborted || isCancelledError(error)) break;
            // One bad file stops the batch: its sentence names it, and the user decides what next.
            setFailure({ name: file.name, error });
            break;
          }
        }
      } finally {
        controller.current = null;
        setProgress(null);
      }
    },
    [api, job, onImported],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    job.cancel();
  }, [job]);

  // Leaving the page stops an upload; a job already in the core finishes there and shows up on return.
  useEffect(() => () => controller.current?.abort(), []);

  // The upload's fraction is ours; once the core has the file, its job reports.
  const shown = progress && progress.stage === 'importing' ? { ...progress, fraction: job.fraction } : progress;
  return { progress: shown, failure, importFiles, cancel, dismissFailure: () => setFailure(null) };
}
