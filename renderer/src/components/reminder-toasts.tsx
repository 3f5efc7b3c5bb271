import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/api/events.ts';
import { useApi } from '../api/api-context.tsx';
import '../styles/onair.css';

type Reminder = EventPayload<'schedule.reminder'>;

/** Toasts for the core's reminder cron (`schedule.reminder`): polite, dismissable, gone after a minute. */
export function ReminderToasts() {
  const { t } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<Reminder[]>([]);
  useEffect(
    () =>
      api.on('schedule.reminder', (r) => {
        setItems((list) => [...list.filter((x) => x.itemId !== r.itemId), r].slice(-4));
        setTimeout(() => setItems((list) => list.filter((x) => x !== r)), 60_000);
      }),
    [api],
  );
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="reminder-toasts">
      {items.map((r) => (
        <div className="toast" key={r.itemId} data-testid="reminder-toast">
          <span>{t('onair.reminder', { minutes: r.minutes, title: r.title })}</span>
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => setItems((list) => list.filter((x) => x !== r))}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
