import { useCallback, useEffect, useRef, useState } from 'react';
import type { Drive } from '../../../shared/api/methods/files.ts';
import { isCancelledError } from '../api/api-client.ts';
import { useApi } from '../api/api-context.tsx';

export type DriveList = { state: 'loading' } | { state: 'ready'; drives: Drive[] } | { state: 'error'; error: unknown };
export type CopyState =
  | { state: 'idle' }
  | { state: 'copying'; jobId: string; label: string; fraction: number }
  | { state: 'done'; folder: string }
  | { state: 'cancelled' }
  | { state: 'error'; error: unknown };

/** Lists removable drives and copies files into `<drive>/Cabina` as a job with progress and cancel. */
export function useUsbCopy(files: { path: string; name?: string }[]) {
  const api = useApi();
  const [drives, setDrives] = useState<DriveList>({ state: 'loading' });
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    setDrives({ state: 'loading' });
    try {
      const found = await api.call('files.drives', {});
      if (live.current) setDrives({ state: 'ready', drives: found });
    } catch (error) {
      if (live.current) setDrives({ state: 'error', error });
    }
  }, [api]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const start = useCallback(
    async (drive: Drive) => {
      const jobId = crypto.randomUUID();
      setCopy({ state: 'copying', jobId, label: drive.label, fraction: 0 });
      const off = api.on('job.progress', (p) => {
        if (p.jobId === jobId && live.current) setCopy((c) => (c.state === 'copying' && c.jobId === jobId ? { ...c, fraction: p.fraction } : c));
      });
      try {
        const { folder } = await api.call('files.copyTo', { jobId, files, mountPath: drive.mountPath });
        if (live.current) setCopy({ state: 'done', folder });
      } catch (error) {
        if (live.current) setCopy(isCancelledError(error) ? { state: 'cancelled' } : { state: 'error', error });
      } finally {
        off();
      }
    },
    [api, files],
  );

  const cancel = useCallback(() => {
    if (copy.state === 'copying') void api.call('jobs.cancel', { jobId: copy.jobId });
  }, [api, copy]);

  return { drives, refresh, copy, start, cancel };
}
