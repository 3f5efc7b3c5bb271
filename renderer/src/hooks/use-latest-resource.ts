import { useCallback, useEffect, useRef, useState } from 'react';
import type { Resource } from './use-async-resource.ts';

/**
 * A resource that follows `key` (what to load: filters, an id) and `reload()`. The latest request
 * wins: a slow answer for an older key is dropped. A refresh keeps what is shown until the answer
 * arrives, so a view other people change under us does not flash "loading" (and a form being typed
 * in does not unmount); only after an error does it go back to "loading", so a retry is visibly under way.
 */
export function useLatestResource<T>(key: string, load: () => Promise<T>): { resource: Resource<T>; reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  // Callers pass an inline `load`; the key says when it asks for something else.
  const loadRef = useRef(load);
  loadRef.current = load;
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    const request = ++latest.current;
    setResource((r) => (r.status === 'error' ? { status: 'loading' } : r));
    loadRef.current().then(
      (value) => request === latest.current && setResource({ status: 'ready', value }),
      (error: unknown) => request === latest.current && setResource({ status: 'error', error }),
    );
  }, [key, tick]);

  return { resource, reload };
}
