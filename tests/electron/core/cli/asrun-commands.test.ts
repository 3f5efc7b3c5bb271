import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { parseMapFlag } from '../../../../electron/core/cli/asrun-commands.ts';
import { seedSegment } from '../schedule/schedule-fixtures.ts';
import { useTempDir } from '../support/temp-dirs.ts';
import { runCli } from './run-cli.ts';

const dir = useTempDir('cabina-cli-asrun-');

describe('cabina asrun import-log', () => {
  it('imports a log with a column mapping, counts matched / unmatched / known, and says so in Spanish or as JSON', async () => {
    const data = path.join(dir.path, 'data');
    expect((await runCli(data, 'station', 'set', '--timezone', 'America/Tijuana')).code).toBe(0);
    const db = openDatabase(path.join(data, 'cabina.db'));
    seedSegment(db, { title: 'Migración segura', versions: [{ lang: 'spa' }] });
    db.close();
    const log = path.join(dir.path, 'zara.csv');
    fs.writeFileSync(log, 'Fecha;Hora;Archivo\r\n09/03/2026;07:00:00;C:\\Zara\\migracion segura.mp3\r\n09/03/2026;07:05:00;C:\\Zara\\cumbia.mp3\r\n');
    const map = 'date=Fecha,time=Hora,file=Archivo,delimiter=semicolon,dateformat=dmy';
    const first = await runCli(data, 'asrun', 'import-log', log, '--map', map);
    expect(first).toEqual({ code: 0, out: ['Registro «zara.csv»: 2 líneas — 1 identificadas, 1 sin identificar, 0 ya conocidas, 0 ignoradas, 0 omitidas.'], err: [] });
    const again = await runCli(data, 'asrun', 'import-log', log, '--preset', 'generic', '--map', map, '--json');
    expect(JSON.parse(again.out.join('\n'))).toMatchObject({ importId: null, lines: 2, matched: 0, unmatched: 0, known: 2 });
  });

  it('without --preset, picks the preset the file fits (an ARAS log here)', async () => {
    const data = path.join(dir.path, 'data');
    const log = path.join(dir.path, 'aras.log');
    fs.writeFileSync(log, '2026-03-09 07:00:00 Started\n2026-03-09 07:00:05 Playing: C:\\Radio\\cumbia.mp3\n');
    const run = await runCli(data, 'asrun', 'import-log', log, '--json');
    expect(JSON.parse(run.out.join('\n'))).toMatchObject({ lines: 1, unmatched: 1 });
  });

  it('explains a log whose columns do not fit the preset, and a preset that does not exist', async () => {
    const data = path.join(dir.path, 'data');
    const log = path.join(dir.path, 'otra.csv');
    fs.writeFileSync(log, 'Cuando,Que\n2026-03-09,x\n');
    const wrong = await runCli(data, 'asrun', 'import-log', log, '--preset', 'azuracast');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toEqual(['Las columnas del archivo no coinciden con el formato elegido: se esperaba Date, Time, Track y el archivo tiene Cuando, Que. Elige otro formato o asigna las columnas. No se importó nada.']);
    const unknown = await runCli(data, 'asrun', 'import-log', log, '--preset', 'zararadio', '--lang', 'en');
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toContain('zararadio');
  });

  it('reads the --map flag and refuses an unknown key', () => {
    expect(parseMapFlag('date=1,title=3,header=no,delimiter=tab')).toMatchObject({ date: '1', title: '3', hasHeader: false, delimiter: '\t', dateFormat: 'ymd' });
    expect(() => parseMapFlag('date=1,color=3')).toThrow();
    expect(() => parseMapFlag('time=2')).toThrow();
  });
});
