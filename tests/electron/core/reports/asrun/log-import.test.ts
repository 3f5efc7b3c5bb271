import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../shared/api/errors.ts';
import { logMappingSchema, type LogMapping, type LogPreset } from '../../../../../shared/api/methods/asrun.ts';
import type { Database } from '../../../../../electron/core/db/database.ts';
import { ignoreLine, linkLine, listImports, listUnmatched } from '../../../../../electron/core/reports/asrun/asrun-store.ts';
import { importLog } from '../../../../../electron/core/reports/asrun/log-import.ts';
import { previewLog } from '../../../../../electron/core/reports/asrun/log-preview.ts';
import { audioFileName } from '../../../../../electron/core/schedule/exports/playlist-formats.ts';
import { seedSegment, tempDb } from '../../schedule/schedule-fixtures.ts';

const TIJUANA = 'America/Tijuana';
let t: ReturnType<typeof tempDb>;
let db: Database;
let n = 0;

beforeEach(() => {
  t = tempDb();
  db = t.db;
});
afterEach(() => t.cleanup());

function write(text: string | Buffer, name = `log-${(n += 1)}.csv`): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const stages: string[] = [];
function run(file: string, preset: LogPreset, mapping?: LogMapping) {
  return importLog({ db, zone: TIJUANA, now: () => new Date('2026-12-01T12:00:00Z') }, { path: file, originalName: path.basename(file), preset, mapping }, new AbortController().signal, (stage) => stages.push(stage));
}

async function failure(p: Promise<unknown>): Promise<string> {
  const error = await p.then(() => null, (e: unknown) => e);
  return error instanceof UserFacingError ? error.code : String(error);
}

const rows = () => db.prepare('SELECT status, version_id, title, aired_at, seconds FROM report_asrun ORDER BY aired_at, title').all() as { status: string; version_id: string | null; title: string; aired_at: string; seconds: number | null }[];
const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const aras = (lines: [string, string][]) => lines.map(([at, file]) => `${at} Playing: C:\\Cabina\\audio\\${file}`).join('\r\n');

