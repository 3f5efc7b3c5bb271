import { randomUUID } from 'node:crypto';
import type { PlannedItem } from '../../../../shared/api/methods/asrun.ts';
import { writeTransaction, type Database } from '../../db/database.ts';
import { listInstances } from '../../schedule/instance-store.ts';
import { loadRundowns } from '../../schedule/rundown-store.ts';

const PLAYABLE = new Set(['segment', 'jingle', 'spot']);
const confirmedKey = (itemId: string) => `confirmed:${itemId}`;

/**
 * What the rundowns planned to air on a station-zone day: every item with a version, from scheduled
 * (not cancelled) airings. Audio on disk does not matter here: the question is what aired.
 */
export function plannedItems(db: Database, zone: string, date: string): PlannedItem[] {
  const instances = listInstances(db, zone, date, date).filter((i) => i.status === 'scheduled');
  const rundowns = loadRundowns(db, instances, () => true);
  const items = rundowns.flatMap((rd) => rd.items.filter((it) => PLAYABLE.has(it.kind) && it.versionId !== null).map((it) => ({ rd, it })));
  const ids = JSON.stringify(items.map(({ it }) => it.id));
  const confirmed = new Set(db.prepare(`SELECT line_key FROM report_asrun WHERE line_key IN (SELECT 'confirmed:' || value FROM json_each(?))`).pluck().all(ids) as string[]);
  const desk = new Set(db.prepare(`SELECT item_id FROM schedule_asrun WHERE status IN ('aired','played') AND item_id IN (SELECT value FROM json_each(?))`).pluck().all(ids) as string[]);
  return items.map(({ rd, it }) => ({
    itemId: it.id,
    instanceId: rd.instance.id,
    programTitle: rd.instance.title,
    title: it.title,
    versionId: it.versionId as string,
    languageCode: it.languageCode,
    plannedAt: new Date(it.plannedStartMs).toISOString(),
    durationSec: it.durationSec,
    confirmed: confirmed.has(confirmedKey(it.id)),
    deskMarked: desk.has(it.id),
  }));
}

/**
 * "Everything in the rundown aired as planned, except…": one `confirmed` row per item (its line_key
 * is the item, so confirming twice adds nothing), an exception withdraws an earlier confirmation,
 * and items Al aire already marked are left alone so an airing never counts twice.
 */
export function confirmDay(db: Database, zone: string, date: string, exceptItemIds: readonly string[]): { confirmed: number; already: number; withdrawn: number } {
  const except = new Set(exceptItemIds);
  const items = plannedItems(db, zone, date).filter((i) => !i.deskMarked);
  const out = { confirmed: 0, already: 0, withdrawn: 0 };
  writeTransaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO report_asrun (id, source, status, version_id, title, aired_at, seconds, line_key, log_import_id, raw)
       VALUES (?, 'confirmed', 'matched', ?, ?, ?, ?, ?, NULL, '') ON CONFLICT (line_key) DO NOTHING`,
    );
    const withdraw = db.prepare(`DELETE FROM report_asrun WHERE line_key = ? AND source = 'confirmed'`);
    for (const item of items) {
      if (except.has(item.itemId)) {
        out.withdrawn += withdraw.run(confirmedKey(item.itemId)).changes;
        continue;
      }
      const added = insert.run(randomUUID(), item.versionId, item.title, item.plannedAt, item.durationSec, confirmedKey(item.itemId)).changes > 0;
      if (added) out.confirmed += 1;
      else out.already += 1;
    }
  });
  return out;
}
