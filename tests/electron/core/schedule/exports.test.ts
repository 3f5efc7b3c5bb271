import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { ExportFormat } from '../../../../shared/domain/schedule.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { exportSchedule, type ExportRequest } from '../../../../electron/core/schedule/exports/export-schedule.ts';
import { findPdfBrowser } from '../../../../electron/core/schedule/exports/pdf-export.ts';
import { runFill } from '../../../../electron/core/schedule/fill-runner.ts';
import { saveCampaign } from '../../../../electron/core/schedule/campaign-store.ts';
import { listInstances, updateInstance } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { parseCsv, parseM3u8, parsePls, parseRivendell, parseZara } from './strict-parsers.ts';
import { parseIcs } from './strict-ics.ts';
import { fakeRenditions, seedSegment, tempDb, writeFakeOriginals } from './schedule-fixtures.ts';

let t: ReturnType<typeof tempDb>;
let store: ContentStore;
let out: string;
const zone = 'America/Mexico_City';
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;

const writeAudio = (segmentTitle: string) => writeFakeOriginals(t.db, store, segmentTitle);

beforeEach(() => {
  t = tempDb();
  store = new ContentStore(t.dir);
  out = path.join(t.dir, 'usb');
  fs.mkdirSync(out);
  const news = saveProgram(t.db, { title: 'Noticias, "la mañana"', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-03-02', startTime: '07:00', durationMin: 60, host: 'Rosa' }, inSeries);
  saveProgram(t.db, { title: 'Tu\'un savi', languages: ['xty', 'spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: '2026-03-02', endDate: '2026-06-29', startTime: '18:00', durationMin: 60 }, inSeries);
  const [mon] = listInstances(t.db, zone, '2026-03-09', '2026-03-09').filter((i) => i.programId === news.id);
  const seg = seedSegment(t.db, { title: 'Migración segura: tus derechos', versions: [{ lang: 'spa', durationSec: 61.4 }, { lang: 'xty', durationSec: 75 }] });
  writeAudio('Migración segura: tus derechos');
  addItem(t.db, { instanceId: mon?.id ?? '', kind: 'live', title: 'Saludo', durationSec: 300 });
  addItem(t.db, { instanceId: mon?.id ?? '', kind: 'segment', segmentId: seg.id });
  addItem(t.db, { instanceId: mon?.id ?? '', kind: 'spot_break', durationSec: 180 });
  const [tue] = listInstances(t.db, zone, '2026-03-10', '2026-03-10').filter((i) => i.programId === news.id);
  updateInstance(t.db, zone, tue?.id ?? '', { status: 'cancelled' });
  saveCampaign(t.db, { name: 'IREX', segmentIds: [seg.id], playsPerDay: 2, startDate: '2026-03-09', endDate: '2026-03-09', minSeparationMin: 0 });
  runFill(t.db, zone, '2026-03-09', '2026-03-09', () => true, false);
});
afterEach(() => t.cleanup());

const rendered = fakeRenditions(() => t.dir);

function run(format: ExportFormat, over: Partial<ExportRequest> = {}, pdfBrowser: string | null = findPdfBrowser()) {
  const deps = { db: t.db, zone, stationName: 'Radio Ñuu Savi', store, now: () => new Date('2026-03-01T12:00:00Z'), pdfBrowser, rendered };
  const req: ExportRequest = { from: '2026-03-09', to: '2026-03-09', format, outDir: out, copyAudio: false, playoutRoot: 'C:\\Cabina\\audio', language: 'es', ...over };
  return exportSchedule(deps, req, new AbortController().signal, () => {});
}

const read = ({ files }: { files: string[] }) => fs.readFileSync(files[0] ?? '', 'utf8');

describe('exports read back by strict parsers', () => {
  it('M3U8 with audio copied next to it', async () => {
    const result = await run('m3u', { copyAudio: true });
    const entries = parseM3u8(read(result));
    expect(result).toMatchObject({ items: 2, skipped: [] });
    // The rundown's segment, then the campaign spot auto-fill put in the break: same audio, copied once.
    expect(entries.map((e) => [e.title, e.seconds])).toEqual([
      ['Migración segura: tus derechos', 61],
      ['Migración segura: tus derechos', 61],
    ]);
    expect(fs.readdirSync(path.join(out, 'audio'))).toHaveLength(1);
    expect(entries[0]?.path).toMatch(/^audio\/\d{6}-migracion-segura-tus-derechos-[0-9a-f]{8}\.mp3$/);
    expect(fs.readFileSync(path.join(out, entries[0]?.path ?? ''), 'utf8')).toMatch(/^rendition /);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('two language versions of one segment on the same day get two files, each named with its version code', async () => {
    const savi = listInstances(t.db, zone, '2026-03-09', '2026-03-09').find((i) => i.title === "Tu'un savi");
    const segmentId = t.db.prepare("SELECT id FROM segments WHERE title = 'Migración segura: tus derechos'").pluck().get() as string;
    addItem(t.db, { instanceId: savi?.id ?? '', kind: 'segment', segmentId });
    const files = await run('m3u', { copyAudio: true });
    const copied = fs.readdirSync(path.join(out, 'audio')).sort();
    expect(copied).toHaveLength(2);
    const versions = t.db.prepare('SELECT v.id, v.language_code FROM versions v WHERE v.segment_id = ?').all(segmentId) as { id: string; language_code: string }[];
    for (const v of versions) expect(copied.some((name) => name.endsWith(`-${v.id.replace(/-/g, '').slice(0, 8)}.mp3`))).toBe(true);
    expect(new Set(parseM3u8(read(files)).map((e) => e.path)).size).toBe(2);
  });

  it('PLS v2', async () => {
    const entries = parsePls(read(await run('pls')));
    expect(entries).toHaveLength(2);
    expect(path.isAbsolute(entries[0]?.path ?? '')).toBe(true);
  });

  it('ZaraRadio .lst with Windows ASCII paths', async () => {
    const files = await run('zara');
    expect(path.basename(files.files[0] ?? '')).toBe('cabina-2026-03-09.lst');
    const entry = { ms: 61_400, path: expect.stringMatching(/^C:\\Cabina\\audio\\\d{6}-migracion-segura-tus-derechos-[0-9a-f]{8}\.mp3$/) };
    expect(parseZara(read(files))).toEqual([entry, entry]);
  });

  it('Rivendell fixed columns', async () => {
    const lines = parseRivendell(read(await run('rivendell')));
    expect(lines).toEqual([
      { start: '07:05:00', cart: 10001, title: 'Migracion segura: tus derechos', length: '00:01:01' },
      { start: '07:06:01', cart: 10001, title: 'Migracion segura: tus derechos', length: '00:01:01' },
    ]);
  });

  it('Rivendell: a 34-character title column, and one file per day (its lines carry no date)', async () => {
    const seg = seedSegment(t.db, { title: 'Un título muy largo sobre el salario mínimo del jornalero agrícola', versions: [{ lang: 'spa', durationSec: 30 }] });
    writeAudio('Un título muy largo sobre el salario mínimo del jornalero agrícola');
    const [wed] = listInstances(t.db, zone, '2026-03-11', '2026-03-11').filter((i) => i.title.startsWith('Noticias'));
    addItem(t.db, { instanceId: wed?.id ?? '', kind: 'segment', segmentId: seg.id });
    const result = await run('rivendell', { from: '2026-03-09', to: '2026-03-11' });
    expect(result.files.map((f) => path.basename(f))).toEqual(['cabina-2026-03-09.txt', 'cabina-2026-03-11.txt']);
    const wednesday = fs.readFileSync(result.files[1] ?? '', 'utf8').split('\r\n')[0] ?? '';
    expect(wednesday.slice(25, 59)).toBe('Un titulo muy largo sobre el salar');
    expect(wednesday[59]).toBe(' ');
    expect(wednesday.slice(60)).toBe('00:00:30');
  });

  it('CSV with a UTF-8 BOM, quoting and every item (live blocks and spot breaks too), carts as six digits', async () => {
    const rows = parseCsv(read(await run('csv')));
    expect(rows[0]).toEqual(['date', 'start', 'program', 'kind', 'title', 'language', 'duration_sec', 'cart', 'file']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2026-03-09', '07:00:00', 'Noticias, "la mañana"', 'live'],
      ['2026-03-09', '07:05:00', 'Noticias, "la mañana"', 'segment'],
      ['2026-03-09', '07:06:01', 'Noticias, "la mañana"', 'spot_break'],
      ['2026-03-09', '07:06:01', 'Noticias, "la mañana"', 'spot'],
    ]);
    // The same cart number as Rivendell's column and the file names.
    expect(rows[2]?.[7]).toBe('010001');
    expect(rows[2]?.[8]).toMatch(/^010001-/);
  });

  it('CSV: an empty spot break is still a row', async () => {
    const [mon] = listInstances(t.db, zone, '2026-03-09', '2026-03-09').filter((i) => i.title.startsWith('Noticias'));
    addItem(t.db, { instanceId: mon?.id ?? '', kind: 'spot_break', durationSec: 60 });
    const rows = parseCsv(read(await run('csv')));
    expect(rows.filter((r) => r[3] === 'spot_break')).toHaveLength(2);
  });

  it('printable HTML, A4 landscape', async () => {
    const html = read(await run('html'));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('size: A4 landscape');
    // Saludo, the segment, the break, its spot, and Tu'un savi's airing that has no rundown yet.
    expect(html.match(/<tr><td>/g)).toHaveLength(5);
    expect(html).toContain('Noticias, &#34;la mañana&#34;');
    expect(html).toMatch(/<td>18:00:00<\/td><td>Tu&#39;un savi<\/td><td>Sin rundown todavía<\/td>/);
  });

  it('PDF of the same page, printed by the headless browser; without one, a clear error and nothing written', async () => {
    const {
      files: [file],
    } = await run('pdf');
    expect(path.basename(file ?? '')).toBe('cabina-2026-03-09.pdf');
    expect(fs.readFileSync(file ?? '').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.rmSync(file ?? '');
    const error = await run('pdf', {}, null).catch((e: unknown) => e);
    expect((error as UserFacingError).code).toBe('schedule.pdf_unavailable');
    expect(fs.readdirSync(out)).toEqual([]);
  }, 60_000);

  it('iCalendar with TZID, VTIMEZONE, RRULEs, UNTIL and a cancelled airing as EXDATE', async () => {
    const cal = parseIcs(read(await run('ics', { to: '2026-03-15' })));
    const events = cal.children.filter((c) => c.type === 'VEVENT');
    expect(events).toHaveLength(2);
    const prop = (e: (typeof events)[number], n: string) => e.props.find((p) => p.name === n);
    const news = events.find((e) => prop(e, 'SUMMARY')?.value.startsWith('Noticias'));
    expect(prop(news!, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: zone }, value: '20260302T070000' });
    expect(prop(news!, 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(prop(news!, 'EXDATE')?.value).toBe('20260310T070000');
    expect(prop(news!, 'SUMMARY')?.value).toBe('Noticias\\, "la mañana"');
    const savi = events.find((e) => e !== news);
    expect(prop(savi!, 'RRULE')?.value).toBe('FREQ=WEEKLY;BYDAY=MO;UNTIL=20260630T000000Z');
  });

  it('a Tijuana calendar opens at the first year it lists and carries the DST rule of 2026 on', async () => {
    const { db } = t;
    db.prepare("INSERT INTO station_settings (id, name, time_zone) VALUES (1, 'X', 'America/Tijuana')").run();
    const deps = { db, zone: 'America/Tijuana', stationName: 'X', store, now: () => new Date(), rendered };
    const files = await exportSchedule(deps, { from: '2026-03-09', to: '2026-03-09', format: 'ics', outDir: out, copyAudio: false, playoutRoot: 'C:\\x', language: 'en' }, new AbortController().signal, () => {});
    const tz = parseIcs(read(files)).children.find((c) => c.type === 'VTIMEZONE');
    expect(tz?.children.map((c) => [c.type, c.props.map((p) => p.value).join(' ')])).toEqual([
      ['STANDARD', '20260101T000000 -0800 -0800'],
      ['DAYLIGHT', '20260308T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU -0800 -0700'],
      ['STANDARD', '20261101T020000 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU -0700 -0800'],
    ]);
  });

  it('refuses a playlist whose audio is missing and writes nothing, when asked to refuse', async () => {
    for (const f of fs.readdirSync(path.join(t.dir), { recursive: true }) as string[]) if (f.endsWith('.mp3')) fs.rmSync(path.join(t.dir, f));
    const error = await run('zara', { onGap: 'refuse' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('schedule.audio_missing');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('refuses a destination that is not a writable folder', async () => {
    const error = await run('csv', { outDir: path.join(out, 'nope') }).catch((e: unknown) => e);
    expect((error as UserFacingError).code).toBe('schedule.out_dir');
  });
});
