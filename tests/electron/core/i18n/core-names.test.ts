import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { coreNames, readUiLanguage } from '../../../../electron/core/i18n/core-names.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #11 item 14: names the core makes on its own follow the UI language, in both languages.
const open: Core[] = [];
const dirs = useTempDirs('cabina-names-');
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
}, 60_000);
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function start(dataDir: string): Promise<Core> {
  const core = await createCore({ dataDir, transport: 'cli' });
  open.push(core);
  return core;
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.value as MethodOutput<M>;
}

/** A recording WAV left in recordings/ with no session row (its database went with an old data folder). */
function leaveOrphanWav(dataDir: string) {
  fs.mkdirSync(path.join(dataDir, 'recordings'), { recursive: true });
  fs.copyFileSync(path.join(fixtures, 'speech-es-16.wav'), path.join(dataDir, 'recordings', 'toma-perdida.wav'));
}

describe('core-made names in the UI language', () => {
  it('Spanish until told otherwise: the unset station and a recovered recording', async () => {
    const dataDir = dirs.make();
    leaveOrphanWav(dataDir);
    const core = await start(dataDir);
    expect((await call(core, 'station.get', {})).name).toBe('Radio comunitaria');
    const titles = (await call(core, 'library.search', {})).items.map((s) => s.title);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/^Grabación recuperada \d{4}-\d\d-\d\d \d\d:\d\d$/);
  }, 60_000);

  it('in English once the UI says so, remembered across a restart (recovery runs before any window asks)', async () => {
    const dataDir = dirs.make();
    const first = await start(dataDir);
    expect(await call(first, 'app.setLanguage', { language: 'en' })).toEqual({ language: 'en' });
    expect((await call(first, 'station.get', {})).name).toBe('Community radio');
    first.close();
    open.splice(0);
    leaveOrphanWav(dataDir);
    const core = await start(dataDir);
    expect((await call(core, 'station.get', {})).name).toBe('Community radio');
    const titles = (await call(core, 'library.search', {})).items.map((s) => s.title);
    expect(titles[0]).toMatch(/^Recovered recording \d{4}-\d\d-\d\d \d\d:\d\d$/);
    // Back to Spanish: new names are Spanish again; what was named stays as it is.
    await call(core, 'app.setLanguage', { language: 'es-MX' });
    expect((await call(core, 'station.get', {})).name).toBe('Radio comunitaria');
    expect((await call(core, 'library.search', {})).items[0]?.title).toMatch(/^Recovered recording/);
    // A saved station keeps the name it was given, whatever the language.
    await call(core, 'station.set', { name: 'Radio Nandía' });
    await call(core, 'app.setLanguage', { language: 'en' });
    expect((await call(core, 'station.get', {})).name).toBe('Radio Nandía');
  }, 60_000);

  it('the fallback title of a take that lost its title, in each language; an unknown language is refused', async () => {
    const dataDir = dirs.make();
    const core = await start(dataDir);
    const db = openDatabase(path.join(dataDir, 'cabina.db'));
    try {
      expect(readUiLanguage(db)).toBe('es-MX');
      expect(coreNames(db).take()).toBe('Grabación');
      await call(core, 'app.setLanguage', { language: 'en' });
      expect(coreNames(db).take()).toBe('Recording');
    } finally {
      db.close();
    }
    await expect(call(core, 'app.setLanguage', { language: 'fr' as 'en' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
