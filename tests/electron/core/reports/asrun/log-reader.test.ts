import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../shared/api/errors.ts';
import { logMappingSchema } from '../../../../../shared/api/methods/asrun.ts';
import { readLog } from '../../../../../electron/core/reports/asrun/log-reader.ts';
import { parseLogDate, parseLogDuration, parseLogTime } from '../../../../../electron/core/reports/asrun/log-values.ts';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof UserFacingError ? `${error.code} ${JSON.stringify(error.details ?? {})}` : String(error);
  }
  return 'no error';
}

// Written from AzuraCast's HistoryAction::exportReportAsCsv: header row, Y-m-d dates, g:ia times.
const AZURACAST = [
  'Date,Time,Listeners,Delta,Track,Artist,Playlist,Streamer',
  '2026-03-09,7:05am,12,2,Migración segura,Radio Ñuu Savi,Cápsulas,',
  '2026-03-09,12:00pm,30,0,"Derechos, también en tránsito",IREX,Cápsulas,',
  '2026-03-09,11:59pm,3,-1,Cortinilla,,Jingles,Locutora Ana',
].join('\r\n');

// LibreTime's playout history CSV (historytable.js): startDate,startTime,endDate,endTime,title,artist.
const LIBRETIME = ['startDate,startTime,endDate,endTime,title,artist', '2026-03-09,07:00:00,2026-03-09,07:03:25,Migración segura,IREX', '2026-03-09,23:59:00,2026-03-10,00:01:00,Cortinilla,'].join('\r\n');

// ARAS: one event per line; only "Playing:" lines are plays.
const ARAS = [
  '2026-03-09 07:00:00 Started automation',
  '2026-03-09 07:00:05 Playing: C:\\Radio\\Cabina\\000001-migracion-segura-ab12cd34.mp3',
  '2026-03-09 07:03:30 Playing: D:/musica/son jarocho.mp3',
  '2026-03-09 07:05:00 Stopped',
].join('\n');

describe('log values', () => {
  it('reads dates in the saved order and refuses impossible ones', () => {
    expect(parseLogDate('2026-03-09', 'dmy')).toBe('2026-03-09');
    expect(parseLogDate('09/03/2026', 'dmy')).toBe('2026-03-09');
    expect(parseLogDate('03/09/26', 'mdy')).toBe('2026-03-09');
    expect(parseLogDate('31/02/2026', 'dmy')).toBeNull();
    expect(parseLogDate('ayer', 'ymd')).toBeNull();
  });

  it('reads 24-hour and 12-hour times and durations', () => {
    expect(parseLogTime('07:00:05')).toBe(25_205);
    expect(parseLogTime('12:00am')).toBe(0);
    expect(parseLogTime('12:30pm')).toBe(45_000);
    expect(parseLogTime('3:05 p. m.')).toBe(15 * 3600 + 300);
    expect(parseLogTime('25:00')).toBeNull();
    expect(parseLogDuration('00:03:25')).toBe(205);
    expect(parseLogDuration('3:25')).toBe(205);
    expect(parseLogDuration('205,5')).toBe(205.5);
    expect(parseLogDuration('tres')).toBeNull();
  });
});

describe('presets', () => {
  it('AzuraCast: titles from Track, 12-hour times, quoted commas kept', () => {
    const read = readLog(AZURACAST, 'azuracast');
    expect(read.suggested).toBe('azuracast');
    expect(read.lines.map((l) => [l.line, l.wall.date, l.wall.seconds, l.name, l.fileName])).toEqual([
      [2, '2026-03-09', 7 * 3600 + 300, 'Migración segura', null],
      [3, '2026-03-09', 12 * 3600, 'Derechos, también en tránsito', null],
      [4, '2026-03-09', 23 * 3600 + 59 * 60, 'Cortinilla', null],
    ]);
  });

  it('LibreTime: start and end give the seconds played, across midnight too', () => {
    const read = readLog(LIBRETIME, 'libretime');
    expect(read.suggested).toBe('libretime');
    expect(read.lines.map((l) => [l.name, l.wall.seconds, l.seconds])).toEqual([
      ['Migración segura', 25_200, 205],
      ['Cortinilla', 86_340, 120],
    ]);
    const old = readLog('"Start Time","End Time","Title","Creator"\n"2026-03-09 07:00:00","2026-03-09 07:01:00","Cortinilla",""', 'libretime');
    expect(old.lines.map((l) => [l.wall.date, l.wall.seconds, l.seconds])).toEqual([['2026-03-09', 25_200, 60]]);
  });

  it('ARAS: only Playing lines, the file name without its folder', () => {
    const read = readLog(ARAS, 'aras');
    expect(read.lines.map((l) => [l.line, l.wall.seconds, l.fileName])).toEqual([
      [2, 25_205, '000001-migracion-segura-ab12cd34.mp3'],
      [3, 25_410, 'son jarocho.mp3'],
    ]);
    expect(codeOf(() => readLog(AZURACAST, 'aras'))).toMatch(/^asrun.not_a_log/);
  });

  it('generic: semicolons, day/month/year, columns by name or by number, broken dates counted not guessed', () => {
    const text = ['Fecha;Hora;Archivo;Duración', '09/03/2026;07:00:05;C:\\Zara\\capsula.mp3;00:01:00', '31/02/2026;07:10:00;otra.mp3;', '10/03/2026;siete;otra.mp3;'].join('\r\n');
    const mapping = logMappingSchema.parse({ delimiter: ';', date: 'fecha', time: 'Hora', file: '3', duration: 'Duración', dateFormat: 'dmy' });
    const read = readLog(text, 'generic', mapping);
    expect(read.lines.map((l) => [l.wall.date, l.wall.seconds, l.name, l.seconds])).toEqual([['2026-03-09', 25_205, 'capsula.mp3', 60]]);
    expect(read.bad).toEqual([
      { line: 3, reason: 'date' },
      { line: 4, reason: 'time' },
    ]);
    const noHeader = readLog('2026-03-09 07:00:00\tCápsula', 'generic', logMappingSchema.parse({ delimiter: '\t', hasHeader: false, date: '1', title: '2' }));
    expect(noHeader.lines.map((l) => [l.wall.seconds, l.name])).toEqual([[25_200, 'Cápsula']]);
  });

  it('unknown columns say what was expected and what the file has', () => {
    expect(codeOf(() => readLog('Cuando,Que\n2026-03-09,x', 'azuracast'))).toBe('asrun.unknown_columns {"expected":"Date, Time, Track","found":"Cuando, Que"}');
    expect(codeOf(() => readLog('Cuando,Que\n2026-03-09,x', 'generic', logMappingSchema.parse({ date: 'Fecha', title: 'Que' })))).toMatch(/^asrun.unknown_columns/);
    expect(codeOf(() => readLog('a,b', 'generic'))).toMatch(/^asrun.mapping_required/);
  });
});
