import { useCallback, useEffect, useState } from 'react';

export type Resource<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

/** Loads once on mount and on `retry`; a result that arrives after unmount or a newer retry is dropped. */
export function useAsyncResource<T>(load: () => Promise<T>): { resource: Resource<T>; retry: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResource({ status: 'loading' });
    load().then(
      (value) => live && setResource({ status: 'ready', value }),
      (error: unknown) => live && setResource({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // Only the attempt counter re-runs it: callers pass an inline `load` that changes every render.
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { resource, retry };
}
