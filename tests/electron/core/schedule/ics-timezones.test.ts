import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { resolveWall } from '../../../../shared/time/zoned-time.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { exportSchedule } from '../../../../electron/core/schedule/exports/export-schedule.ts';
import { listInstances, updateInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { parseIcs } from './strict-ics.ts';
import { fakeRenditions, tempDb } from './schedule-fixtures.ts';

/*
 * The calendar read by Mozilla's ical.js (what Thunderbird uses): every airing it expands must land
 * on the instant the station's clock says, for DTSTARTs before the range, DST and no-DST zones.
 */

let t: ReturnType<typeof tempDb>;
let out: string;
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;

beforeEach(() => {
  t = tempDb();
  out = path.join(t.dir, 'out');
  fs.mkdirSync(out);
});
afterEach(() => t.cleanup());

async function exportIcs(zone: string, from: string, to: string): Promise<string> {
  const deps = { db: t.db, zone, stationName: 'Radio', store: new ContentStore(t.dir), now: () => new Date('2026-03-01T12:00:00Z'), rendered: fakeRenditions(() => t.dir) };
  const result = await exportSchedule(deps, { from, to, format: 'ics', outDir: out, copyAudio: false, playoutRoot: 'C:\\x', language: 'es' }, new AbortController().signal, () => {});
  return fs.readFileSync(result.files[0] ?? '', 'utf8');
}

interface Airing {
  title: string;
  utc: string;
  local: string;
}

/** Every airing ical.js expands up to `untilYear`, as UTC instants, with the calendar's own VTIMEZONE. */
function expand(text: string, untilYear: number): Airing[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  const zones = cal.getAllSubcomponents('vtimezone').map((c) => new ICAL.Timezone(c));
  for (const z of zones) ICAL.TimezoneService.register(z);
  try {
    const vevents = cal.getAllSubcomponents('vevent');
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    const out: Airing[] = [];
    for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
      const event = new ICAL.Event(master);
      for (const o of overrides) if (o.getFirstPropertyValue('uid') === event.uid) event.relateException(o);
      const it = event.iterator();
      for (let next = it.next(); next && next.year <= untilYear; next = it.next()) {
        const details = event.getOccurrenceDetails(next);
        out.push({ title: details.item.summary, utc: new Date(details.startDate.toUnixTime() * 1000).toISOString(), local: details.startDate.toString() });
      }
    }
    return out;
  } finally {
    for (const z of zones) ICAL.TimezoneService.remove(z.tzid);
  }
}

/** What the station's clock means: the instant of that wall time in the zone (Intl / IANA). */
function expected(zone: string, local: string): string {
  const [date = '', time = ''] = local.split('T');
  const [h = 0, m = 0] = time.split(':').map(Number);
  const r = resolveWall(zone, { date, minutes: h * 60 + m });
  if (!r.ok) throw new Error(`no such wall time ${local}`);
  return new Date(r.ms).toISOString();
}

describe('iCalendar export read by ical.js', () => {
  it('Tijuana: a series begun in January airs at 14:00 UTC before the March change and 13:00 UTC after, years on', async () => {
    saveProgram(t.db, { title: 'Amanecer', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: '2026-01-05', startTime: '06:00', durationMin: 60 }, inSeries);
    const text = await exportIcs('America/Tijuana', '2026-03-09', '2026-03-15');
    parseIcs(text);
    const airings = expand(text, 2031);
    expect(airings[0]).toEqual({ title: 'Amanecer', utc: '2026-01-05T14:00:00.000Z', local: '2026-01-05T06:00:00' });
    expect(airings.find((a) => a.local.startsWith('2026-03-09'))?.utc).toBe('2026-03-09T13:00:00.000Z');
    expect(airings.find((a) => a.local.startsWith('2029-11-05'))?.utc).toBe('2029-11-05T14:00:00.000Z');
    expect(airings.length).toBeGreaterThan(300);
    for (const a of airings) expect(a.utc, a.local).toBe(expected('America/Tijuana', a.local));
  });

  it('Mexico City: a series begun under the old DST is right before and after October 2022', async () => {
    saveProgram(t.db, { title: 'Voces', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=WE', startDate: '2022-01-05', startTime: '06:00', durationMin: 30 }, inSeries);
    const text = await exportIcs('America/Mexico_City', '2026-03-09', '2026-03-15');
    parseIcs(text);
    const airings = expand(text, 2030);
    expect(airings[0]?.utc).toBe('2022-01-05T12:00:00.000Z');
    expect(airings.find((a) => a.local.startsWith('2022-06-01'))?.utc).toBe('2022-06-01T11:00:00.000Z');
    expect(airings.find((a) => a.local.startsWith('2022-11-02'))?.utc).toBe('2022-11-02T12:00:00.000Z');
    expect(airings.find((a) => a.local.startsWith('2026-03-11'))?.utc).toBe('2026-03-11T12:00:00.000Z');
    for (const a of airings) expect(a.utc, a.local).toBe(expected('America/Mexico_City', a.local));
  });

  it('a moved airing and a cancelled one read back where the grid has them', async () => {
    const zone = 'America/Tijuana';
    const p = saveProgram(t.db, { title: 'Tarde', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-02-01', endDate: '2026-03-31', startTime: '18:00', durationMin: 60 }, inSeries);
    const [mon, tue] = listInstances(t.db, zone, '2026-03-09', '2026-03-10').filter((i) => i.programId === p.id);
    updateInstance(t.db, zone, mon?.id ?? '', { startTime: '20:30' });
    updateInstance(t.db, zone, tue?.id ?? '', { status: 'cancelled' });
    const airings = expand(await exportIcs(zone, '2026-03-09', '2026-03-15'), 2026);
    expect(airings).toHaveLength(28 + 31 - 1);
    expect(airings.find((a) => a.local.startsWith('2026-03-09'))?.utc).toBe('2026-03-10T03:30:00.000Z');
    expect(airings.some((a) => a.local.startsWith('2026-03-10'))).toBe(false);
    expect(airings.find((a) => a.local.startsWith('2026-02-01'))?.utc).toBe('2026-02-02T02:00:00.000Z');
    expect(airings.at(-1)?.local).toBe('2026-03-31T18:00:00');
    for (const a of airings) expect(a.utc, a.local).toBe(expected(zone, a.local));
  });
});
