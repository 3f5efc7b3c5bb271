import { useTranslation } from 'react-i18next';
import type { Instance, RundownItem } from '../../../../shared/domain/schedule.ts';
import { stationClock } from '../../i18n/station-clock.ts';
import { endOf, programTitle } from './onair-logic.ts';
import { BigClock, Countdown } from './station-clock.tsx';
import type { StationClock } from './use-station-clock.ts';

interface Props {
  clock: StationClock;
  timeZone: string;
  program: { now: Instance | null; next: Instance | null };
  item: { now: RundownItem | null; next: RundownItem | null };
}

/**
 * The console's glance (issue #11 req. 4): the station clock and the countdown to the next item,
 * the program on air ("Ahora") with its current item, and the program that follows ("Sigue").
 */
export function NowNext({ clock, timeZone, program, item }: Props) {
  const { t } = useTranslation();
  const itemTitle = (i: RundownItem) => i.title || t(`schedule.kinds.${i.kind}`);
  const span = (i: Instance) => `${stationClock(timeZone, i.startMs)}–${stationClock(timeZone, i.endMs)}`;
  return (
    <section className="now-next" data-testid="onair-now" aria-label={t('onair.nowNext')}>
      <div className="clock-card">
        <h2>{t('onair.clock')}</h2>
        <BigClock clock={clock} timeZone={timeZone} />
        {item.next ? (
          <>
            <p className="next-item" data-testid="onair-next-item">{t('onair.nextItem', { title: itemTitle(item.next), time: stationClock(timeZone, item.next.plannedStartMs, true) })}</p>
            <Countdown clock={clock} targetMs={item.next.plannedStartMs} textKey="onair.countdown" testId="onair-countdown" className="countdown countdown-big" />
          </>
        ) : (
          <p className="muted">{t('onair.noNextItem')}</p>
        )}
      </div>
      <div className="now-card">
        <h2>{t('onair.now')}</h2>
        {program.now ? (
          <>
            <p className="now-title" data-testid="onair-now-program">{programTitle(program.now)}</p>
            <p className="muted">{span(program.now)}</p>
            {item.now ? (
              <>
                <p className="now-item" data-testid="onair-now-item">{itemTitle(item.now)}</p>
                <Countdown clock={clock} targetMs={endOf(item.now)} textKey="onair.remaining" testId="onair-remaining" />
              </>
            ) : (
              <Countdown clock={clock} targetMs={program.now.endMs} textKey="onair.programRemaining" testId="onair-remaining" />
            )}
          </>
        ) : (
          <p className="muted">{t('onair.nothingNow')}</p>
        )}
      </div>
      <div className="next-card">
        <h2>{t('onair.next')}</h2>
        {program.next ? (
          <>
            <p className="now-title" data-testid="onair-next-program">{programTitle(program.next)}</p>
            <p className="muted">{span(program.next)}</p>
            <Countdown clock={clock} targetMs={program.next.startMs} textKey="onair.countdown" testId="onair-next-countdown" />
          </>
        ) : (
          <p className="muted">{t('onair.nothingNext')}</p>
        )}
      </div>
    </section>
  );
}
