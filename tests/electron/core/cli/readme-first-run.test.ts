import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/core/cli.ts';
import { createCore } from '../../../../electron/core/core.ts';

/*
 * Issue #11 req. 13: the README's first-run block works as written on a fresh data folder. The
 * block is read from README.md itself, so editing the README without keeping it runnable fails
 * here. `npm run cli -- ARGS` runs the CLI's main(ARGS) in this process, from a folder that stands
 * for the repository root (its resources/ is the real one) so the block's relative paths resolve
 * as they do for a reader, while usb/ and the data folder land in a temp folder.
 */

const root = path.resolve(import.meta.dirname, '../../../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

function firstRunBlock(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Primer uso / First run'));
  const block = section?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!block) throw new Error('README.md has no "Primer uso / First run" sh block');
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** Shell words of one line: double-quoted strings and bare words are all the README uses. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

let dir: string;
let cwd: string;
const out: string[] = [];
const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-first-run-'));
  cwd = process.cwd();
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  fs.symlinkSync(path.join(root, 'resources'), path.join(repo, 'resources'));
  process.chdir(repo);
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("README's first run", () => {
  it('imports the demo pack, the example grid, fills the week and exports Monday for ZaraRadio with its audio', async () => {
    const lines = firstRunBlock();
    expect(lines.filter((l) => l.startsWith('npm run cli -- ')).map((l) => words(l)[4])).toEqual(['pack', 'schedule', 'schedule', 'schedule']);
    const dataDir = path.join(dir, 'fresh-data');
    const env: NodeJS.ProcessEnv = { LANG: 'es_MX.UTF-8' };
    for (const line of lines) {
      const w = words(line);
      if (w[0] === 'export' && w[1]?.startsWith('CABINA_DATA_DIR=')) {
        // The reader's own fresh folder ($PWD/.cabina-data) becomes a fresh temp folder here.
        env.CABINA_DATA_DIR = dataDir;
      } else if (w[0] === 'mkdir' && w[1] === '-p' && w[2]) {
        fs.mkdirSync(w[2], { recursive: true });
      } else if (line.startsWith('npm run cli -- ')) {
        out.length = 0;
        const status = await main(w.slice(4), io, env);
        expect({ line, status, out }).toEqual({ line, status: 0, out: expect.not.arrayContaining([expect.stringMatching(/^ERR /)]) as unknown });
      } else {
        throw new Error(`The first-run block has a line this test cannot run: ${line}`);
      }
    }
    expect(fs.existsSync(path.join(dataDir, 'cabina.db'))).toBe(true);

    // The pack brought its three segments, each in Spanish and Mixteco.
    const core = await createCore({ dataDir, transport: 'cli' });
    try {
      const found = await core.handlers['library.search']({ query: '', filters: { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null }, offset: 0, limit: 100 });
      expect(found.items.map((s) => s.title).sort()).toEqual(['Enganchadores: no pagues por un trabajo', 'Identificación', 'Migración segura: conoce tus derechos']);
      for (const s of found.items) expect([...s.languages].sort()).toEqual(['mix', 'spa']);
      const fill = await core.handlers['schedule.fill']({ from: '2026-03-09', to: '2026-03-15', dryRun: true });
      expect(fill.placed).toBe(6);
    } finally {
      core.close();
    }

    // usb/ holds Monday's playlist and every file it names, copied.
    const lst = fs.readFileSync(path.join('usb', 'cabina-2026-03-09.lst'), 'latin1').split('\r\n').filter(Boolean);
    const entries = lst.slice(1).map((l) => l.split('\t')[1]?.split('\\').pop() ?? '');
    expect(Number(lst[0])).toBe(entries.length);
    // The rundown's segment, the jingle, and a spot only the campaign fill puts there.
    expect(entries).toEqual(expect.arrayContaining([expect.stringMatching(/migracion-segura/), expect.stringMatching(/identificacion/), expect.stringMatching(/enganchadores/)]));
    for (const name of entries) expect(fs.statSync(path.join('usb', 'audio', name)).size).toBeGreaterThan(1000);
  });
});
