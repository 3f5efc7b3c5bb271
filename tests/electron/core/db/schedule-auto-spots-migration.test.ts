import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { migrations } from '../../../../electron/core/db/migrations.ts';
import { scheduleAutoSpotsMigration } from '../../../../electron/core/db/migrations/schedule-auto-spots.ts';
import { getInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { loadRundowns } from '../../../../electron/core/schedule/rundown-store.ts';
import { seedSegment } from '../schedule/schedule-fixtures.ts';
import { databaseBefore } from '../support/old-database.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// Issue #16: a station upgrading keeps every auto spot a fill placed before — its id, place,
// segment, version and campaign — now on its break's row, and the as-run marks that name it.

const temp = useTempDir('cabina-auto-spots-db-');
const ids = {
  program: '10000000-0000-4000-8000-000000000001',
  instance: '20000000-0000-4000-8000-000000000001',
  live: '30000000-0000-4000-8000-000000000001',
  break: '30000000-0000-4000-8000-000000000002',
  spotA: '40000000-0000-4000-8000-000000000001',
  spotB: '40000000-0000-4000-8000-000000000002',
  orphan: '40000000-0000-4000-8000-000000000003',
  handPlaced: '40000000-0000-4000-8000-000000000004',
  campaign: '50000000-0000-4000-8000-000000000001',
};

describe('auto spots migration', () => {
  it('moves each auto spot onto its break with its id, keeps hand-placed spots as rows, and drops spots that had lost their segment', () => {
    const file = path.join(temp.path, 'old.db');
    const old = databaseBefore(file, scheduleAutoSpotsMigration);
    const a = seedSegment(old, { title: 'Derechos', versions: [{ lang: 'spa', durationSec: 30 }] });
    const b = seedSegment(old, { title: 'Salud', versions: [{ lang: 'spa', durationSec: 45 }] });
    old.prepare(`INSERT INTO schedule_programs (id, title, color, languages, rrule, start_date, start_time, duration_min, updated_at) VALUES (?, 'Noticias', '#1f5f8b', '["spa"]', 'FREQ=DAILY', '2026-03-09', '07:00', 60, 'now')`).run(ids.program);
    old.prepare(`INSERT INTO schedule_instances (id, program_id, occurrence_date) VALUES (?, ?, '2026-03-09')`).run(ids.instance, ids.program);
    old.prepare(`INSERT INTO schedule_campaigns (id, name, segment_ids, plays_per_day, start_date, end_date) VALUES (?, 'IREX', ?, 2, '2026-03-09', '2026-03-09')`).run(ids.campaign, JSON.stringify([a.id, b.id]));
    const item = old.prepare('INSERT INTO schedule_items (id, instance_id, parent_id, position, kind, title, segment_id, version_id, campaign_id, duration_sec, auto) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    item.run(ids.live, ids.instance, null, 0, 'live', 'Saludo', null, null, null, 300, 0);
    item.run(ids.break, ids.instance, null, 1, 'spot_break', 'Corte', null, null, null, 180, 0);
    item.run(ids.handPlaced, ids.instance, ids.break, 0, 'spot', 'A mano', null, null, null, 20, 0);
    // Placed in reverse id order, so the order kept is the positions', not the ids'.
    item.run(ids.spotB, ids.instance, ids.break, 1000, 'spot', 'Salud', b.id, b.versionIds[0], ids.campaign, 0, 1);
    item.run(ids.spotA, ids.instance, ids.break, 1001, 'spot', 'Derechos', a.id, a.versionIds[0], ids.campaign, 0, 1);
    item.run(ids.orphan, ids.instance, ids.break, 1002, 'spot', 'Borrado', null, null, ids.campaign, 0, 1);
    old.prepare(`INSERT INTO schedule_asrun (id, instance_id, item_id, title, segment_id, version_id, status, at) VALUES ('m1', ?, ?, 'Salud', ?, ?, 'aired', '2026-03-09T13:05:00.000Z')`).run(ids.instance, ids.spotB, b.id, b.versionIds[0]);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.prepare('SELECT id FROM schedule_items ORDER BY id').pluck().all()).toEqual([ids.live, ids.break, ids.handPlaced].sort());
      const [rundown] = loadRundowns(db, [getInstance(db, 'America/Mexico_City', ids.instance)], () => true);
      const spots = rundown?.items.filter((i) => i.parentId === ids.break) ?? [];
      expect(spots.map((s) => ({ id: s.id, title: s.title, segmentId: s.segmentId, versionId: s.versionId, campaignId: s.campaignId, asRun: s.asRun, offsetSec: s.offsetSec }))).toEqual([
        { id: ids.handPlaced, title: 'A mano', segmentId: null, versionId: null, campaignId: null, asRun: null, offsetSec: 300 },
        { id: ids.spotB, title: 'Salud', segmentId: b.id, versionId: b.versionIds[0], campaignId: ids.campaign, asRun: 'aired', offsetSec: 320 },
        { id: ids.spotA, title: 'Derechos', segmentId: a.id, versionId: a.versionIds[0], campaignId: ids.campaign, asRun: null, offsetSec: 365 },
      ]);
      // The indexes now hold only the rows with a value; a cascade still finds its children.
      const indexSql = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'schedule_items_parent'`).pluck().get() as string;
      expect(indexSql).toMatch(/WHERE parent_id IS NOT NULL/);
      db.prepare('DELETE FROM schedule_items WHERE id = ?').run(ids.break);
      expect(db.prepare('SELECT COUNT(*) FROM schedule_items WHERE parent_id = ?').pluck().get(ids.break)).toBe(0);
    } finally {
      db.close();
    }
  });
});
