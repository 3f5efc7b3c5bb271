import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/core/cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-cli-grid-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/examples/oaxaca-week.grid.json'), 'utf8')) as { programs: Record<string, unknown>[] };

function gridFile(name: string, grid: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(grid));
  return file;
}

async function importError(file: string, lang: 'es' | 'en'): Promise<string[]> {
  const err: string[] = [];
  const code = await main(['--data-dir', path.join(dir, 'data'), '--lang', lang, 'schedule', 'import', file], { out: () => undefined, err: (s) => err.push(s) }, {});
  expect(code).toBe(1);
  return err;
}

// issue #11: a Spanish sentence used to carry an English detail ("— segment … is not in the library").
describe('grid import errors are wholly in the UI language', () => {
  it('an unknown segment (the example grid on an empty library)', async () => {
    const file = gridFile('example.json', example);
    expect(await importError(file, 'es')).toEqual(['El archivo de parrilla no es válido: campaigns.0.segments.0 — el segmento «Migración segura: conoce tus derechos» no está en la biblioteca. No se guardó nada.']);
    expect(await importError(file, 'en')).toEqual(['The grid file is not valid: campaigns.0.segments.0 — segment “Migración segura: conoce tus derechos” is not in the library. Nothing was saved.']);
  });

  it('a check of its own code (a bad repeat rule) nests that code’s sentence', async () => {
    const file = gridFile('rule.json', { ...example, programs: [{ ...example.programs[0], rrule: 'FREQ=WEEKLY;BYDAY=LU' }] });
    expect(await importError(file, 'es')).toEqual(['El archivo de parrilla no es válido en programs.0: La regla de repetición «FREQ=WEEKLY;BYDAY=LU» no es válida. No se guardó nada.']);
    expect(await importError(file, 'en')).toEqual(['The grid file is not valid at programs.0: The repeat rule “FREQ=WEEKLY;BYDAY=LU” is not valid. Nothing was saved.']);
  });

  it('a schema problem says zod’s issue in words, not zod’s English message', async () => {
    const file = gridFile('version.json', { ...example, version: 2 });
    expect(await importError(file, 'es')).toEqual(['El archivo de parrilla no es válido: version — no es uno de los valores permitidos. No se guardó nada.']);
    expect(await importError(file, 'en')).toEqual(['The grid file is not valid: version — is not one of the allowed values. Nothing was saved.']);
  });
});
