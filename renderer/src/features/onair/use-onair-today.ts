import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';

type Today = MethodOutput<'onair.today'>;
export type TodayState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; today: Today; receivedAt: number };

/** Today's rundowns; reloads when the schedule changes anywhere (another window, the CLI, cron). */
export function useOnAirToday() {
  const api = useApi();
  const [state, setState] = useState<TodayState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('onair.today', {}).then(
      (today) => live && setState({ status: 'ready', today, receivedAt: Date.now() }),
      (error: unknown) => live && setState((s) => (s.status === 'ready' ? s : { status: 'error', error })),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  useEffect(() => api.on('schedule.changed', () => setAttempt((a) => a + 1)), [api]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  /** Shows a mark at once, before the reload the change event triggers. */
  const setAsRun = useCallback((itemId: string, asRun: RundownItem['asRun']) => {
    setState((s) =>
      s.status !== 'ready'
        ? s
        : { ...s, today: { ...s.today, rundowns: s.today.rundowns.map((rd) => ({ ...rd, items: rd.items.map((i) => (i.id === itemId ? { ...i, asRun } : i)) })) } },
    );
  }, []);
  return { state, reload, setAsRun };
}
