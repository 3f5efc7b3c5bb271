import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { Conflict, Program } from '../../../../shared/domain/schedule.ts';
import { addDays, mondayOf } from '../../../../shared/time/zoned-time.ts';
import { useApi } from '../../api/api-context.tsx';

export type WeekData = MethodOutput<'schedule.week'> & { from: string; programs: Program[]; conflicts: Conflict[] };
export type WeekState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: WeekData; receivedAt: number };

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The week on screen, its programs and conflicts. Reloads on `schedule.changed` (any view, the CLI
 * or a cron job may change the schedule). The first load guesses the week from the browser's date,
 * then follows the station's "today" if the zones disagree across midnight.
 */
export function useWeek() {
  const api = useApi();
  const [from, setFrom] = useState<string | null>(null);
  const [state, setState] = useState<WeekState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    const n = ++seq.current;
    const start = from ?? mondayOf(localToday());
    // A reload keeps the week on screen (and every open editor mounted) until the new data arrives.
    setState((st) => (st.status === 'ready' ? st : { status: 'loading' }));
    Promise.all([
      api.call('schedule.week', { from: start, days: 7 }),
      api.call('schedule.programs', {}),
      api.call('schedule.conflicts', { from: start, to: addDays(start, 6) }),
    ]).then(
      ([week, programs, conflicts]) => {
        if (n !== seq.current) return;
        if (from === null && mondayOf(week.today) !== start) {
          setFrom(mondayOf(week.today));
          return;
        }
        // Marks for the bench (issue #5: grid interactive < 100 ms after data arrives).
        performance.mark('schedule-week-data');
        setState({ status: 'ready', data: { ...week, from: start, programs, conflicts }, receivedAt: Date.now() });
      },
      (error: unknown) => n === seq.current && setState({ status: 'error', error }),
    );
  }, [api, from, attempt]);

  useEffect(() => api.on('schedule.changed', () => setAttempt((a) => a + 1)), [api]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const current = state.status === 'ready' ? state.data.from : from;
  const go = useCallback(
    (weeks: number | 'today') => {
      setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      if (weeks === 'today') setFrom(state.status === 'ready' ? mondayOf(state.data.today) : null);
      else if (current) setFrom(addDays(current, weeks * 7));
    },
    [current, state],
  );
  return { state, reload, go };
}
