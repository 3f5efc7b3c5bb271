import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { ExportFormat } from '../../../../shared/domain/schedule.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { exportSchedule, type ExportRequest } from '../../../../electron/core/schedule/exports/export-schedule.ts';
import { findPdfBrowser } from '../../../../electron/core/schedule/exports/pdf-export.ts';
import { listInstances } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { parseM3u8, parseZara } from './strict-parsers.ts';
import { fakeRenditions, seedSegment, tempDb, writeFakeOriginals } from './schedule-fixtures.ts';

/* Issue #11: one gap never sinks a week's export, 0 items is said as such, Zara per program, PDF without audio. */

let t: ReturnType<typeof tempDb>;
let store: ContentStore;
let out: string;
const zone = 'America/Mexico_City';
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
let mondayNews = '';
let orphanItem = '';

const writeAudio = () => writeFakeOriginals(t.db, store);

beforeEach(() => {
  t = tempDb();
  store = new ContentStore(t.dir);
  out = path.join(t.dir, 'usb');
  fs.mkdirSync(out);
  const news = saveProgram(t.db, { title: 'Noticias', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 }, inSeries);
  const evening = saveProgram(t.db, { title: 'Tarde', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-02', startTime: '18:30', durationMin: 60 }, inSeries);
  const spanish = seedSegment(t.db, { title: 'Tus derechos', versions: [{ lang: 'spa', durationSec: 60 }] });
  const mixtec = seedSegment(t.db, { title: 'Solo en mixteco', versions: [{ lang: 'xty', durationSec: 50 }] });
  writeAudio();
  const day = (programId: string, date: string) => listInstances(t.db, zone, date, date).find((i) => i.programId === programId)?.id ?? '';
  mondayNews = day(news.id, '2026-03-09');
  addItem(t.db, { instanceId: mondayNews, kind: 'segment', segmentId: spanish.id });
  orphanItem = addItem(t.db, { instanceId: mondayNews, kind: 'segment', segmentId: mixtec.id });
  addItem(t.db, { instanceId: day(evening.id, '2026-03-09'), kind: 'segment', segmentId: spanish.id });
  addItem(t.db, { instanceId: day(news.id, '2026-03-10'), kind: 'segment', segmentId: spanish.id });
});
afterEach(() => t.cleanup());

function run(format: ExportFormat, over: Partial<ExportRequest> = {}) {
  const deps = { db: t.db, zone, stationName: 'Radio', store, now: () => new Date('2026-03-01T12:00:00Z'), pdfBrowser: findPdfBrowser(), rendered: fakeRenditions(() => t.dir) };
  const req: ExportRequest = { from: '2026-03-09', to: '2026-03-15', format, outDir: out, copyAudio: false, playoutRoot: 'C:\\Cabina\\audio', language: 'es', ...over };
  return exportSchedule(deps, req, new AbortController().signal, () => {});
}

describe('exports with gaps, empty ranges and per-program playlists', () => {
  it('a segment without a version in the program language is listed as skipped and the rest is exported', async () => {
    const result = await run('m3u');
    expect(result.items).toBe(3);
    expect(result.skipped).toEqual([{ itemId: orphanItem, instanceId: mondayNews, date: '2026-03-09', programTitle: 'Noticias', title: 'Solo en mixteco', languages: ['spa'], reason: 'no_language_version' }]);
    expect(parseM3u8(fs.readFileSync(result.files[0] ?? '', 'utf8')).map((e) => e.title)).toEqual(['Tus derechos', 'Tus derechos', 'Tus derechos']);
  });

  it('refuses instead when asked, and writes nothing', async () => {
    const error = await run('zara', { onGap: 'refuse' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'schedule.no_language_version', details: { title: 'Solo en mixteco', count: 1 } });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('0 items: no file is written and the result says 0', async () => {
    expect(await run('zara', { from: '2026-03-11', to: '2026-03-11' })).toEqual({ files: [], items: 0, skipped: [] });
    expect(await run('csv', { from: '2026-03-11', to: '2026-03-11' })).toEqual({ files: [], items: 0, skipped: [] });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('every item without audio is skipped: 0 items, the gaps listed, nothing written', async () => {
    for (const f of fs.readdirSync(t.dir, { recursive: true }) as string[]) if (f.endsWith('.mp3')) fs.rmSync(path.join(t.dir, f));
    const result = await run('pls', { copyAudio: true });
    expect(result.items).toBe(0);
    expect(result.files).toEqual([]);
    expect(result.skipped.map((s) => s.reason).sort()).toEqual(['audio_missing', 'audio_missing', 'audio_missing', 'no_language_version']);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('ZaraRadio: one .lst per program airing with its date and hour in the name, next to the flat list option', async () => {
    const result = await run('zara', { split: 'program', copyAudio: true });
    const lists = result.files.filter((f) => f.endsWith('.lst')).map((f) => path.basename(f));
    expect(lists).toEqual(['cabina-2026-03-09-0700-noticias.lst', 'cabina-2026-03-09-1830-tarde.lst', 'cabina-2026-03-10-0700-noticias.lst']);
    expect(result.items).toBe(3);
    for (const f of result.files.filter((x) => x.endsWith('.lst'))) expect(parseZara(fs.readFileSync(f, 'utf8'))).toHaveLength(1);
    expect(fs.readdirSync(path.join(out, 'audio'))).toHaveLength(1);
    const flat = await run('zara', { outDir: out });
    expect(flat.files.map((f) => path.basename(f))).toEqual(['cabina-2026-03-09_2026-03-15.lst']);
  });

  it('PDF never copies audio, even when the box is ticked', async () => {
    const result = await run('pdf', { copyAudio: true });
    expect(result.files.map((f) => path.basename(f))).toEqual(['cabina-2026-03-09_2026-03-15.pdf']);
    expect(result.skipped).toEqual([]);
    expect(fs.readdirSync(out)).toEqual(['cabina-2026-03-09_2026-03-15.pdf']);
  }, 60_000);
});
