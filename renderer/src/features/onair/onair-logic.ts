import type { Instance, Rundown, RundownItem } from '../../../../shared/domain/schedule.ts';

/**
 * Every item of the day in airing order, spot breaks included (issue #11 req. 4): a break comes
 * right before its spots, as the core lists them. The sort is stable and by start only, so a break
 * and its first spot (same start) keep the core's order.
 */
export function rundownOrder(rundowns: readonly Rundown[]): RundownItem[] {
  return [...rundowns]
    .sort((a, b) => a.instance.startMs - b.instance.startMs)
    .flatMap((rd) => rd.items)
    .sort((a, b) => a.plannedStartMs - b.plannedStartMs);
}

export const programTitle = (i: Instance): string => i.replacementTitle || i.title;

export function endOf(item: RundownItem): number {
  return item.plannedStartMs + item.durationSec * 1000;
}

/**
 * The item whose planned slot contains `nowMs` (the innermost: a spot wins over its break, and a
 * break still holds "now" after its spots when it is longer than them), and the first item after it.
 */
export function nowNextItem(items: readonly RundownItem[], nowMs: number): { now: RundownItem | null; next: RundownItem | null } {
  let now: RundownItem | null = null;
  for (const item of items) if (item.plannedStartMs <= nowMs && nowMs < endOf(item)) now = item;
  const next = items.find((i) => i.plannedStartMs > nowMs) ?? null;
  return { now, next };
}

/** The airing whose slot holds `nowMs` ("Ahora" — 07:00–08:00 at 07:45) and the first that starts later ("Sigue"). */
export function nowNextProgram(rundowns: readonly Rundown[], nowMs: number): { now: Instance | null; next: Instance | null } {
  const instances = rundowns.map((rd) => rd.instance).sort((a, b) => a.startMs - b.startMs);
  return {
    now: instances.find((i) => i.startMs <= nowMs && nowMs < i.endMs) ?? null,
    next: instances.find((i) => i.startMs > nowMs) ?? null,
  };
}

/** The first instant after `nowMs` at which "now" or "next" changes; null when nothing changes today. */
export function nextChange(rundowns: readonly Rundown[], nowMs: number): number | null {
  let soonest: number | null = null;
  for (const rd of rundowns) {
    const edges = [rd.instance.startMs, rd.instance.endMs, ...rd.items.flatMap((i) => [i.plannedStartMs, endOf(i)])];
    for (const edge of edges) if (edge > nowMs && (soonest === null || edge < soonest)) soonest = edge;
  }
  return soonest;
}

/** The next item after `id` that has audio to play (auto-advance skips live blocks and break containers). */
export function nextWithAudio(items: readonly RundownItem[], id: string): RundownItem | null {
  const at = items.findIndex((i) => i.id === id);
  return items.slice(at + 1).find((i) => i.assetId !== null) ?? null;
}
