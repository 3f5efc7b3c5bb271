import type { Database } from '../db/database.ts';
import type { ItemRow } from './item-row.ts';

/**
 * A campaign fill's spots, kept as one JSON array on their break's row (schedule_items.auto_spots)
 * instead of a row each (issue #16). A year's fill places ~11,000 spots; as rows each one wrote five
 * B-tree entries keyed by random ids and checked five foreign keys (~20 µs a spot on a station PC,
 * ~300 ms a year). One array per break is one update of a row already there. Spots keep their own
 * ids: Al aire marks them, the as-run log names them, and the rundown moves and removes them.
 * What the foreign keys did is done where the spots are read (rundown-store.ts): a spot whose
 * campaign is gone is gone (CASCADE), a deleted segment or version reads as none (SET NULL).
 */
export interface AutoSpot {
  id: string;
  position: number;
  title: string;
  segmentId: string;
  versionId: string;
  campaignId: string;
}

/** The break row's column, as stored; null when the break holds no auto spot. */
export type AutoSpotsColumn = string | null;

/**
 * Stored as arrays, [id, position, title, segmentId, versionId, campaignId], not objects: a year of
 * breaks holds ~11,000 spots, and the keys were a quarter of the bytes every fill writes and every
 * commit syncs.
 */
type StoredSpot = [string, number, string, string, string, string];

const isStoredSpot = (v: unknown): v is StoredSpot =>
  Array.isArray(v) && v.length === 6 && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'string' && typeof v[3] === 'string' && typeof v[4] === 'string' && typeof v[5] === 'string';

/** The spots of one break; a malformed entry (a hand-edited database) is skipped, never thrown. */
export function parseAutoSpots(column: AutoSpotsColumn): AutoSpot[] {
  if (!column) return [];
  let value: unknown;
  try {
    value = JSON.parse(column);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const spots: AutoSpot[] = [];
  for (const v of value) {
    if (isStoredSpot(v)) spots.push({ id: v[0], position: v[1], title: v[2], segmentId: v[3], versionId: v[4], campaignId: v[5] });
  }
  return spots;
}

export function serializeAutoSpots(spots: readonly AutoSpot[]): AutoSpotsColumn {
  if (spots.length === 0) return null;
  return JSON.stringify(spots.map((s): StoredSpot => [s.id, s.position, s.title, s.segmentId, s.versionId, s.campaignId]));
}

/** A spot as the item row it was before issue #16, so rundowns, Al aire and exports read it unchanged. */
export function spotRow(breakRow: Pick<ItemRow, 'id' | 'instance_id'>, spot: AutoSpot): ItemRow {
  return {
    id: spot.id,
    instance_id: breakRow.instance_id,
    parent_id: breakRow.id,
    position: spot.position,
    kind: 'spot',
    title: spot.title,
    segment_id: spot.segmentId,
    version_id: spot.versionId,
    campaign_id: spot.campaignId,
    duration_sec: 0,
    auto: 1,
  };
}

export interface AutoSpotPlace {
  breakId: string;
  instanceId: string;
  spots: AutoSpot[];
}

/**
 * The break that holds an auto spot. instr() narrows the scan to rows whose text contains the id
 * (a year of breaks is a few thousand short strings); the parse confirms it is a spot's id.
 */
export function findAutoSpot(db: Database, spotId: string): AutoSpotPlace | null {
  const rows = db.prepare('SELECT id, instance_id, auto_spots FROM schedule_items WHERE auto_spots IS NOT NULL AND instr(auto_spots, ?) > 0').all(spotId) as {
    id: string;
    instance_id: string;
    auto_spots: AutoSpotsColumn;
  }[];
  for (const r of rows) {
    const spots = parseAutoSpots(r.auto_spots);
    if (spots.some((s) => s.id === spotId)) return { breakId: r.id, instanceId: r.instance_id, spots };
  }
  return null;
}

export function writeAutoSpots(db: Database, breakId: string, spots: readonly AutoSpot[]): void {
  db.prepare('UPDATE schedule_items SET auto_spots = ? WHERE id = ?').run(serializeAutoSpots(spots), breakId);
}

/**
 * Moves a spot among its break's spots, hand-placed rows and auto spots alike, and numbers them
 * again from 0 in the new order (what moveItem does for the rundown's top level). Runs inside the
 * caller's transaction.
 */
export function moveInBreak(db: Database, breakId: string, itemId: string, position: number): void {
  const rows = db.prepare('SELECT id, position FROM schedule_items WHERE parent_id = ?').all(breakId) as { id: string; position: number }[];
  const spots = parseAutoSpots(db.prepare('SELECT auto_spots FROM schedule_items WHERE id = ?').pluck().get(breakId) as AutoSpotsColumn);
  const siblings = [...rows.map((r) => ({ id: r.id, position: r.position, auto: false })), ...spots.map((s) => ({ id: s.id, position: s.position, auto: true }))]
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const moving = siblings.find((s) => s.id === itemId);
  if (!moving) return;
  const order = siblings.filter((s) => s !== moving);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, moving);
  const newPosition = new Map(order.map((s, index) => [s.id, index]));
  const pos = db.prepare('UPDATE schedule_items SET position = ? WHERE id = ?');
  for (const s of order) if (!s.auto) pos.run(newPosition.get(s.id), s.id);
  if (spots.length > 0) writeAutoSpots(db, breakId, spots.map((s) => ({ ...s, position: newPosition.get(s.id) ?? s.position })));
}
