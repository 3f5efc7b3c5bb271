import { useEffect } from 'react';
import type { Testimony } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Resource } from '../../hooks/use-async-resource.ts';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';

/**
 * One testimony, whole (consents, redactions). A refresh keeps the form on screen while it is
 * typed in, and it follows voices.changed for this testimony (or "anything changed": an empty list).
 */
export function useTestimony(id: string): { resource: Resource<Testimony>; reload(): void } {
  const api = useApi();
  const { resource, reload } = useLatestResource(id, () => api.call('voices.get', { id }));
  useEffect(
    () =>
      api.on('voices.changed', ({ ids }) => {
        if (ids.length === 0 || ids.includes(id)) reload();
      }),
    [api, id, reload],
  );
  return { resource, reload };
}
