import type { Instance } from '../../../../shared/domain/schedule.ts';

/** Vertical scale of the week grid: 48 px per hour keeps 15-minute steps (12 px) easy to hit with a mouse. */
export const PX_PER_MIN = 0.8;
export const SNAP_MIN = 15;
export const DAY_MIN = 1440;
export const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayKey = (typeof DAY_KEYS)[number];
/** RRULE weekday codes in grid order (Monday first, as Mexican calendars are). */
export const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function snap(minutes: number, step = SNAP_MIN): number {
  return Math.round(minutes / step) * step;
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Pointer position inside the grid body → (day index, raw minute); `rect` is the body's box. */
export function pointToSlot(rect: { left: number; top: number; width: number }, x: number, y: number): { day: number; minute: number } {
  const day = clamp(Math.floor(((x - rect.left) / Math.max(1, rect.width)) * 7), 0, 6);
  const minute = clamp((y - rect.top) / PX_PER_MIN, 0, DAY_MIN);
  return { day, minute };
}

const inks = new Map<string, '#000000' | '#ffffff'>();

/**
 * Black or white text, whichever reads better on a program's colour (WCAG contrast, not taste).
 * Cached: a week has a handful of colours and 1,000 blocks asking.
 */
export function inkFor(color: string): '#000000' | '#ffffff' {
  let ink = inks.get(color);
  if (ink === undefined) {
    ink = contrastInk(color);
    inks.set(color, ink);
  }
  return ink;
}

function contrastInk(color: string): '#000000' | '#ffffff' {
  const n = Number.parseInt(color.slice(1), 16);
  if (!/^#[0-9a-fA-F]{6}$/.test(color) || Number.isNaN(n)) return '#000000';
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

export interface PlacedBlock {
  instance: Instance;
  day: number;
  lane: number;
  lanes: number;
  /** Shares air time with another airing that is not cancelled: outlined in red on the grid. */
  overlaps: boolean;
}

/**
 * Side-by-side lanes for airings that overlap on the same day (an overlap is a conflict, but the
 * grid must still show both). Greedy interval colouring: O(n log n), fine for 1,000 blocks a week.
 */
export function layoutWeek(instances: readonly Instance[], weekDates: readonly string[]): PlacedBlock[] {
  const out: PlacedBlock[] = [];
  weekDates.forEach((date, day) => {
    const items = instances.filter((i) => i.date === date).sort((a, b) => a.startMin - b.startMin || b.durationMin - a.durationMin);
    let cluster: PlacedBlock[] = [];
    let clusterEnd = -1;
    let laneEnds: number[] = [];
    const close = () => {
      const lanes = Math.max(1, laneEnds.length);
      for (const b of cluster) b.lanes = lanes;
      cluster = [];
      laneEnds = [];
    };
    for (const instance of items) {
      const end = instance.startMin + instance.durationMin;
      if (instance.startMin >= clusterEnd) close();
      let lane = laneEnds.findIndex((e) => e <= instance.startMin);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(end);
      } else laneEnds[lane] = end;
      const block: PlacedBlock = { instance, day, lane, lanes: 1, overlaps: false };
      cluster.push(block);
      out.push(block);
      clusterEnd = Math.max(clusterEnd, end);
    }
    close();
    markOverlaps(out.filter((b) => b.day === day && b.instance.status !== 'cancelled'));
  });
  return out;
}

/** Blocks sorted by start: each is compared only with the ones that start before it ends. */
function markOverlaps(blocks: PlacedBlock[]): void {
  for (let i = 0; i < blocks.length; i += 1) {
    const a = blocks[i] as PlacedBlock;
    const end = a.instance.startMin + a.instance.durationMin;
    for (let j = i + 1; j < blocks.length; j += 1) {
      const b = blocks[j] as PlacedBlock;
      if (b.instance.startMin >= end) break;
      a.overlaps = true;
      b.overlaps = true;
    }
  }
}
