import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AsRunEntry } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { stationClock } from '../../i18n/station-clock.ts';

type LogState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; entries: AsRunEntry[] };

/**
 * Today's as-run log, newest first, with the same status words as the rundown's badges
 * (`onair.status.*`): one wording for what aired (issue #11 req. 4).
 */
export function AsRunToday({ date, timeZone }: { date: string; timeZone: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<LogState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.call('asrun.list', { from: date, to: date }).then(
      (entries) => live && setState({ status: 'ready', entries: [...entries].reverse() }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, date, attempt]);
  // A mark from this window, another one or the CLI announces itself as a schedule change.
  useEffect(() => api.on('schedule.changed', () => setAttempt((a) => a + 1)), [api]);
  return (
    <section className="onair-asrun" data-testid="onair-asrun" aria-labelledby="onair-asrun-title">
      <h2 id="onair-asrun-title">{t('onair.asrun.title')}</h2>
      {state.status === 'loading' && <p className="muted">{t('onair.asrun.loading')}</p>}
      {state.status === 'error' && (
        <p className="message-error" role="alert">
          {t('onair.asrun.loadError')} {errorMessage(state.error, t)}
        </p>
      )}
      {state.status === 'ready' && state.entries.length === 0 && <p className="muted" data-testid="onair-asrun-empty">{t('onair.asrun.empty')}</p>}
      {state.status === 'ready' && state.entries.length > 0 && (
        <ol className="onair-asrun-list">
          {state.entries.map((e) => (
            <li key={e.id} data-testid="onair-asrun-entry">
              <span className="onair-time">{stationClock(timeZone, Date.parse(e.at), true)}</span>
              <span className="onair-title">{e.title || t('onair.asrun.untitled')}</span>
              <span className={e.status === 'skipped' ? 'badge badge-archived' : 'badge badge-approved'}>{t(`onair.status.${e.status}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
