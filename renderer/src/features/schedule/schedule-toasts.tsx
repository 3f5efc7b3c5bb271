import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  /** A new id per message, so the same text twice still restarts its timer. */
  id: number;
  error: boolean;
  text: string;
  /** Optional action on the toast itself (Deshacer right after a change). */
  action?: { label: string; run(): void };
}

/** Errors stay longer: they are read, not glanced at. */
export const NOTICE_MS = { info: 5_000, error: 10_000 } as const;

/**
 * Success and error messages of the grid as a toast over the page's corner: it never pushes the
 * grid down (the old banner did, under the pointer mid-drag) and goes away by itself.
 */
export function ScheduleToast({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDismiss, notice.error ? NOTICE_MS.error : NOTICE_MS.info);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className="schedule-toasts no-print" aria-live="polite">
      {notice && (
        <div key={notice.id} className={notice.error ? 'schedule-toast error' : 'schedule-toast'} role={notice.error ? 'alert' : 'status'} data-testid="schedule-toast">
          <span>{notice.text}</span>
          {notice.action && (
            <button type="button" className="button button-small" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label={t('common.close')} title={t('common.close')} onClick={onDismiss}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
