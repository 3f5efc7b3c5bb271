import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance } from '../../../../shared/domain/schedule.ts';
import { intlLocale } from '../../i18n/civil-date.ts';
import { DAY_KEYS, DAY_MIN, layoutWeek } from './grid-geometry.ts';
import { ProgramBlock, type BlockKeys } from './program-block.tsx';
import { clockOf } from './schedule-format.ts';
import { useGridDrag, type GridDragHandlers } from './use-grid-drag.ts';
import { useVisibleWindow } from './use-visible-window.ts';

interface Props extends GridDragHandlers, BlockKeys {
  instances: readonly Instance[];
  weekDates: readonly string[];
  today: string;
  nowMinute: number | null;
  selectedId: string | null;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

const DAYS = DAY_KEYS.map((_, day) => day);

/**
 * Keyboard layer: a roving-tabindex grid of hour cells (arrows move, Enter creates a program there).
 * Nothing here depends on the week's dates, so a week change neither re-renders nor remounts its 168
 * cells (the bench's profile: keyed by date, every week change rebuilt them and their 336 t() calls).
 */
const HourCells = memo(function HourCells({ onCreate }: { onCreate: GridDragHandlers['onCreate'] }) {
  const { t } = useTranslation();
  const [active, setActive] = useState({ day: 0, hour: 8 });
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const mv = moves[event.key];
    if (event.key === 'Enter' || event.key === ' ') onCreate(active.day, active.hour * 60, 60);
    else if (mv) {
      const next = { day: Math.min(6, Math.max(0, active.day + mv[0])), hour: Math.min(23, Math.max(0, active.hour + mv[1])) };
      setActive(next);
      ref.current?.querySelector<HTMLElement>(`[data-cell="${next.day}-${next.hour}"]`)?.focus();
    } else return;
    event.preventDefault();
  };
  return (
    <div className="hour-cells" role="grid" aria-label={t('schedule.gridLabel')} ref={ref} onKeyDown={onKeyDown}>
      {HOURS.map((hour) => (
        <div role="row" className="hour-row" key={hour}>
          {DAYS.map((day) => (
            <div
              key={day}
              role="gridcell"
              className="hour-cell"
              data-cell={`${day}-${hour}`}
              tabIndex={active.day === day && active.hour === hour ? 0 : -1}
              aria-label={t('schedule.slotLabel', { day: t(`schedule.daysLong.${DAY_KEYS[day] ?? 'mon'}`), time: clockOf(hour * 60) })}
              onFocus={() => setActive({ day, hour })}
            />
          ))}
        </div>
      ))}
    </div>
  );
});

export function WeekGrid(props: Props) {
  const { t, i18n } = useTranslation();
  const { instances, weekDates, today, nowMinute, selectedId } = props;
  const placed = useMemo(() => layoutWeek(instances, weekDates), [instances, weekDates]);
  const { drag, bind } = useGridDrag(instances, weekDates, props);
  const scroller = useRef<HTMLDivElement>(null);
  // Opens on the morning: most community stations sign on at 6.
  const visible = useVisibleWindow(scroller, 6 * 60);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const todayIndex = weekDates.indexOf(today);
  // The page's onCreate changes with every week; the hour cells only need to call the current one.
  const createRef = useRef(props.onCreate);
  useLayoutEffect(() => {
    createRef.current = props.onCreate;
  }, [props.onCreate]);
  const onCreate = useCallback<GridDragHandlers['onCreate']>((day, startMin, durationMin) => createRef.current(day, startMin, durationMin), []);
  const labels = useMemo(() => {
    const days = DAY_KEYS.map((k) => t(`schedule.daysLong.${k}`));
    // One translation with placeholders, filled per block: 1,000 blocks must not cost 1,000 t() calls.
    const template = t('schedule.blockWhen', { day: '\u0001', start: '\u0002', end: '\u0003' });
    return {
      when: (day: number, start: number, end: number) => template.replace('\u0001', days[day] ?? '').replace('\u0002', clockOf(start)).replace('\u0003', clockOf(end)),
      cancelled: t('schedule.cancelled'),
      grip: t('schedule.grid.grip'),
    };
  }, [t]);
  const dayFmt = new Intl.DateTimeFormat(intlLocale(i18n.language), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <div className="week-grid" data-testid="week-grid">
      <div className="week-head" aria-hidden="true">
        <span />
        {weekDates.map((date, day) => (
          <span key={date} className={day === todayIndex ? 'week-day today' : 'week-day'}>
            {t(`schedule.days.${DAY_KEYS[day] ?? 'mon'}`)} {dayFmt.format(new Date(`${date}T12:00:00Z`))}
          </span>
        ))}
      </div>
      <div className="week-scroll" ref={scroller}>
        <div className="week-gutter" aria-hidden="true">
          {HOURS.map((h) => (
            <span key={h} className="hour-label" style={{ '--hour': h } as CSSProperties}>
              {clockOf(h * 60)}
            </span>
          ))}
        </div>
        <div className="week-body" {...bind}>
          <HourCells onCreate={onCreate} />
          <div className="week-blocks" onFocus={(e) => setFocusedId((e.target as HTMLElement).dataset.blockId ?? null)}>
            {placed.map((b) => {
              const moving = drag?.kind === 'move' && drag.instance.id === b.instance.id && drag.moved ? drag : null;
              const resizing = drag?.kind === 'resize' && drag.instance.id === b.instance.id ? drag : null;
              const { id, startMin, durationMin } = b.instance;
              // Off-screen blocks are not rendered, except the ones the user holds (focus, selection, drag).
              const offscreen = startMin + durationMin < visible.from || startMin > visible.to;
              if (offscreen && id !== focusedId && id !== selectedId && !moving && !resizing) return null;
              return (
                <ProgramBlock
                  key={b.instance.id}
                  instance={b.instance}
                  day={moving ? moving.day : b.day}
                  lane={moving ? 0 : b.lane}
                  lanes={moving ? 1 : b.lanes}
                  startMin={moving ? moving.startMin : b.instance.startMin}
                  durationMin={resizing ? resizing.durationMin : b.instance.durationMin}
                  selected={b.instance.id === selectedId}
                  dragging={moving !== null || resizing !== null}
                  overlaps={b.overlaps}
                  onNudge={props.onNudge}
                  onResize={props.onResize}
                  onOpen={props.onOpen}
                  labels={labels}
                />
              );
            })}
            {drag?.kind === 'create' && (
              <div className="create-ghost" style={{ '--day': drag.day, '--start': drag.startMin, '--len': drag.endMin - drag.startMin } as CSSProperties} aria-hidden="true">
                {clockOf(drag.startMin)}–{clockOf(Math.min(drag.endMin, DAY_MIN))}
              </div>
            )}
            {todayIndex >= 0 && nowMinute !== null && (
              <div className="today-line" data-testid="today-line" style={{ '--day': todayIndex, '--start': nowMinute } as CSSProperties} aria-hidden="true" />
            )}
          </div>
        </div>
      </div>
      <p className="grid-hint small muted">{t('schedule.keyboardHint')}</p>
    </div>
  );
}
