import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../../../electron/core/db/database.ts';

export interface SeedVersion {
  lang: string | null;
  states?: string[];
  durationSec?: number;
}

export interface SeedSegment {
  title: string;
  validFrom?: string | null;
  validUntil?: string | null;
  versions: SeedVersion[];
}

let counter = 0;

/** Segments written straight into the library tables: scheduling only reads them. */
export function seedSegment(db: Database, s: SeedSegment): { id: string; versionIds: string[] } {
  const id = crypto.randomUUID();
  const versionIds: string[] = [];
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare('INSERT INTO segments (id, title, status, valid_from, valid_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    s.title,
    'approved',
    s.validFrom ?? null,
    s.validUntil ?? null,
    now,
    now,
  );
  s.versions.forEach((v, position) => {
    counter += 1;
    const assetId = counter.toString(16).padStart(64, 'b');
    db.prepare(
      `INSERT INTO assets (id, original_name, ext, size_bytes, duration_sec, container, codec, sample_rate, channels, bits_per_sample, bit_rate, preview_ext, imported_at)
       VALUES (?, ?, 'mp3', 1000, ?, 'mp3', 'mp3', 44100, 1, NULL, 64000, NULL, ?)`,
    ).run(assetId, `${s.title}.mp3`, v.durationSec ?? 30, now);
    const versionId = crypto.randomUUID();
    db.prepare('INSERT INTO versions (id, segment_id, position, language_code, asset_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(versionId, id, position, v.lang, assetId, now);
    (v.states ?? []).forEach((state, i) =>
      db.prepare(`INSERT INTO version_regions (version_id, position, state_code, role) VALUES (?, ?, ?, 'any')`).run(versionId, i, state),
    );
    versionIds.push(versionId);
  });
  return { id, versionIds };
}

export function tempDb(): { db: Database; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-schedule-'));
  const db = openDatabase(path.join(dir, 'cabina.db'));
  return {
    db,
    dir,
    cleanup() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const allAudio = () => true;

/**
 * Stands in for the effective-audio render in export tests (tested on real audio in
 * tests/electron/core/audio/edit/edit-reaches-every-output.test.ts): a file that differs from the
 * original, so a test sees which one the export shipped.
 */
export function fakeRenditions(dir: () => string): (versionId: string) => Promise<string> {
  return async (versionId) => {
    const file = path.join(dir(), 'renders', `${versionId}.mp3`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `rendition ${versionId}`);
    return file;
  };
}

/** Writes a stand-in original (`.mp3`) into the store for every asset, or those of one segment's versions. */
export function writeFakeOriginals(db: Database, store: { originalPath(id: string, ext: string): string }, segmentTitle?: string): void {
  const ids = (segmentTitle === undefined
    ? db.prepare('SELECT id FROM assets').pluck().all()
    : db.prepare('SELECT a.id FROM assets a JOIN versions v ON v.asset_id = a.id JOIN segments s ON s.id = v.segment_id WHERE s.title = ?').pluck().all(segmentTitle)) as string[];
  for (const id of ids) {
    const file = store.originalPath(id, 'mp3');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `audio ${id}`);
  }
}
