import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../../../shared/api/events.ts';
import { isCancelledError } from '../../../api/api-client.ts';
import { useApi } from '../../../api/api-context.tsx';

export type ImportStage = 'waiting' | 'uploading' | 'queued' | 'copy' | 'probe' | 'preview' | 'save' | 'done' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportItem {
  key: string;
  name: string;
  stage: ImportStage;
  /** Progress of the current stage group: the upload first, then the core's job. */
  fraction: number;
  segmentId: string | null;
  /** For a duplicate: the title of the segment that already holds this audio. */
  duplicateTitle?: string | undefined;
  error: unknown;
}

/** Same limit as the core's heavy jobs (DESIGN.md §1): station PCs have two cores. */
export const MAX_CONCURRENT_IMPORTS = 2;

const terminal: ReadonlySet<ImportStage> = new Set(['done', 'duplicate', 'failed', 'cancelled']);
export const isFinished = (item: ImportItem) => terminal.has(item.stage);

type JobStage = EventPayload<'job.progress'>['stage'];
const liveJobStages: Partial<Record<JobStage, ImportStage>> = { queued: 'queued', copy: 'copy', probe: 'probe', preview: 'preview', save: 'save' };

interface Running {
  controller: AbortController;
  jobId: string | null;
}

export function useImportQueue() {
  const api = useApi();
  const [items, setItems] = useState<ImportItem[]>([]);
  const files = useRef(new Map<string, File>());
  const queue = useRef<string[]>([]);
  const running = useRef(new Map<string, Running>());
  const jobKeys = useRef(new Map<string, string>());

  const update = useCallback((key: string, patch: Partial<ImportItem>) => {
    setItems((list) => list.map((item) => (item.key === key && !isFinished(item) ? { ...item, ...patch } : item)));
  }, []);

  const runOne = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      const entry: Running = { controller, jobId: null };
      running.current.set(key, entry);
      try {
        update(key, { stage: 'uploading', fraction: 0 });
        const source = await api.stageFile(file, { signal: controller.signal, onProgress: (fraction) => update(key, { fraction }) });
        controller.signal.throwIfAborted();
        const jobId = crypto.randomUUID();
        entry.jobId = jobId;
        jobKeys.current.set(jobId, key);
        update(key, { stage: 'queued', fraction: 0 });
        const result = await api.call('library.import', { jobId, source, originalName: file.name });
        if (result.outcome === 'duplicate') update(key, { stage: 'duplicate', fraction: 1, segmentId: result.segment.id, duplicateTitle: result.segment.title });
        else update(key, { stage: 'done', fraction: 1, segmentId: result.segment.id });
      } catch (error) {
        if (controller.signal.aborted || isCancelledError(error)) update(key, { stage: 'cancelled' });
        else update(key, { stage: 'failed', error });
      } finally {
        running.current.delete(key);
        if (entry.jobId) jobKeys.current.delete(entry.jobId);
        files.current.delete(key);
      }
    },
    [api, update],
  );

  const pump = useCallback(() => {
    while (running.current.size < MAX_CONCURRENT_IMPORTS && queue.current.length > 0) {
      const key = queue.current.shift();
      const file = key ? files.current.get(key) : undefined;
      if (!key || !file) continue;
      // runOne registers itself in `running` before its first await, so the loop sees the slot taken.
      void runOne(key, file).finally(pump);
    }
  }, [runOne]);

  const add = useCallback(
    (picked: Iterable<File>) => {
      const added: ImportItem[] = [];
      for (const file of picked) {
        const key = crypto.randomUUID();
        files.current.set(key, file);
        queue.current.push(key);
        added.push({ key, name: file.name, stage: 'waiting', fraction: 0, segmentId: null, error: null });
      }
      if (added.length === 0) return;
      setItems((list) => [...list, ...added]);
      pump();
    },
    [pump],
  );

  const cancel = useCallback(
    (key: string) => {
      const waiting = queue.current.indexOf(key);
      if (waiting >= 0) {
        queue.current.splice(waiting, 1);
        files.current.delete(key);
        update(key, { stage: 'cancelled' });
        return;
      }
      const entry = running.current.get(key);
      if (!entry) return;
      entry.controller.abort();
      if (entry.jobId) void api.call('jobs.cancel', { jobId: entry.jobId }).catch(() => undefined);
    },
    [api, update],
  );

  const clearFinished = useCallback(() => setItems((list) => list.filter((item) => !isFinished(item))), []);

  useEffect(
    () =>
      api.on('job.progress', (progress) => {
        const key = jobKeys.current.get(progress.jobId);
        const stage = liveJobStages[progress.stage];
        if (key && stage) update(key, { stage, fraction: progress.fraction });
      }),
    [api, update],
  );

  useEffect(() => {
    const live = running.current;
    // Leaving the page aborts uploads; jobs already in the core finish there and show up on return.
    return () => live.forEach((entry) => entry.controller.abort());
  }, []);

  return { items, add, cancel, clearFinished };
}
