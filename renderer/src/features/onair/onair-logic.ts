import type { Rundown, RundownItem } from '../../../../shared/domain/schedule.ts';

/** What goes on air, in order: every item but the break containers (their spots are listed instead). */
export function playable(rundowns: readonly Rundown[]): RundownItem[] {
  return rundowns
    .flatMap((rd) => rd.items.filter((i) => i.kind !== 'spot_break'))
    .sort((a, b) => a.plannedStartMs - b.plannedStartMs || a.position - b.position);
}

export function endOf(item: RundownItem): number {
  return item.plannedStartMs + item.durationSec * 1000;
}

/** The item whose planned slot contains `nowMs`, and the first one that starts after it. */
export function nowNext(items: readonly RundownItem[], nowMs: number): { now: RundownItem | null; next: RundownItem | null } {
  let now: RundownItem | null = null;
  for (const item of items) if (item.plannedStartMs <= nowMs && nowMs < endOf(item)) now = item;
  const next = items.find((i) => i.plannedStartMs > nowMs) ?? null;
  return { now, next };
}

/** The next item after `id` that has audio to play (auto-advance skips live blocks). */
export function nextWithAudio(items: readonly RundownItem[], id: string): RundownItem | null {
  const at = items.findIndex((i) => i.id === id);
  return items.slice(at + 1).find((i) => i.assetId !== null) ?? null;
}
