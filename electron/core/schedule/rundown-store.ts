import { UserFacingError } from '../../../shared/api/errors.ts';
export type { ItemRow } from './item-row.ts';
import type { Instance, ItemIssue, ItemKind, Rundown, RundownItem } from '../../../shared/domain/schedule.ts';
import type { z } from 'zod';
import type { rundownAddSchema } from '../../../shared/domain/schedule.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { findAutoSpot, moveInBreak, parseAutoSpots, spotRow, writeAutoSpots, type AutoSpotsColumn } from './auto-spots.ts';
import type { ItemRow } from './item-row.ts';
import { loadSegments, validityIssue, versionForLanguages, type SegmentInfo, type VersionInfo } from './segment-lookup.ts';

/** Whether an asset's file is on disk; injected so tests and the bench can stub the file system. */
export type AudioCheck = (assetId: string, ext: string) => boolean;

const DEFAULT_SEC: Partial<Record<ItemKind, number>> = { live: 600, spot_break: 120 };

/**
 * The rows of these airings, a break's auto spots among them as rows of their own (auto-spots.ts),
 * in no order: buildRundown orders each level (a join and no ORDER BY read a year in ~60% of the time).
 */
export function itemRows(db: Database, instanceIds: readonly string[]): ItemRow[] {
  const stored = db
    .prepare(
      `SELECT i.id, i.instance_id, i.parent_id, i.position, i.kind, i.title, i.segment_id, i.version_id, i.campaign_id, i.duration_sec, i.auto, i.auto_spots
       FROM json_each(?) AS j JOIN schedule_items AS i ON i.instance_id = j.value`,
    )
    .all(JSON.stringify([...new Set(instanceIds)])) as (ItemRow & { auto_spots: AutoSpotsColumn })[];
  const rows: ItemRow[] = [];
  // The row object is kept as read (its auto_spots along): a copy without it was a tenth of the read.
  for (const row of stored) {
    rows.push(row);
    if (row.auto_spots) for (const spot of parseAutoSpots(row.auto_spots)) rows.push(spotRow(row, spot));
  }
  return rows;
}

function resolve(row: ItemRow, instance: Instance, segments: Map<string, SegmentInfo>, audio: AudioCheck) {
  const issues: ItemIssue[] = [];
  const segment = row.segment_id ? segments.get(row.segment_id) : undefined;
  let version: VersionInfo | null = null;
  if (segment) {
    version = row.version_id ? (segment.versions.find((v) => v.id === row.version_id) ?? null) : versionForLanguages(segment, instance.languages);
    if (!version) issues.push('no_language_version');
    const validity = validityIssue(segment, instance.date);
    if (validity) issues.push(validity);
    if (version && !audio(version.assetId, version.ext)) issues.push('audio_missing');
  }
  return { segment, version, issues };
}

const byPosition = (a: ItemRow, b: ItemRow) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Items with planned starts from durations; a break as long as its capacity or its spots, whichever is more. */
export function buildRundown(instance: Instance, rows: ItemRow[], segments: Map<string, SegmentInfo>, audio: AudioCheck, asRun: Map<string, RundownItem['asRun']>): Rundown {
  const top = rows.filter((r) => r.parent_id === null).sort(byPosition);
  const children = new Map<string, ItemRow[]>();
  for (const r of rows) {
    if (!r.parent_id) continue;
    const list = children.get(r.parent_id);
    if (list) list.push(r);
    else children.set(r.parent_id, [r]);
  }
  for (const list of children.values()) if (list.length > 1) list.sort(byPosition);
  const items: RundownItem[] = [];
  let offset = 0;
  const toItem = (row: ItemRow, at: number): RundownItem => {
    const { segment, version, issues } = resolve(row, instance, segments, audio);
    return {
      id: row.id,
      instanceId: instance.id,
      parentId: row.parent_id,
      position: row.position,
      kind: row.kind,
      title: row.title || segment?.title || '',
      segmentId: row.segment_id,
      versionId: version?.id ?? null,
      languageCode: version?.languageCode ?? null,
      assetId: version?.assetId ?? null,
      campaignId: row.campaign_id,
      durationSec: version ? version.durationSec : row.duration_sec,
      offsetSec: at,
      plannedStartMs: instance.startMs + at * 1000,
      issues,
      asRun: asRun.get(row.id) ?? null,
    };
  };
  for (const row of top) {
    const item = toItem(row, offset);
    items.push(item);
    if (row.kind !== 'spot_break') {
      offset += item.durationSec;
      continue;
    }
    let inner = offset;
    for (const spot of children.get(row.id) ?? []) {
      const s = toItem(spot, inner);
      items.push(s);
      inner += s.durationSec;
    }
    const filled = inner - offset;
    if (filled > row.duration_sec + 0.5) item.issues.push('break_overfilled');
    offset += Math.max(row.duration_sec, filled);
  }
  return { instance, items, plannedSec: offset, overrunSec: offset - instance.durationMin * 60 };
}

export function asRunByItem(db: Database, itemIds: readonly string[]): Map<string, RundownItem['asRun']> {
  const rows = db
    .prepare(`SELECT item_id, status FROM schedule_asrun WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY at`)
    .all(JSON.stringify(itemIds)) as { item_id: string; status: 'aired' | 'skipped' | 'played' }[];
  return new Map(rows.map((r) => [r.item_id, r.status]));
}

export function loadRundowns(db: Database, instances: Instance[], audio: AudioCheck): Rundown[] {
  const rows = itemRows(db, instances.map((i) => i.id));
  return rundownsFromRows(db, instances, rows, audio, asRunByItem(db, rows.map((r) => r.id)));
}

