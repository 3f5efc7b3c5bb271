import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { Database } from '../../../../electron/core/db/database.ts';
import { getInstance, listInstances, updateInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { listPrograms, saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem, loadRundowns } from '../../../../electron/core/schedule/rundown-store.ts';
import { readStation, writeStation } from '../../../../electron/core/schedule/station-store.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { allAudio, seedSegment, tempDb } from './schedule-fixtures.ts';

let t: ReturnType<typeof tempDb>;
let db: Database;
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
const news = { title: 'Noticias de la mañana', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 };

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof UserFacingError ? error.code : String(error);
  }
  return 'no error';
}

beforeEach(() => {
  t = tempDb();
  db = t.db;
});
afterEach(() => t.cleanup());

describe('station', () => {
  it('defaults to Mexico City and refuses an unknown zone without writing', () => {
    expect(readStation(db).timeZone).toBe('America/Mexico_City');
    expect(code(() => writeStation(db, { ...readStation(db), name: 'Radio Nuu Savi', timeZone: 'America/Oaxaca' }))).toBe('schedule.unknown_time_zone');
    expect(readStation(db).name).not.toBe('Radio Nuu Savi');
    expect(writeStation(db, { ...readStation(db), timeZone: 'America/Tijuana' }).timeZone).toBe('America/Tijuana');
  });
});

describe('programs and instances', () => {
  it('refuses an invalid RRULE and an end before the start, saving nothing', () => {
    expect(code(() => saveProgram(db, { ...news, rrule: 'FREQ=HOURLYISH' }, inSeries))).toBe('schedule.invalid_rrule');
    expect(code(() => saveProgram(db, { ...news, endDate: '2026-03-01' }, inSeries))).toBe('schedule.end_before_start');
    expect(listPrograms(db)).toEqual([]);
  });

  it('materialises a week lazily and keeps a moved airing when the series changes', () => {
    const p = saveProgram(db, news, inSeries);
    const week = listInstances(db, 'America/Mexico_City', '2026-03-09', '2026-03-15');
    expect(week.map((i) => i.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    const tuesday = week[1]?.id ?? '';
    updateInstance(db, 'America/Mexico_City', tuesday, { startTime: '09:30', replacementTitle: 'Especial: jornaleros' });
    const cancelled = week[2]?.id ?? '';
    updateInstance(db, 'America/Mexico_City', cancelled, { status: 'cancelled' });
    saveProgram(db, { ...news, id: p.id, startTime: '06:00' }, inSeries);
    const after = listInstances(db, 'America/Mexico_City', '2026-03-09', '2026-03-15');
    expect(after.map((i) => [i.date, i.startMin / 60, i.title, i.status])).toEqual([
      ['2026-03-09', 6, news.title, 'scheduled'],
      ['2026-03-10', 9.5, 'Especial: jornaleros', 'scheduled'],
      ['2026-03-11', 6, news.title, 'cancelled'],
      ['2026-03-12', 6, news.title, 'scheduled'],
      ['2026-03-13', 6, news.title, 'scheduled'],
    ]);
    expect(after[1]?.id).toBe(tuesday);
  });

  it('refuses moving one airing into the Tijuana DST gap, and leaves it as it was', () => {
    saveProgram(db, { ...news, rrule: 'FREQ=DAILY', startDate: '2026-03-07' }, inSeries);
    const [sat] = listInstances(db, 'America/Tijuana', '2026-03-07', '2026-03-07');
    expect(code(() => updateInstance(db, 'America/Tijuana', sat?.id ?? '', { date: '2026-03-08', startTime: '02:30' }))).toBe('schedule.dst_gap');
    expect(getInstance(db, 'America/Tijuana', sat?.id ?? '')).toMatchObject({ date: '2026-03-07', edited: false });
  });
});

describe('rundowns', () => {
  it('resolves the version in the program language and computes planned starts, overrun and issues', () => {
    saveProgram(db, { ...news, languages: ['xty', 'spa'], durationMin: 5 }, inSeries);
    const [inst] = listInstances(db, 'America/Mexico_City', '2026-03-09', '2026-03-09');
    const instanceId = inst?.id ?? '';
    const seg = seedSegment(db, { title: 'Conoce tus derechos', versions: [{ lang: 'spa', durationSec: 60 }, { lang: 'xty', durationSec: 90 }] });
    const old = seedSegment(db, { title: 'Salario 2025', validUntil: '2025-12-31', versions: [{ lang: 'spa', durationSec: 30 }] });
    const zap = seedSegment(db, { title: 'Solo zapoteco', versions: [{ lang: 'zai', durationSec: 30 }] });
    addItem(db, { instanceId, kind: 'live', title: 'Saludo', durationSec: 120 });
    addItem(db, { instanceId, kind: 'segment', segmentId: seg.id });
    const breakId = addItem(db, { instanceId, kind: 'spot_break', durationSec: 20 });
    addItem(db, { instanceId, kind: 'segment', segmentId: old.id });
    addItem(db, { instanceId, kind: 'segment', segmentId: zap.id, position: 0 });
    const [rd] = loadRundowns(db, [getInstance(db, 'America/Mexico_City', instanceId)], allAudio);
    expect(rd?.items.map((i) => [i.title, i.offsetSec, i.languageCode, i.issues])).toEqual([
      ['Solo zapoteco', 0, null, ['no_language_version']],
      ['Saludo', 0, null, []],
      ['Conoce tus derechos', 120, 'xty', []],
      ['', 210, null, []],
      ['Salario 2025', 230, 'spa', ['expired']],
    ]);
    expect(rd?.items[3]?.id).toBe(breakId);
    expect(rd?.plannedSec).toBe(260);
    expect(rd?.overrunSec).toBe(260 - 300);
    expect(rd?.items[2]?.plannedStartMs).toBe(Date.parse('2026-03-09T13:02:00Z'));
  });

  it('flags missing audio through the audio check', () => {
    saveProgram(db, news, inSeries);
    const [inst] = listInstances(db, 'America/Mexico_City', '2026-03-09', '2026-03-09');
    const seg = seedSegment(db, { title: 'Sin archivo', versions: [{ lang: 'spa' }] });
    addItem(db, { instanceId: inst?.id ?? '', kind: 'segment', segmentId: seg.id });
    const [rd] = loadRundowns(db, inst ? [inst] : [], () => false);
    expect(rd?.items[0]?.issues).toEqual(['audio_missing']);
  });
});
