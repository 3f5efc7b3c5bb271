import type { Conflict, Rundown } from '../../../shared/domain/schedule.ts';

/** One list for the conflicts panel (issue #5): overlaps, DST shifts and every item issue. */
export function findConflicts(rundowns: readonly Rundown[]): Conflict[] {
  const out: Conflict[] = [];
  const live = rundowns.filter((r) => r.instance.status === 'scheduled').sort((a, b) => a.instance.startMs - b.instance.startMs);
  let latest: Rundown | undefined;
  for (const rd of live) {
    const i = rd.instance;
    if (latest && i.startMs < latest.instance.endMs) {
      out.push({ kind: 'overlap', date: i.date, instanceId: i.id, itemId: null, title: i.title, other: latest.instance.title });
    }
    if (!latest || i.endMs > latest.instance.endMs) latest = rd;
    if (i.shiftedMinutes > 0) out.push({ kind: 'dst_shifted', date: i.date, instanceId: i.id, itemId: null, title: i.title, other: null });
    for (const item of rd.items) {
      for (const issue of item.issues) {
        const kind = issue === 'not_yet_valid' ? 'expired' : issue;
        out.push({ kind, date: i.date, instanceId: i.id, itemId: item.id, title: item.title, other: i.title });
      }
    }
  }
  return out;
}
