import { useCallback, useEffect, useState } from 'react';
import type { Take } from '../../../shared/domain/recording.ts';
import { useApi } from '../api/api-context.tsx';
import type { Resource } from './use-async-resource.ts';

/**
 * Calls recorded and not yet saved, newest first (a stopped one, or one a crash left, waits here).
 * Asked again on `recording.changed` and whenever `recording` flips (a take starts or stops).
 * Grabar's call mode lists them; Voces says they wait there (issue #14 §2).
 */
export function usePendingCalls(recording: boolean): { calls: Resource<Take[]>; reload(): void } {
  const api = useApi();
  const [calls, setCalls] = useState<Resource<Take[]>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  useEffect(() => api.on('recording.changed', reload), [api, reload]);
  useEffect(() => {
    let live = true;
    api.call('recording.takes', { limit: 100 }).then(
      (all) => live && setCalls({ status: 'ready', value: all.filter((take) => take.callIn && take.status !== 'recording') }),
      (error: unknown) => live && setCalls({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, version, recording]);
  return { calls, reload };
}
