import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../../../electron/core/cli.ts';
import { openDatabase } from '../../../../../electron/core/db/database.ts';
import { findPdfBrowser } from '../../../../../electron/core/schedule/exports/pdf-export.ts';
import { CoverageData } from './coverage-data-builder.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An IREX data folder with two stations' airings, written through the real migrations. */
function irexDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-coverage-cli-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'cabina.db'));
  const data = new CoverageData(db);
  const oax = data.station('Radio Ñuu Savi', '20');
  const chis = data.station('Radio "Tzotzil", Chiapas', '07');
  data.segment('seg-wage', 'Salario mínimo', { topics: ['trabajo'], versions: [{ language: 'xty', regions: [{ state: '20', role: 'origin' }] }] });
  data.airing({ station: oax, pack: 'p1', segment: 'seg-wage', language: 'xty', day: '2026-02-10', seconds: 120 });
  data.airing({ station: chis, pack: 'p1', segment: 'seg-wage', language: 'spa', day: '2026-02-11', seconds: 60 });
  db.close();
  return dir;
}

describe('cabina report coverage|export (issue #13 CLI)', () => {
  it('prints totals, a breakdown by state as JSON, and refuses a bad --by in the chosen language', async () => {
    const dir = irexDataDir();
    const totals = await cli(['report', 'coverage', '--from', '2026-02-01', '--to', '2026-02-28', '--data-dir', dir, '--lang', 'en']);
    expect(totals).toMatchObject({ code: 0, out: 'Coverage 2026-02-01 to 2026-02-28: 2 airings, 3 min, 2 stations, 2 languages' });
    const byState = await cli(['report', 'coverage', '--from', '2026-02-01', '--to', '2026-02-28', '--by', 'state', '--json', '--data-dir', dir]);
    expect(JSON.parse(byState.out)).toEqual([
      { key: '07', label: '07', airings: 1, minutes: 1, stations: 1 },
      { key: '20', label: '20', airings: 1, minutes: 2, stations: 1 },
    ]);
    const none = await cli(['report', 'coverage', '--from', '2026-05-01', '--to', '2026-05-31', '--by', 'language', '--data-dir', dir, '--lang', 'en']);
    expect(none).toMatchObject({ code: 0, out: "No airings from 2026-05-01 to 2026-05-31. Have the stations' receipts been imported? (cabina receipt import)" });
    const bad = await cli(['report', 'coverage', '--from', '2026-02-01', '--to', '2026-02-28', '--by', 'week', '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('week');
  });

  it('exports CSV (quoted, UTF-8 with BOM) and XLSX that a spreadsheet reads back', async () => {
    const dir = irexDataDir();
    const out = path.join(dir, 'out');
    const csv = await cli(['report', 'export', '--from', '2026-02-01', '--to', '2026-02-28', '--format', 'csv', '--out', out, '--data-dir', dir]);
    expect(csv.code).toBe(0);
    const text = fs.readFileSync(path.join(out, 'coverage-2026-02-01-2026-02-28.csv'), 'utf8');
    expect(text.startsWith('\uFEFFCobertura')).toBe(true);
    expect(text).toContain('"Radio ""Tzotzil"", Chiapas",1,1,1');
    const xlsx = await cli(['report', 'export', '--from', '2026-02-01', '--to', '2026-02-28', '--format', 'xlsx', '--out', out, '--data-dir', dir, '--lang', 'en']);
    expect(xlsx.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, 'coverage-2026-02-01-2026-02-28.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toContain('By state (INEGI)');
    expect(book.getWorksheet('Coverage')?.getRow(2).values).toEqual([undefined, 2, 3, 2, 2]);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.runIf(findPdfBrowser() !== null)('exports a printable PDF through the schedule PDF path', async () => {
    const dir = irexDataDir();
    const out = path.join(dir, 'out');
    const pdf = await cli(['report', 'export', '--from', '2026-02-01', '--to', '2026-02-28', '--format', 'pdf', '--out', out, '--data-dir', dir]);
    expect(pdf.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'coverage-2026-02-01-2026-02-28.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
