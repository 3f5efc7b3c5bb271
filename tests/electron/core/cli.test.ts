import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli.ts';
import { makeFixtures } from '../../../scripts/fixtures/make-fixtures.ts';

let fixtures = '';
const dirs: string[] = [];

beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-cli-'));
  dirs.push(dir);
  return dir;
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cabina CLI', () => {
  it('imports with tags and finds the segment by an unaccented language name, as JSON', async () => {
    const dataDir = tempDir();
    const file = path.join(fixtures, 'speech-es.m4a');
    const imported = await cli(['import', file, '--title', 'Conoce tus derechos', '--language', 'xty', '--region', '20:origin', '--topic', 'derechos-laborales', '--data-dir', dataDir, '--json']);
    expect(imported.code).toBe(0);
    const rows = JSON.parse(imported.out) as { outcome: string; segment: { languages: string[]; regions: string[]; topics: string[] } }[];
    expect(rows[0]).toMatchObject({ outcome: 'imported', segment: { languages: ['xty'], regions: ['20'], topics: ['derechos-laborales'] } });

    const found = await cli(['search', 'yoloxochitl', '--region', '20', '--data-dir', dataDir, '--json']);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.out)).toMatchObject({ total: 1, items: [{ title: 'Conoce tus derechos' }] });

    const catalog = await cli(['catalog', 'languages', '--json', '--data-dir', dataDir]);
    expect((JSON.parse(catalog.out) as { code: string }[]).some((l) => l.code === 'tcf')).toBe(true);
  });

  it('keeps importing after a bad file, reports it in one translated sentence and exits non-zero', async () => {
    const dataDir = tempDir();
    const result = await cli(['import', path.join(fixtures, 'text.mp3'), path.join(fixtures, 'speech-es.ogg'), '--data-dir', dataDir], { CABINA_LANG: 'en' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/text\.mp3.*not an audio file/i);
    expect(result.err).not.toMatch(/\n\s+at /);
    const list = await cli(['segments', 'list', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(list.out)).toMatchObject({ total: 1 });
  });

  it('prints errors in Spanish by default, with the stack only under --verbose', async () => {
    const dataDir = tempDir();
    const bad = await cli(['search', 'x', '--region', 'zz', '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toHaveLength(1);
    const unknown = await cli(['publicar', '--data-dir', dataDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Comando desconocido/);
    const blocker = path.join(dataDir, 'file');
    fs.writeFileSync(blocker, '');
    const verbose = await cli(['segments', 'list', '--data-dir', path.join(blocker, 'x'), '--verbose']);
    expect(verbose.code).toBe(1);
    expect(verbose.err).toMatch(/\n\s+at /);
  });
});
