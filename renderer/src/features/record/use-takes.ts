import { useCallback, useEffect, useState } from 'react';
import type { Take } from '../../../../shared/domain/recording.ts';
import type { ApiClient } from '../../api/api-client.ts';
import type { Resource } from '../../hooks/use-async-resource.ts';

/**
 * Takes of the chosen segment, and the recovered ones awaiting review. Recovery runs once when the
 * page opens (a tab that died mid-take left its take open in a live core) and the lists follow
 * `recording.changed`.
 */
export function useTakes(api: ApiClient, segmentId: string | null) {
  const [takes, setTakes] = useState<Resource<Take[]>>({ status: 'ready', value: [] });
  const [recovered, setRecovered] = useState<Take[]>([]);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    api.call('recording.recover', {}).then(
      () => live && reload(),
      () => undefined,
    );
    const off = api.on('recording.changed', () => reload());
    return () => {
      live = false;
      off();
    };
  }, [api, reload]);

  useEffect(() => {
    let live = true;
    api.call('recording.takes', { limit: 100 }).then(
      (all) => live && setRecovered(all.filter((t) => t.needsReview && t.status !== 'recording')),
      () => undefined,
    );
    if (!segmentId) {
      setTakes({ status: 'ready', value: [] });
    } else {
      setTakes((current) => (current.status === 'ready' && current.value.length > 0 ? current : { status: 'loading' }));
      api.call('recording.takes', { segmentId, limit: 100 }).then(
        (value) => live && setTakes({ status: 'ready', value }),
        (error: unknown) => live && setTakes({ status: 'error', error }),
      );
    }
    return () => {
      live = false;
    };
  }, [api, segmentId, version]);

  return { takes, recovered, reload };
}
