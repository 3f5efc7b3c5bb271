import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../../../electron/core/db/database.ts';
import { confirmDay, plannedItems } from '../../../../../electron/core/reports/asrun/confirm-day.ts';
import { recordAsRun } from '../../../../../electron/core/schedule/asrun-store.ts';
import { listInstances, updateInstance } from '../../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../../electron/core/schedule/rundown-store.ts';
import { seriesDates } from '../../../../../shared/time/recurrence.ts';
import { seedSegment, tempDb } from '../../schedule/schedule-fixtures.ts';

const ZONE = 'America/Tijuana';
let t: ReturnType<typeof tempDb>;
let db: Database;
beforeEach(() => {
  t = tempDb();
  db = t.db;
});
afterEach(() => t.cleanup());

function day() {
  const a = seedSegment(db, { title: 'Migración segura', versions: [{ lang: 'spa', durationSec: 60 }] });
  const b = seedSegment(db, { title: 'Derechos en tránsito', versions: [{ lang: 'spa', durationSec: 45 }] });
  const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
  const morning = saveProgram(db, { title: 'Mañanera', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-01', startTime: '07:00', durationMin: 60 }, inSeries);
  const night = saveProgram(db, { title: 'Nocturno', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-01', startTime: '22:00', durationMin: 60 }, inSeries);
  const [m, n] = listInstances(db, ZONE, '2026-03-09', '2026-03-09');
  if (!m || !n) throw new Error('two airings expected');
  const first = addItem(db, { instanceId: m.id, kind: 'segment', segmentId: a.id });
  addItem(db, { instanceId: m.id, kind: 'live', durationSec: 300 });
  const second = addItem(db, { instanceId: m.id, kind: 'segment', segmentId: b.id });
  const nightItem = addItem(db, { instanceId: n.id, kind: 'segment', segmentId: a.id });
  return { first, second, nightItem, night: n.id, programs: [morning, night] };
}

const confirmedRows = () => db.prepare(`SELECT title, aired_at, seconds, status FROM report_asrun WHERE source = 'confirmed' ORDER BY aired_at`).all();

describe('confirm a day', () => {
  it('lists the planned items with versions, and confirms all but the exceptions, once', () => {
    const d = day();
    updateInstance(db, ZONE, d.night, { status: 'cancelled' });
    const items = plannedItems(db, ZONE, '2026-03-09');
    // Live blocks have no version; a cancelled airing planned nothing.
    expect(items.map((i) => [i.title, i.plannedAt, i.confirmed])).toEqual([
      ['Migración segura', '2026-03-09T14:00:00.000Z', false],
      ['Derechos en tránsito', '2026-03-09T14:06:00.000Z', false],
    ]);
    expect(confirmDay(db, ZONE, '2026-03-09', [d.second])).toEqual({ confirmed: 1, already: 0, withdrawn: 0 });
    expect(confirmedRows()).toEqual([{ title: 'Migración segura', aired_at: '2026-03-09T14:00:00.000Z', seconds: 60, status: 'matched' }]);
    // Confirming again adds nothing; a later exception withdraws the earlier confirmation.
    expect(confirmDay(db, ZONE, '2026-03-09', [d.second])).toEqual({ confirmed: 0, already: 1, withdrawn: 0 });
    expect(confirmDay(db, ZONE, '2026-03-09', [d.first])).toEqual({ confirmed: 1, already: 0, withdrawn: 1 });
    expect(plannedItems(db, ZONE, '2026-03-09').map((i) => i.confirmed)).toEqual([false, true]);
  });

  it('leaves items Al aire already marked alone, so an airing never counts twice', () => {
    const d = day();
    recordAsRun(db, { instanceId: null, itemId: d.first, title: 'Migración segura', segmentId: null, versionId: null, status: 'aired', at: '2026-03-09T14:00:05.000Z' });
    expect(plannedItems(db, ZONE, '2026-03-09').find((i) => i.itemId === d.first)?.deskMarked).toBe(true);
    expect(confirmDay(db, ZONE, '2026-03-09', [])).toEqual({ confirmed: 2, already: 0, withdrawn: 0 });
    // The morning capsule is the desk's; the night one (22:00 PDT) is confirmed.
    expect(confirmedRows().map((r) => { const row = r as { title: string; aired_at: string }; return [row.title, row.aired_at]; })).toEqual([
      ['Derechos en tránsito', '2026-03-09T14:06:00.000Z'],
      ['Migración segura', '2026-03-10T05:00:00.000Z'],
    ]);
  });
});
