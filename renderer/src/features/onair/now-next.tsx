import { useTranslation } from 'react-i18next';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { formatSpan } from '../schedule/schedule-format.ts';
import { endOf } from './onair-logic.ts';

/** The console's glance: what is on now with time left, what comes next with a countdown. */
export function NowNext({ now, next, nowMs }: { now: RundownItem | null; next: RundownItem | null; nowMs: number }) {
  const { t } = useTranslation();
  return (
    <section className="now-next" data-testid="onair-now" aria-label={t('onair.nowNext')}>
      <div className="now-card">
        <h2>{t('onair.now')}</h2>
        {now ? (
          <>
            <p className="now-title" data-testid="onair-now-title">{now.title || t(`schedule.kinds.${now.kind}`)}</p>
            <p className="countdown">{t('onair.remaining', { time: formatSpan((endOf(now) - nowMs) / 1000) })}</p>
          </>
        ) : (
          <p className="muted">{t('onair.nothingNow')}</p>
        )}
      </div>
      <div className="next-card">
        <h2>{t('onair.next')}</h2>
        {next ? (
          <>
            <p className="now-title" data-testid="onair-next-title">{next.title || t(`schedule.kinds.${next.kind}`)}</p>
            <p className="countdown" data-testid="onair-countdown">{t('onair.countdown', { time: formatSpan((next.plannedStartMs - nowMs) / 1000) })}</p>
          </>
        ) : (
          <p className="muted">{t('onair.nothingNext')}</p>
        )}
      </div>
    </section>
  );
}
