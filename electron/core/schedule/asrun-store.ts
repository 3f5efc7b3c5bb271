import type { AsRunEntry } from '../../../shared/domain/schedule.ts';
import { writeTransaction, type Database } from '../db/database.ts';

interface AsRunRow {
  id: string;
  instance_id: string | null;
  item_id: string | null;
  title: string;
  segment_id: string | null;
  version_id: string | null;
  status: AsRunEntry['status'];
  at: string;
}

const toEntry = (r: AsRunRow): AsRunEntry => ({
  id: r.id,
  instanceId: r.instance_id,
  itemId: r.item_id,
  title: r.title,
  segmentId: r.segment_id,
  versionId: r.version_id,
  status: r.status,
  at: r.at,
});

/** Written at once (synchronous=FULL): what aired survives a power cut a second later. */
export function recordAsRun(db: Database, entry: Omit<AsRunEntry, 'id'>): AsRunEntry {
  const id = crypto.randomUUID();
  writeTransaction(db, () =>
    db
      .prepare('INSERT INTO schedule_asrun (id, instance_id, item_id, title, segment_id, version_id, status, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, entry.instanceId, entry.itemId, entry.title, entry.segmentId, entry.versionId, entry.status, entry.at),
  );
  return { id, ...entry };
}

/** Entries between two instants (ISO strings compare in order because they are all UTC `Z`). */
export function listAsRun(db: Database, fromIso: string, toIso: string): AsRunEntry[] {
  return (db.prepare('SELECT * FROM schedule_asrun WHERE at >= ? AND at < ? ORDER BY at, id').all(fromIso, toIso) as AsRunRow[]).map(toEntry);
}
