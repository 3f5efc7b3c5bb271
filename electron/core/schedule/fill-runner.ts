import type { FillResult } from '../../../shared/domain/schedule.ts';
import { autoFill, type FillBreak, type FillSegment } from '../../../shared/domain/schedule-fill.ts';
import type { Database } from '../db/database.ts';
import { listCampaigns } from './campaign-store.ts';
import { listInstances } from './instance-store.ts';
import { itemRows, rundownsFromRows, type AudioCheck } from './rundown-store.ts';
import { writeFill } from './fill-writer.ts';
import { loadSegments } from './segment-lookup.ts';

/**
 * Runs every campaign over [from, to]. Earlier auto placements in the range are replaced in the
 * same transaction, so running it twice gives the same schedule; hand-placed spots stay and count.
 */
export function runFill(db: Database, zone: string, from: string, to: string, audio: AudioCheck, dryRun: boolean): FillResult {
  const instances = listInstances(db, zone, from, to).filter((i) => i.status === 'scheduled');
  const rows = itemRows(db, instances.map((i) => i.id));
  const auto = new Set(rows.filter((r) => r.auto === 1).map((r) => r.id));
  // The fill reads only the rundowns' times and durations: no file checks (their issues are not
  // shown here) and no as-run, which on a year of airings were most of the reading (issue #16).
  const rundowns = rundownsFromRows(db, instances, rows, () => true, new Map());
  const breaks: FillBreak[] = [];
  const existing: { segmentId: string; startMs: number }[] = [];
  // Maps, not finds: a year of airings has thousands of breaks (bench: scripts/bench/schedule-bench.ts).
  const capacityOf = new Map(rows.map((r) => [r.id, r.duration_sec]));
  for (const rd of rundowns) {
    const manualSec = new Map<string, number>();
    for (const s of rd.items) if (s.parentId && !auto.has(s.id)) manualSec.set(s.parentId, (manualSec.get(s.parentId) ?? 0) + s.durationSec);
    for (const item of rd.items) {
      if (item.kind === 'spot_break') {
        const capacity = capacityOf.get(item.id) ?? item.durationSec;
        breaks.push({
          id: item.id,
          date: rd.instance.date,
          wallMin: (rd.instance.startMin + Math.floor(item.offsetSec / 60)) % 1440,
          startMs: item.plannedStartMs,
          capacitySec: capacity,
          usedSec: manualSec.get(item.id) ?? 0,
          languages: rd.instance.languages,
        });
      } else if (item.segmentId && !auto.has(item.id)) {
        existing.push({ segmentId: item.segmentId, startMs: item.plannedStartMs });
      }
    }
  }
  const campaigns = listCampaigns(db).filter((c) => c.startDate <= to && c.endDate >= from);
  const infos = loadSegments(db, campaigns.flatMap((c) => c.segmentIds));
  const segments = new Map<string, FillSegment>();
  for (const [id, s] of infos) {
    segments.set(id, { ...s, versions: s.versions.map((v) => ({ ...v, hasAudio: audio(v.assetId, v.ext) })) });
  }
  const result = autoFill({ from, to, breaks, campaigns, segments, existing });
  // A fill that places nothing for want of breaks can offer to add one to exactly these rundowns.
  result.breakless = rundowns
    .filter((rd) => !rd.items.some((i) => i.kind === 'spot_break'))
    .map((rd) => ({ instanceId: rd.instance.id, date: rd.instance.date, startMin: rd.instance.startMin, title: rd.instance.title }));
  if (!dryRun) writeFill(db, rows, result.placements);
  return result;
}
