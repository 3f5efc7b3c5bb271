import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { CatalogIndex } from '../../../../electron/core/catalog/load-catalogs.ts';
import { openDatabase, type Database } from '../../../../electron/core/db/database.ts';
import { SegmentRepository } from '../../../../electron/core/library/segment-repository.ts';
import type { StoredAsset } from '../../../../electron/core/library/stored-asset.ts';
import { LANGUAGES, STATES, TOPICS } from '../../../../scripts/bench/synthetic-vocabulary.ts';

/**
 * A small catalog of the shape the app ships, enough for tagging and name search: a few entries of the
 * bench's synthetic vocabulary (search indexes only their names, which are what the tests type).
 */
export function testCatalogs(): CatalogIndex {
  return {
    languages: pick(LANGUAGES, (l) => l.code, ['spa', 'xty', 'tcf', 'zai']),
    states: pick(STATES, (s) => s.code, ['12', '20', '25', '02']),
    topics: pick(TOPICS, (t) => t.id, ['labor-rights', 'recruitment', 'wages', 'trafficking']),
    testimonyCategories: new Map(['salarios-no-pagados', 'vivienda', 'otro'].map((id) => [id, { id, nameEs: id, nameEn: id, descriptionEs: '', descriptionEn: '' }])),
  };
}

function pick<T>(entries: readonly T[], key: (entry: T) => string, wanted: readonly string[]): Map<string, T> {
  return new Map(
    wanted.map((code) => {
      const entry = entries.find((e) => key(e) === code);
      if (!entry) throw new Error(`${code} is missing from scripts/bench/synthetic-vocabulary.ts`);
      return [code, entry];
    }),
  );
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
    pcmSha256: null,
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

export interface RepositoryLibrary {
  readonly db: Database;
  readonly file: string;
  readonly repo: SegmentRepository;
}

/**
 * A fresh library database with a SegmentRepository over it (test catalogs, stepping clock) for each
 * test, closed and removed after it. Read its fields inside hooks and tests, not at import time.
 */
export function useRepositoryLibrary(): RepositoryLibrary {
  let current: { lib: TempLibrary; repo: SegmentRepository } | undefined;
  const now = () => {
    if (!current) throw new Error('The test library exists only while a test runs');
    return current;
  };
  beforeEach(() => {
    const lib = tempLibrary();
    current = { lib, repo: new SegmentRepository(lib.db, testCatalogs(), steppingClock()) };
  });
  afterEach(() => {
    current?.lib.cleanup();
    current = undefined;
  });
  return {
    get db() {
      return now().lib.db;
    },
    get file() {
      return now().lib.file;
    },
    get repo() {
      return now().repo;
    },
  };
}
