import { useEffect, useState } from 'react';

/** The station's instant now: the core's clock when it answered plus what the browser measured since. */
export type StationClock = () => number;

export function stationClockFrom(coreNowMs: number, receivedAt: number): StationClock {
  // The core's clock is the station's truth; the browser's own zone and date never enter.
  return () => coreNowMs + Math.max(0, Date.now() - receivedAt);
}

/**
 * Re-renders only the component that calls it, on each whole station second, so the big clock and the
 * countdowns tick without the page (and its long rundown) re-rendering every second.
 */
export function useSecondTick(clock: StationClock): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const delay = 1000 - (((clock() % 1000) + 1000) % 1000);
    const timer = setTimeout(() => setTick((n) => n + 1), delay);
    return () => clearTimeout(timer);
  }, [clock, tick]);
  return clock();
}

/**
 * "Now" for the page: it re-renders when an item or program starts or ends (`nextChange`), not
 * every second. Each edge's timer bumps `tick`, which schedules the following edge.
 */
export function useEdgeNow(clock: StationClock, nextChange: (nowMs: number) => number | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const current = clock();
    const edge = nextChange(current);
    if (edge === null) return undefined;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.max(0, edge - current));
    return () => clearTimeout(timer);
  }, [clock, nextChange, tick]);
  return clock();
}
