import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toErrorData } from '../../../../shared/api/errors.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { scheduleCommand } from '../../../../electron/core/cli/schedule-commands.ts';
import { createTranslator, errorSentence } from '../../../../electron/core/i18n/translator.ts';

let dir: string;
let core: Core;
const out: string[] = [];
const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };
const es = createTranslator('es');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-cli-schedule-'));
  core = await createCore({ dataDir: path.join(dir, 'data'), transport: 'cli' });
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const grid = {
  format: 'cabina-grid',
  version: 1,
  programs: [{ key: 'noticias', title: 'Noticias', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 }],
  rundowns: [{ program: 'noticias', date: '2026-03-09', items: [{ kind: 'live', title: 'Saludo, "bienvenida"', durationSec: 300 }, { kind: 'spot_break', durationSec: 120 }] }],
};

describe('cabina station / schedule / asrun', () => {
  it('sets the station and refuses an unknown zone with a translated sentence', async () => {
    expect(await scheduleCommand(core, 'station', ['set'], { name: 'Radio Ñuu Savi', timezone: 'America/Tijuana', languages: 'spa,mix' }, es, io)).toBe(0);
    expect(out.pop()).toBe('Estación: Radio Ñuu Savi · America/Tijuana · lenguas: spa, mix');
    const error = await scheduleCommand(core, 'station', ['set'], { timezone: 'Mars/Olympus' }, es, io).catch((e: unknown) => e);
    expect(errorSentence(es, toErrorData(error))).toBe('«Mars/Olympus» no es una zona horaria conocida (ejemplo: America/Mexico_City).');
  });

  it('imports a grid file, and explains a file that is not JSON', async () => {
    const file = path.join(dir, 'grid.json');
    fs.writeFileSync(file, JSON.stringify(grid));
    expect(await scheduleCommand(core, 'schedule', ['import', file], {}, es, io)).toBe(0);
    expect(out.pop()).toBe('Parrilla importada — programas: 1 · campañas: 0.');
    fs.writeFileSync(file, '{ "format": ');
    const error = await scheduleCommand(core, 'schedule', ['import', file], {}, es, io).catch((e: unknown) => e);
    expect(errorSentence(es, toErrorData(error))).toBe('El archivo de parrilla no es válido: grid.json — no es JSON válido. No se guardó nada.');
  });

  it('exports a CSV day and fills (no campaigns: nothing placed)', async () => {
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    expect(await scheduleCommand(core, 'schedule', ['export'], { from: '2026-03-09', to: '2026-03-09', format: 'csv', out: usb }, es, io)).toBe(0);
    const csv = fs.readFileSync(path.join(usb, 'cabina-2026-03-09.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toBe('2026-03-09,07:00:00,Noticias,live,"Saludo, ""bienvenida""",,300,,');
    // The empty spot break is a row too (issue #16): a spreadsheet rundown shows every item.
    expect(csv.split('\r\n')[2]).toBe('2026-03-09,07:05:00,Noticias,spot_break,,,120,,');
    expect(out.slice(-2)).toEqual([`Exportado: ${path.join(usb, 'cabina-2026-03-09.csv')}`, 'Elementos exportados: 2.']);
    // A day whose rundown is empty: said as 0 items, and no file.
    expect(await scheduleCommand(core, 'schedule', ['export'], { from: '2026-03-10', to: '2026-03-10', format: 'zara', out: usb, split: 'program' }, es, io)).toBe(0);
    expect(out.pop()).toBe('No se exportó nada: 0 elementos entre 2026-03-10 y 2026-03-10. No se escribió ningún archivo.');
    expect(fs.existsSync(path.join(usb, 'cabina-2026-03-10.lst'))).toBe(false);
    const bad = await scheduleCommand(core, 'schedule', ['export'], { from: '2026-03-10', to: '2026-03-10', format: 'zara', out: usb, split: 'hour' }, es, io).catch((e: unknown) => e);
    expect(toErrorData(bad)).toMatchObject({ code: 'invalid_input', details: { field: '--split' } });
    expect(await scheduleCommand(core, 'schedule', ['fill'], { from: '2026-03-09', to: '2026-03-15' }, es, io)).toBe(0);
    expect(out.pop()).toBe('Campañas — reproducciones colocadas: 0.');
  });

  it('exports the as-run log as CSV', async () => {
    const today = await core.handlers['onair.today']({});
    expect(today.rundowns).toBeInstanceOf(Array);
    const usb = path.join(dir, 'usb');
    expect(await scheduleCommand(core, 'asrun', ['export'], { from: '2026-03-09', to: '2026-03-09', format: 'csv', out: usb }, es, io)).toBe(0);
    expect(fs.readFileSync(path.join(usb, 'cabina-asrun-2026-03-09_2026-03-09.csv'), 'utf8')).toBe('\uFEFFat,status,title,instance_id,item_id,segment_id,version_id\r\n');
  });
});
