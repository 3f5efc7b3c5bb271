import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { useApi } from '../../../api/api-context.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { parseCivilDate } from '../../../i18n/civil-date.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { stationClock } from '../../../i18n/station-clock.ts';

type Day = MethodOutput<'asrun.day'>;
type DayState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; day: Day };

/** "Everything in the rundown aired as planned, except…": for stations without a playout log. */
export function ConfirmDay({ today, onConfirmed }: { today: string; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const dateId = useId();
  const [date, setDate] = useState(today);
  const [state, setState] = useState<DayState>({ status: 'idle' });
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<MethodOutput<'asrun.day.confirm'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const valid = parseCivilDate(date) !== null;

  async function load() {
    const day = parseCivilDate(date);
    if (!day) return;
    setState({ status: 'loading' });
    setDone(null);
    setError(null);
    try {
      const loaded = await api.call('asrun.day', { date: day });
      // A day never confirmed starts all ticked ("aired as planned"); a day confirmed before shows
      // its earlier exceptions unticked, so confirming it again does not undo them.
      const before = loaded.items.some((i) => i.confirmed);
      setUnticked(new Set(before ? loaded.items.filter((i) => !i.confirmed && !i.deskMarked).map((i) => i.itemId) : []));
      setState({ status: 'ready', day: loaded });
    } catch (e) {
      setState({ status: 'error', error: e });
    }
  }

  async function confirm(day: Day) {
    setBusy(true);
    setError(null);
    try {
      setDone(await api.call('asrun.day.confirm', { date: day.date, exceptItemIds: [...unticked] }));
      setState({ status: 'ready', day: await api.call('asrun.day', { date: day.date }) });
      onConfirmed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (itemId: string) =>
    setUnticked((s) => {
      const next = new Set(s);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });

  return (
    <section className="asrun-section" aria-labelledby="asrun-day-heading" data-testid="asrun-day">
      <h3 id="asrun-day-heading">{t('asrun.day.heading')}</h3>
      <p className="muted small">{t('asrun.day.intro')}</p>
      <div className="asrun-day-pick">
        <label htmlFor={dateId}>{t('asrun.day.date')}</label>
        <DateField id={dateId} value={date} onChange={setDate} testId="asrun-day-date" aria-invalid={!valid} />
        <button type="button" className="button" data-testid="asrun-day-show" disabled={!valid || state.status === 'loading'} onClick={() => void load()}>
          {t('asrun.day.show')}
        </button>
      </div>
      {!valid && <p className="message-error">{t('asrun.day.badDate')}</p>}
      {state.status === 'loading' && <p className="muted">{t('asrun.loading')}</p>}
      {state.status === 'error' && (
        <p className="message-error" role="alert">
          {errorMessage(state.error, t)}
        </p>
      )}
      {state.status === 'ready' && state.day.items.length === 0 && <p className="muted" data-testid="asrun-day-empty">{t('asrun.day.empty')}</p>}
      {state.status === 'ready' && state.day.items.length > 0 && (
        <>
          <ul className="asrun-list" data-testid="asrun-day-items">
            {state.day.items.map((item) => (
              <li key={item.itemId}>
                <label className="asrun-check">
                  <input type="checkbox" data-testid="asrun-day-item" checked={item.deskMarked || !unticked.has(item.itemId)} disabled={item.deskMarked || busy} onChange={() => toggle(item.itemId)} />
                  {stationClock(state.day.timeZone, Date.parse(item.plannedAt))} · {item.programTitle} · {item.title}
                  {item.languageCode && ` (${item.languageCode})`}
                </label>
                {item.deskMarked && <span className="muted small"> — {t('asrun.day.desk')}</span>}
                {!item.deskMarked && item.confirmed && <span className="muted small"> — {t('asrun.day.confirmedBadge')}</span>}
              </li>
            ))}
          </ul>
          <button type="button" className="button button-primary" data-testid="asrun-day-confirm" disabled={busy} onClick={() => void confirm(state.day)}>
            {t('asrun.day.confirm')}
          </button>
        </>
      )}
      {done && (
        <p role="status" data-testid="asrun-day-done">
          {t('asrun.day.done', done)}
        </p>
      )}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
