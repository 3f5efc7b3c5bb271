import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import type { Instance } from '../../../../shared/domain/schedule.ts';
import { DAY_MIN, inkFor, SNAP_MIN } from './grid-geometry.ts';
import { clockOf } from './schedule-format.ts';

export interface BlockKeys {
  onNudge(instance: Instance, dayDelta: number, minuteDelta: number): void;
  onResize(instance: Instance, durationMin: number): void;
  onOpen(instance: Instance): void;
}

interface Props extends BlockKeys {
  instance: Instance;
  day: number;
  lane: number;
  lanes: number;
  startMin: number;
  durationMin: number;
  selected: boolean;
  dragging: boolean;
  overlaps: boolean;
  /** Labels from the grid, which translates once per render instead of once per block. */
  labels: { when(day: number, start: number, end: number): string; cancelled: string; grip: string };
}

/**
 * One airing. Position comes in as CSS custom properties (set through the CSSOM, which the strict
 * CSP allows) so the print stylesheet can rescale the whole day to fit an A4 page.
 */
export const ProgramBlock = memo(function ProgramBlock(props: Props) {
  const { instance, day, lane, lanes, startMin, durationMin } = props;
  const end = Math.min(startMin + durationMin, DAY_MIN);
  const style = {
    '--day': day,
    '--lane': lane,
    '--lanes': lanes,
    '--start': startMin,
    '--len': Math.max(end - startMin, SNAP_MIN),
    backgroundColor: instance.color,
    color: inkFor(instance.color),
  } as CSSProperties;
  const visible = `${clockOf(startMin)} ${instance.title}${instance.status === 'cancelled' ? ` ${props.labels.cancelled}` : ''}`;
  // The name starts with exactly what is seen (WCAG 2.5.3), then says the day and the end time.
  const label = `${visible}, ${props.labels.when(day, startMin, end)}`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowUp: -SNAP_MIN, ArrowDown: SNAP_MIN } as const;
    if (event.key === 'Enter' || event.key === ' ') props.onOpen(instance);
    else if (event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      const next = Math.min(Math.max(SNAP_MIN, durationMin + step[event.key]), DAY_MIN - startMin);
      if (next !== durationMin) props.onResize(instance, next);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') props.onNudge(instance, 0, step[event.key]);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') props.onNudge(instance, event.key === 'ArrowLeft' ? -1 : 1, 0);
    else return;
    event.preventDefault();
  };
  const classes = ['program-block'];
  if (props.selected) classes.push('selected');
  if (props.dragging) classes.push('dragging');
  if (props.overlaps) classes.push('overlaps');
  if (instance.status === 'cancelled') classes.push('cancelled');
  if (instance.edited) classes.push('edited');
  return (
    <div
      className={classes.join(' ')}
      style={style}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={props.selected}
      data-testid="program-block"
      data-block-id={instance.id}
      onKeyDown={onKeyDown}
    >
      {/* Three nodes per block, not five: a week of 1,000 blocks is mostly style and layout work. The
          move grip is the only place a drag moves the airing (a drag elsewhere just selects it, so a
          click that slips does not reschedule a show); the resize grip is the ::after strip at the
          bottom edge (use-grid-drag.ts hit-tests it). */}
      <span className="block-grip" data-grip="move" title={props.labels.grip} aria-hidden="true" />
      <b>{clockOf(startMin)}</b> {instance.title}
      {instance.status === 'cancelled' ? ` ${props.labels.cancelled}` : ''}
    </div>
  );
});
