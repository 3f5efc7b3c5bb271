import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CatalogIndex } from '../../../../electron/core/catalog/load-catalogs.ts';
import { openDatabase, type Database } from '../../../../electron/core/db/database.ts';
import type { StoredAsset } from '../../../../electron/core/library/stored-asset.ts';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';

/** A small catalog of the shape the app ships, enough for tagging and name search. */
export function testCatalogs(): CatalogIndex {
  const lang = (code: string, nameEs: string, nameEn: string, group: string, autonym: string | null): LanguageEntry => ({
    code,
    nameEs,
    nameEn,
    family: 'Oto-mangue',
    group,
    autonym,
    states: [],
  });
  const languages = [
    lang('spa', 'Español', 'Spanish', 'Español', null),
    lang('xty', 'Mixteco de Yoloxóchitl', 'Yoloxóchitl Mixtec', 'Mixteco', "Tu'un savi"),
    lang('tcf', 'Me’phaa de Malinaltepec', 'Malinaltepec Me’phaa', 'Tlapaneco', "Me'phaa"),
    lang('zai', 'Zapoteco del Istmo', 'Isthmus Zapotec', 'Zapoteco', 'Diidxazá'),
  ];
  const states = [
    { code: '12', name: 'Guerrero', abbreviation: 'GRO', migrationRole: 'origin' as const },
    { code: '20', name: 'Oaxaca', abbreviation: 'OAX', migrationRole: 'origin' as const },
    { code: '25', name: 'Sinaloa', abbreviation: 'SIN', migrationRole: 'destination' as const },
    { code: '02', name: 'Baja California', abbreviation: 'BC', migrationRole: 'destination' as const },
  ];
  const topic = (id: string, nameEs: string, nameEn: string) => ({ id, nameEs, nameEn, descriptionEs: '', descriptionEn: '' });
  const topics = [
    topic('labor-rights', 'Derechos laborales', 'Labor rights'),
    topic('recruitment', 'Reclutamiento y enganchadores', 'Recruitment and labor brokers'),
    topic('wages', 'Salarios y salario mínimo', 'Wages and minimum wage'),
    topic('trafficking', 'Señales de trata', 'Signs of trafficking'),
  ];
  return {
    languages: new Map(languages.map((l) => [l.code, l])),
    states: new Map(states.map((s) => [s.code, s])),
    topics: new Map(topics.map((t) => [t.id, t])),
  };
}

let assetCounter = 0;

/** A stored asset as the import pipeline hands it over; no audio file is needed at this layer. */
export function fakeAsset(overrides: Partial<StoredAsset> = {}): StoredAsset {
  assetCounter += 1;
  return {
    id: assetCounter.toString(16).padStart(64, 'a'),
    originalName: `nota-${assetCounter}.ogg`,
    ext: 'ogg',
    sizeBytes: 12_345,
    durationSec: 42.5,
    format: { container: 'ogg', codec: 'opus', sampleRate: 48_000, channels: 1, bitsPerSample: null, bitRate: 24_000 },
    previewExt: null,
    importedAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  };
}

/** A clock that moves one second per call, so every write has a later updated_at. */
export function steppingClock(start = '2026-01-10T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    t += 1000;
    return new Date(t);
  };
}

export interface TempLibrary {
  dir: string;
  file: string;
  db: Database;
  cleanup(): void;
}

export function tempLibrary(): TempLibrary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-'));
  const file = path.join(dir, 'cabina.db');
  const db = openDatabase(file);
  return {
    dir,
    file,
    db,
    cleanup() {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
