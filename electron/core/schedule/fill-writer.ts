import type { FillResult } from '../../../shared/domain/schedule.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { serializeAutoSpots, type AutoSpot } from './auto-spots.ts';
import type { ItemRow } from './item-row.ts';

/** Auto spots follow a break's hand-placed ones: they start here and count up in placement order. */
const FIRST_AUTO_POSITION = 1000;

const sameSpot = (a: AutoSpot, b: AutoSpot) =>
  a.position === b.position && a.title === b.title && a.segmentId === b.segmentId && a.versionId === b.versionId && a.campaignId === b.campaignId;

/**
 * Writes a fill's placements as each break's auto spots (auto-spots.ts), replacing the ones an
 * earlier fill left in [from, to]. The fill is deterministic, so a re-run mostly places what is
 * already there: a spot exactly as it was keeps its id (Al aire and the as-run log name it), and a
 * break whose spots did not change is not written at all; a year re-run with nothing changed
 * writes nothing (issue #16).
 */
export function writeFill(db: Database, rows: readonly ItemRow[], placements: FillResult['placements']): void {
  const before = new Map<string, AutoSpot[]>();
  for (const r of rows) {
    if (r.auto !== 1 || r.parent_id === null) continue;
    const spot: AutoSpot = { id: r.id, position: r.position, title: r.title, segmentId: r.segment_id ?? '', versionId: r.version_id ?? '', campaignId: r.campaign_id ?? '' };
    const list = before.get(r.parent_id);
    if (list) list.push(spot);
    else before.set(r.parent_id, [spot]);
  }
  const after = new Map<string, AutoSpot[]>();
  for (const p of placements) {
    const list = after.get(p.breakItemId) ?? [];
    if (list.length === 0) after.set(p.breakItemId, list);
    list.push({ id: '', position: FIRST_AUTO_POSITION + list.length, title: p.title, segmentId: p.segmentId, versionId: p.versionId, campaignId: p.campaignId });
  }
  const changes: [string | null, string][] = [];
  for (const breakId of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(breakId) ?? [];
    const next = after.get(breakId) ?? [];
    const unused = [...old];
    for (const spot of next) {
      // A first fill has nothing to reuse: no search for each of its placements.
      const at = unused.length > 0 ? unused.findIndex((o) => sameSpot(o, spot)) : -1;
      spot.id = at >= 0 ? (unused.splice(at, 1)[0]?.id ?? crypto.randomUUID()) : crypto.randomUUID();
    }
    const unchanged = old.length === next.length && next.every((s, k) => old[k]?.id === s.id);
    if (!unchanged) changes.push([serializeAutoSpots(next), breakId]);
  }
  if (changes.length === 0) return;
  writeTransaction(db, () => {
    const update = db.prepare('UPDATE schedule_items SET auto_spots = ? WHERE id = ?');
    for (const [spots, breakId] of changes) update.run(spots, breakId);
  });
}
