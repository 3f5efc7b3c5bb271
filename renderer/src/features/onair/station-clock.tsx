import { useTranslation } from 'react-i18next';
import { formatSpan, stationClock } from '../../i18n/station-clock.ts';
import { useSecondTick, type StationClock } from './use-station-clock.ts';

/** The station's wall clock, 24 h hh:mm:ss, ticking on its own timer. */
export function BigClock({ clock, timeZone }: { clock: StationClock; timeZone: string }) {
  const { t } = useTranslation();
  const nowMs = useSecondTick(clock);
  return (
    <time className="big-clock" data-testid="onair-clock" aria-label={t('onair.clockLabel', { zone: timeZone })} dateTime={new Date(nowMs).toISOString()}>
      {stationClock(timeZone, nowMs, true)}
    </time>
  );
}

/**
 * Seconds until (or left of) `targetMs`, in a translated sentence (`onair.countdown`, `onair.remaining`…).
 * Its own timer, like the clock: the page around it does not re-render each second.
 */
export function Countdown({ clock, targetMs, textKey, testId, className = 'countdown' }: { clock: StationClock; targetMs: number; textKey: string; testId?: string; className?: string }) {
  const { t } = useTranslation();
  const nowMs = useSecondTick(clock);
  // Whole seconds, rounded up: "0:01" until the edge itself, never "0:00" a second early.
  const seconds = Math.max(0, Math.ceil((targetMs - nowMs) / 1000));
  return (
    <p className={className} data-testid={testId}>
      {t(textKey, { time: formatSpan(seconds) })}
    </p>
  );
}
