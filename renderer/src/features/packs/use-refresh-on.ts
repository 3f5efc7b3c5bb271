import { useEffect, useRef } from 'react';

/** Calls `reload` whenever `key` changes after the first render (the first load is the resource's own). */
export function useRefreshOn(key: number, reload: () => void): void {
  const seen = useRef(key);
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    reload();
  }, [key, reload]);
}
