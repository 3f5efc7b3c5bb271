import type { Campaign } from './schedule.ts';
import { addDays, parseClock } from '../time/zoned-time.ts';

/** A spot break as auto-fill sees it: when, how much room is left, which languages the program speaks. */
export interface FillBreak {
  id: string;
  date: string;
  wallMin: number;
  startMs: number;
  capacitySec: number;
  usedSec: number;
  languages: readonly string[];
}

/** A break with its place in the time order and its program's language set as a small number. */
export interface Slot {
  b: FillBreak;
  index: number;
  langs: number;
}

/** A period's breaks inside the campaign's dayparts, in time order; `anyBreaks`: whether its days have any break at all. */
export interface Candidates {
  list: readonly Slot[];
  anyBreaks: boolean;
}

/** A campaign's dayparts as a test on minutes after midnight ("22:00"–"02:00" wraps). */
function daypartTest(dayparts: Campaign['dayparts']): (wallMin: number) => boolean {
  if (dayparts.length === 0) return () => true;
  const spans = dayparts.map((d) => [parseClock(d.start) ?? 0, parseClock(d.end) ?? 1440] as const);
  const test = (wallMin: number) => spans.some(([s, e]) => (s <= e ? wallMin >= s && wallMin < e : wallMin >= s || wallMin < e));
  // Every break of the year asks once per daypart set: answer the 1,440 minutes of a day up front.
  const minutes = Uint8Array.from({ length: 1440 }, (_, m) => (test(m) ? 1 : 0));
  return (wallMin) => (Number.isInteger(wallMin) && wallMin >= 0 && wallMin < 1440 ? minutes[wallMin] === 1 : test(wallMin));
}

/** The days' breaks that pass `test`, in time order (a break of an airing past midnight can come after the next day's first). */
function collect(days: readonly (readonly Slot[])[], test: (wallMin: number) => boolean, oneDay: boolean): Slot[] {
  const out: Slot[] = [];
  let inOrder = true;
  for (const day of days) {
    for (const s of day) {
      if (!test(s.b.wallMin)) continue;
      inOrder &&= (out.at(-1)?.index ?? -1) < s.index;
      out.push(s);
    }
  }
  if (!oneDay && !inOrder) out.sort((a, b) => a.index - b.index);
  return out;
}

/** What one daypart set has worked out: its test, its breaks of each day, its breaks of each span of days asked for. */
interface Group {
  test: (wallMin: number) => boolean;
  days: (readonly Slot[] | undefined)[];
  spans: Map<number, readonly Slot[]>;
}

/**
 * The fill's breaks in time order, by day of [from, to]. A year's fill asks for a period's breaks
 * ~4,000 times (issue #16) and campaigns share dayparts and weeks, so each daypart set filters a
 * day, or gathers and orders a span of days, once; the lists handed out are shared, not to be changed.
 */
export function slotIndex(breaks: readonly FillBreak[], from: string, to: string) {
  const sorted = [...breaks].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
  const langIds = new Map<string, number>();
  const slots: Slot[] = sorted.map((b, index) => {
    const key = b.languages.join('\u0000');
    let langs = langIds.get(key);
    if (langs === undefined) langIds.set(key, (langs = langIds.size));
    return { b, index, langs };
  });
  const byDate = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = byDate.get(s.b.date);
    if (list) list.push(s);
    else byDate.set(s.b.date, [s]);
  }
  const dayOf = new Map<string, number>();
  const dates: string[] = [];
  const byDay: Slot[][] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    dayOf.set(d, byDay.length);
    dates.push(d);
    byDay.push(byDate.get(d) ?? []);
  }
  // breaksBefore[d]: how many breaks the days before day d have, so "any break in these days" is a subtraction.
  const breaksBefore = new Int32Array(byDay.length + 1);
  byDay.forEach((day, d) => (breaksBefore[d + 1] = (breaksBefore[d] ?? 0) + day.length));
  const groups = new Map<string, Group>();
  /** A campaign's candidate breaks, period by period: campaigns with the same dayparts share what is worked out. */
  const candidatesFor = (dayparts: Campaign['dayparts']) => {
    const key = JSON.stringify(dayparts.map((d) => [d.start, d.end]));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { test: daypartTest(dayparts), days: [], spans: new Map() }));
    return (periodFrom: string, periodTo: string) => candidates(group, periodFrom, periodTo);
  };
  const candidates = (group: Group, periodFrom: string, periodTo: string): Candidates => {
    const first = dayOf.get(periodFrom);
    const last = dayOf.get(periodTo);
    if (first !== undefined && last !== undefined && first <= last) {
      const anyBreaks = (breaksBefore[last + 1] ?? 0) > (breaksBefore[first] ?? 0);
      if (first === last) return { list: (group.days[first] ??= collect([byDay[first] ?? []], group.test, true)), anyBreaks };
      const span = first * byDay.length + last;
      let list = group.spans.get(span);
      if (!list) group.spans.set(span, (list = collect(byDay.slice(first, last + 1), group.test, false)));
      return { list, anyBreaks };
    }
    // Only a period that ends before it starts (a campaign outside [from, to]) gets here: it keeps its first day, as it always has.
    const days: Slot[][] = [];
    for (let d = periodFrom; ; d = addDays(d, 1)) {
      days.push(byDate.get(d) ?? []);
      if (d >= periodTo) break;
    }
    return { list: collect(days, group.test, periodFrom === periodTo), anyBreaks: days.some((day) => day.length > 0) };
  };
  return { slots, dates, dayOf, candidatesFor };
}
