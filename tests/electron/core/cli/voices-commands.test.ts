import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/core/cli.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';

// Issue #14 §2 from the command line: a voice note becomes a testimony, and the summary says
// plainly why it is not counted until its consent covers anonymised reports.
let dir = '';
let fixtures = '';
const out: string[] = [];
const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };
const env = () => ({ ...process.env, CABINA_DATA_DIR: dir, CABINA_LANG: 'es' });
const cli = async (...args: string[]) => {
  out.length = 0;
  return main(args, io, env());
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-voices-cli-'));
  fixtures = await makeFixtures();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cabina voices', () => {
  it('imports, lists and summarises; bad flags are refused by name', async () => {
    expect(await cli('voices', 'list')).toBe(0);
    expect(out).toEqual(['Aún no hay testimonios.']);
    expect(await cli('voices', 'import', path.join(fixtures, 'speech-es.opus'))).toBe(0);
    expect(out[0]).toMatch(/^Testimonio importado: speech-es\.opus \(3\.\d s\)\. Registra su consentimiento/);
    expect(await cli('voices', 'import', path.join(fixtures, 'text.mp3'))).toBe(1);
    expect(out[0]).toMatch(/^ERR No se importó text\.mp3: /);
    expect(await cli('voices', 'list')).toBe(0);
    expect(out[0]).toMatch(/voice_note {2}– {2}consentimiento: ninguno$/);
    const month = new Date().toISOString().slice(0, 7);
    expect(await cli('voices', 'summary', '--from', month, '--to', month)).toBe(0);
    expect(out).toEqual(['0 testimonios contados, 1 sin consentimiento para informes anónimos.']);
    expect(await cli('voices', 'summary', '--from', '2026-13', '--to', month)).toBe(1);
    expect(out.join('\n')).toContain('--from');
    expect(await cli('voices', 'summary', '--from', month, '--to', month, '--format', 'csv', '--out', path.join(dir, 'resumen'))).toBe(0);
    expect(out[0]).toMatch(/^Resumen escrito: .*testimonios-radio-.*\.csv$/);
    expect(await cli('voices')).toBe(2);
  });
});