/**
 * What the foreign keys did for auto spots when they were rows (auto-spots.ts): a spot of a deleted
 * campaign is gone (CASCADE); a deleted segment or version reads as none (SET NULL), so a version
 * for the airing's languages is chosen as for any spot without one.
 */
function withForeignKeys(db: Database, rows: readonly ItemRow[], segments: Map<string, SegmentInfo>): readonly ItemRow[] {
  if (!rows.some((r) => r.auto === 1)) return rows;
  const campaigns = new Set(db.prepare('SELECT id FROM schedule_campaigns').pluck().all() as string[]);
  const out: ItemRow[] = [];
  for (const r of rows) {
    if (r.auto !== 1) out.push(r);
    else if (r.campaign_id !== null && campaigns.has(r.campaign_id)) {
      const segment = r.segment_id ? segments.get(r.segment_id) : undefined;
      if (!segment) out.push({ ...r, segment_id: null, version_id: null });
      else if (r.version_id && !segment.versions.some((v) => v.id === r.version_id)) out.push({ ...r, version_id: null });
      else out.push(r);
    }
  }
  return out;
}

/** Rundowns from item rows already read: a fill needs the rows for its own bookkeeping too, and reads a year's once (issue #16). */
export function rundownsFromRows(db: Database, instances: Instance[], rows: readonly ItemRow[], audio: AudioCheck, asRun: Map<string, RundownItem['asRun']>): Rundown[] {
  const segments = loadSegments(db, rows.flatMap((r) => (r.segment_id ? [r.segment_id] : [])));
  const byInstance = new Map<string, ItemRow[]>();
  for (const r of withForeignKeys(db, rows, segments)) {
    const list = byInstance.get(r.instance_id);
    if (list) list.push(r);
    else byInstance.set(r.instance_id, [r]);
  }
  return instances.map((i) => buildRundown(i, byInstance.get(i.id) ?? [], segments, audio, asRun));
}

type AddInput = z.output<typeof rundownAddSchema>;

export function addItem(db: Database, input: AddInput): string {
  let title = input.title ?? '';
  if (input.kind === 'segment' || input.kind === 'jingle') {
    if (!input.segmentId) throw new UserFacingError('invalid_input', 'segmentId is required', { field: 'segmentId' });
    const seg = loadSegments(db, [input.segmentId]).get(input.segmentId);
    if (!seg) throw new UserFacingError('not_found', `No segment ${input.segmentId}`, { id: input.segmentId });
    title ||= seg.title;
  }
  const id = crypto.randomUUID();
  writeTransaction(db, () => {
    const top = db.prepare('SELECT id FROM schedule_items WHERE instance_id = ? AND parent_id IS NULL ORDER BY position, id').pluck().all(input.instanceId) as string[];
    const at = Math.min(input.position ?? top.length, top.length);
    top.splice(at, 0, id);
    db.prepare('INSERT INTO schedule_items (id, instance_id, position, kind, title, segment_id, duration_sec) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      id,
      input.instanceId,
      at,
      input.kind,
      title,
      input.segmentId ?? null,
      input.durationSec ?? DEFAULT_SEC[input.kind] ?? 0,
    );
    const pos = db.prepare('UPDATE schedule_items SET position = ? WHERE id = ?');
    top.forEach((itemId, index) => pos.run(index, itemId));
  });
  return id;
}

export function moveItem(db: Database, itemId: string, position: number): string {
  const row = db.prepare('SELECT instance_id, parent_id FROM schedule_items WHERE id = ?').get(itemId) as { instance_id: string; parent_id: string | null } | undefined;
  const spot = row ? null : findAutoSpot(db, itemId);
  if (!row && !spot) throw new UserFacingError('not_found', `No item ${itemId}`, { id: itemId });
  const parentId = row ? row.parent_id : (spot?.breakId ?? null);
  writeTransaction(db, () => {
    if (parentId !== null) return moveInBreak(db, parentId, itemId, position);
    const siblings = db
      .prepare('SELECT id FROM schedule_items WHERE instance_id = ? AND parent_id IS NULL AND id != ? ORDER BY position, id')
      .pluck()
      .all(row?.instance_id, itemId) as string[];
    siblings.splice(Math.max(0, Math.min(position, siblings.length)), 0, itemId);
    const pos = db.prepare('UPDATE schedule_items SET position = ? WHERE id = ?');
    siblings.forEach((id, index) => pos.run(index, id));
  });
  return row?.instance_id ?? spot?.instanceId ?? '';
}

export function removeItem(db: Database, itemId: string): string {
  const instanceId = db.prepare('SELECT instance_id FROM schedule_items WHERE id = ?').pluck().get(itemId) as string | undefined;
  if (instanceId) {
    writeTransaction(db, () => db.prepare('DELETE FROM schedule_items WHERE id = ?').run(itemId));
    return instanceId;
  }
  // Read and written in one transaction: a fill in another window may rewrite the break meanwhile.
  const spot = writeTransaction(db, () => {
    const found = findAutoSpot(db, itemId);
    if (found) writeAutoSpots(db, found.breakId, found.spots.filter((s) => s.id !== itemId));
    return found;
  });
  if (!spot) throw new UserFacingError('not_found', `No item ${itemId}`, { id: itemId });
  return spot.instanceId;
}

/** The airing an item belongs to, a break's auto spot included; undefined when there is no such item. */
export function instanceOfItem(db: Database, itemId: string): string | undefined {
  const instanceId = db.prepare('SELECT instance_id FROM schedule_items WHERE id = ?').pluck().get(itemId) as string | undefined;
  return instanceId ?? findAutoSpot(db, itemId)?.instanceId;
}