describe('importing a playout log', () => {
  it('matches by the version code in exported file names, then by folded title; times in Tijuana across DST', async () => {
    const capsule = seedSegment(db, { title: 'Migración segura', versions: [{ lang: 'spa' }, { lang: 'mix' }] });
    const jingle = seedSegment(db, { title: 'Cortinilla ꞌNuu', versions: [{ lang: 'spa' }] });
    const mixteco = capsule.versionIds[1] as string;
    const exported = audioFileName(1, 'Migración segura', 'mp3', mixteco);
    const file = write(
      aras([
        ['2026-01-15 10:00:00', exported], // PST, UTC−8
        ['2026-03-08 01:59:30', 'CORTINILLA \'NUU.mp3'], // the minute before spring-forward
        ['2026-03-08 02:30:00', 'Cortinilla ’Nuu.mp3'], // in the gap: read as the clock showed it, 03:30 PDT
        ['2026-03-08 03:00:10', 'cortinilla_nuu.mp3'], // PDT, UTC−7
        ['2026-07-01 10:00:00', 'Migración segura.mp3'], // two versions share the title: the log cannot say which
        ['2026-11-01 01:30:00', exported], // fall-back: the first (daylight) 01:30
      ]),
      'aras.log',
    );
    const result = await run(file, 'aras');
    expect(result).toEqual({ importId: expect.any(String), lines: 6, matched: 5, unmatched: 1, known: 0, ignored: 0, skipped: 0, firstSkippedLine: null });
    expect(stages).toEqual(expect.arrayContaining(['decode', 'analyze', 'write']));
    expect(rows().map((r) => [r.aired_at, r.status, r.version_id])).toEqual([
      ['2026-01-15T18:00:00.000Z', 'matched', mixteco],
      ['2026-03-08T09:59:30.000Z', 'matched', jingle.versionIds[0]],
      ['2026-03-08T10:00:10.000Z', 'matched', jingle.versionIds[0]],
      ['2026-03-08T10:30:00.000Z', 'matched', jingle.versionIds[0]],
      ['2026-07-01T17:00:00.000Z', 'unmatched', null],
      ['2026-11-01T08:30:00.000Z', 'matched', mixteco],
    ]);
    expect(listImports(db)).toEqual([expect.objectContaining({ fileName: 'aras.log', preset: 'aras', lines: 6, matched: 5, unmatched: 1, known: 0 })]);
  });

  it('re-importing the same log, or an overlapping export, adds nothing twice', async () => {
    seedSegment(db, { title: 'Migración segura', versions: [{ lang: 'spa' }] });
    const day = ['Date,Time,Listeners,Delta,Track,Artist,Playlist,Streamer', '2026-03-09,7:05am,12,2,Migración segura,IREX,Cápsulas,', '2026-03-09,8:00am,10,0,Son de la tierra,Trío,Música,'];
    expect(await run(write(day.join('\r\n')), 'azuracast')).toMatchObject({ matched: 1, unmatched: 1, known: 0 });
    const again = await run(write(day.join('\r\n')), 'azuracast');
    expect(again).toMatchObject({ importId: null, matched: 0, unmatched: 0, known: 2 });
    // The next export overlaps by one line and brings one new line; the listener count differs (still the same airing).
    const next = await run(write([day[0], '2026-03-09,8:00am,11,1,Son de la tierra,Trío,Música,', '2026-03-10,7:05am,9,0,MIGRACION SEGURA,IREX,Cápsulas,'].join('\n')), 'azuracast');
    expect(next).toMatchObject({ matched: 1, unmatched: 0, known: 1 });
    expect(count('report_asrun')).toBe(3);
    expect(listImports(db)).toHaveLength(2);
  });

  it('a CSV in Latin-1 is read as Latin-1 and its accents still match', async () => {
    const seg = seedSegment(db, { title: 'Canción de la frontera', versions: [{ lang: 'spa' }] });
    // 9 March is the day after spring-forward: 07:00 PDT is 14:00Z.
    const file = write(Buffer.from('Fecha;Hora;Título\r\n09/03/2026;07:00;Canción de la frontera\r\n', 'latin1'));
    const mapping = logMappingSchema.parse({ delimiter: ';', date: 'Fecha', time: 'Hora', title: 'Título', dateFormat: 'dmy' });
    const preview = await previewLog(TIJUANA, { path: file, name: 'x.csv' }, 'generic', mapping, new AbortController().signal);
    expect(preview).toMatchObject({ encoding: 'latin1', columns: ['Fecha', 'Hora', 'Título'], lines: [{ line: 2, airedAt: '2026-03-09T14:00:00.000Z', name: 'Canción de la frontera' }], problem: null });
    expect(await run(file, 'generic', mapping)).toMatchObject({ matched: 1 });
    expect(rows()[0]?.version_id).toBe(seg.versionIds[0]);
    // Notepad's "Unicode" (UTF-16 LE with a BOM) is a log too, not a binary file.
    const utf16 = write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Fecha;Hora;Título\r\n10/03/2026;07:00;Canción de la frontera\r\n', 'utf16le')]));
    expect(await run(utf16, 'generic', mapping)).toMatchObject({ matched: 1, known: 0 });
  });

  it('linking one unmatched line links every line with that name, and later imports remember it; ignoring too', async () => {
    const seg = seedSegment(db, { title: 'Derechos en tránsito', versions: [{ lang: 'spa' }] });
    const log = (d: string) => aras([[`${d} 07:00:00`, 'spot-derechos.mp3'], [`${d} 09:00:00`, 'spot-derechos.mp3'], [`${d} 10:00:00`, 'cumbia.mp3']]);
    await run(write(log('2026-03-09')), 'aras');
    const pending = listUnmatched(db, 0, 100);
    // Grouped by name, the most frequent first, each group with its latest line.
    expect(pending).toMatchObject({ total: 3, titles: 2 });
    expect(pending.lines.map((l) => [l.title, l.sameTitle, l.airedAt, l.fileName])).toEqual([
      ['spot-derechos.mp3', 2, '2026-03-09T16:00:00.000Z', expect.stringMatching(/^log-\d+\.csv$/)],
      ['cumbia.mp3', 1, '2026-03-09T17:00:00.000Z', expect.stringMatching(/^log-\d+\.csv$/)],
    ]);
    const spot = pending.lines[0];
    expect(linkLine(db, spot?.id ?? '', seg.versionIds[0] as string)).toBe(2);
    expect(ignoreLine(db, pending.lines.find((l) => l.title === 'cumbia.mp3')?.id ?? '')).toBe(1);
    expect(listUnmatched(db, 0, 100).total).toBe(0);
    expect(await run(write(log('2026-03-10')), 'aras')).toMatchObject({ matched: 2, unmatched: 0, ignored: 1 });
  });
});

describe('bad input writes nothing', () => {
  it('refuses garbage, unknown columns, broken dates and a 500 MB file with their own codes', async () => {
    expect(await failure(run(write(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])), 'azuracast'))).toBe('asrun.not_a_log');
    expect(await failure(run(write('Cuando,Que\n2026-03-09,x'), 'azuracast'))).toBe('asrun.unknown_columns');
    expect(await failure(run(write('Date,Time,Track\nayer,7:00am,X\n31/31/2026,8:00am,Y'), 'azuracast'))).toBe('asrun.bad_dates');
    expect(await failure(run(write(''), 'aras'))).toBe('import.empty_file');
    const huge = path.join(t.dir, 'huge.csv');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 500 * 1024 * 1024); // sparse: refused from its size, never read
    expect(await failure(run(huge, 'azuracast'))).toBe('asrun.too_large');
    expect(count('report_asrun') + count('report_log_imports')).toBe(0);
  });

  it('a cancelled import writes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const file = write(aras([['2026-03-09 07:00:00', 'x.mp3']]));
    const p = importLog({ db, zone: TIJUANA, now: () => new Date() }, { path: file, originalName: 'x.log', preset: 'aras' }, controller.signal, () => undefined);
    expect(await failure(p)).toMatch(/cancelled|AbortError/);
    expect(count('report_asrun')).toBe(0);
  });

  it('previews a file whose columns do not fit instead of failing, so the user can map them', async () => {
    const preview = await previewLog(TIJUANA, { path: write('Cuando,Que\n2026-03-09 07:00,x'), name: 'x.csv' }, 'azuracast', undefined, new AbortController().signal);
    expect(preview).toMatchObject({ columns: ['Cuando', 'Que'], rows: [['2026-03-09 07:00', 'x']], lines: [], problem: { code: 'asrun.unknown_columns' } });
  });
});
