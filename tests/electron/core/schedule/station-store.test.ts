import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/core/cli/cli-call.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { migrations } from '../../../../electron/core/db/migrations.ts';
import { publisherName } from '../../../../electron/core/packs/pack-build-service.ts';
import { readStation, setupNeeded, skipSetup, stationPublisherName, writeStation } from '../../../../electron/core/schedule/station-store.ts';
import { codeOf } from '../support/errors.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { tempDb } from './schedule-fixtures.ts';

const tempDirs = useTempDirs('cabina-station-');
const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});
async function newCore(): Promise<Core> {
  const core = await createCore({ dataDir: tempDirs.make(), transport: 'cli' });
  open.push(core);
  return core;
}

describe('station setup (issue #11) — store', () => {
  it('a new database needs the setup until the station is saved; packs say "Cabina" until then', () => {
    const t = tempDb();
    try {
      expect(setupNeeded(t.db)).toBe(true);
      expect(publisherName(t.db)).toBe('Cabina');
      writeStation(t.db, { ...readStation(t.db), name: 'Radio Ñuu Savi', callSign: 'xhnsv-fm' });
      expect(setupNeeded(t.db)).toBe(false);
      expect(readStation(t.db).callSign).toBe('XHNSV-FM');
      // No publisher chosen: packs are signed with the station's name.
      expect(publisherName(t.db)).toBe('Radio Ñuu Savi');
      writeStation(t.db, { ...readStation(t.db), publisherName: 'IREX · Radio Ñuu Savi' });
      expect(publisherName(t.db)).toBe('IREX · Radio Ñuu Savi');
    } finally {
      t.cleanup();
    }
  });

  it('skipping hides the setup without inventing a station', () => {
    const t = tempDb();
    try {
      skipSetup(t.db, new Date('2026-03-02T12:00:00Z'));
      expect(setupNeeded(t.db)).toBe(false);
      expect(t.db.prepare('SELECT COUNT(*) FROM station_settings').pluck().get()).toBe(0);
      expect(stationPublisherName(t.db)).toBe('Cabina');
    } finally {
      t.cleanup();
    }
  });

  it('migration 6 carries a publisher name set before it into the station', () => {
    const dir = tempDirs.make();
    const file = path.join(dir, 'cabina.db');
    const old = new BetterSqlite3(file);
    for (const sql of migrations.slice(0, 5)) old.exec(sql);
    old.pragma('user_version = 5');
    old.prepare('INSERT INTO pack_settings (id, publisher_name) VALUES (1, ?)').run('Radio Tsinaka');
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(readStation(db).publisherName).toBe('Radio Tsinaka');
      expect(publisherName(db)).toBe('Radio Tsinaka');
      expect(setupNeeded(db)).toBe(false);
    } finally {
      db.close();
    }
  });
});

describe('station setup (issue #11) — API', () => {
  it('saves call sign, INEGI place, zone, languages and publisher; status and skip', async () => {
    const core = await newCore();
    expect(await call(core, 'station.setupStatus', {})).toEqual({ needed: true });
    const saved = await call(core, 'station.set', {
      name: 'Radio Ñuu Savi',
      callSign: 'XHNSV',
      stateCode: '20',
      municipalityCode: '20469',
      timeZone: 'America/Mexico_City',
      languages: ['spa', 'mix'],
      publisherName: 'Radio Ñuu Savi (Juxtlahuaca)',
    });
    expect(saved).toMatchObject({ stateCode: '20', municipalityCode: '20469', publisherName: 'Radio Ñuu Savi (Juxtlahuaca)' });
    expect(await call(core, 'station.setupStatus', {})).toEqual({ needed: false });
    expect((await call(core, 'packs.keyInfo', {})).publisherName).toBe('Radio Ñuu Savi (Juxtlahuaca)');
  });

  it('refuses a municipality of another state, an unknown key and a malformed call sign, writing nothing', async () => {
    const core = await newCore();
    await call(core, 'station.set', { name: 'Radio Ñuu Savi', stateCode: '20', municipalityCode: '20469' });
    expect(await codeOf(call(core, 'station.set', { stateCode: '12', municipalityCode: '20469' }))).toBe('schedule.municipality_state');
    expect(await codeOf(call(core, 'station.set', { municipalityCode: '20999' }))).toBe('schedule.unknown_municipality');
    expect(await codeOf(call(core, 'station.set', { callSign: 'Radio 98.5' }))).toBe('invalid_input');
    expect(await call(core, 'station.get', {})).toMatchObject({ stateCode: '20', municipalityCode: '20469', callSign: '' });
  });

  it('a new state alone drops the old state’s municipality', async () => {
    const core = await newCore();
    await call(core, 'station.set', { stateCode: '20', municipalityCode: '20184' });
    expect(await call(core, 'station.set', { stateCode: '12' })).toMatchObject({ stateCode: '12', municipalityCode: null });
  });

  it('lists a state’s INEGI municipalities by name, and nothing for other states’ keys', async () => {
    const core = await newCore();
    const oaxaca = await call(core, 'station.municipalities', { stateCode: '20' });
    expect(oaxaca).toHaveLength(570);
    expect(oaxaca).toContainEqual({ code: '20184', name: 'San Juan Bautista Tuxtepec' });
    expect(oaxaca.every((m) => m.code.startsWith('20'))).toBe(true);
    const names = oaxaca.map((m) => m.name);
    expect(names.indexOf('Abejones')).toBeLessThan(names.indexOf('Zimatlán de Álvarez'));
    const bc = await call(core, 'station.municipalities', { stateCode: '02' });
    expect(bc.map((m) => m.name)).toContain('Tijuana');
  });

  it('skipSetup answers that the setup is no longer needed', async () => {
    const core = await newCore();
    expect(await call(core, 'station.skipSetup', {})).toEqual({ needed: false });
    expect(await call(core, 'station.setupStatus', {})).toEqual({ needed: false });
  });
});
