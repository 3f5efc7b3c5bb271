import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { migrations } from '../../../../electron/core/db/migrations.ts';
import { packIdentityMigration } from '../../../../electron/core/db/migrations/pack-identity.ts';
import { databaseBefore } from '../support/old-database.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// Issue #12: pack_segment_map re-keyed to (publisher fingerprint, pack segment id, version); a
// station upgrading keeps every imported row with the fingerprint it was imported with.

const temp = useTempDir('cabina-pack-identity-db-');
const FP_A = 'a'.repeat(64);
const FP_B = 'b'.repeat(64);
const PACK_SEGMENT = '11111111-1111-4111-8111-111111111111';

describe('pack identity migration', () => {
  it('keeps existing rows and their fingerprints, and lets a second publisher use the same (id, version)', () => {
    const file = path.join(temp.path, 'old.db');
    const old = databaseBefore(file, packIdentityMigration);
    old.prepare("INSERT INTO segments (id, title, created_at, updated_at) VALUES ('seg-a', 'A', 'now', 'now')").run();
    old
      .prepare('INSERT INTO pack_segment_map (pack_segment_id, version, segment_id, pack_id, pack_version, publisher_fingerprint, publisher_name, imported_at) VALUES (?, 3, ?, ?, 1, ?, ?, ?)')
      .run(PACK_SEGMENT, 'seg-a', 'pack-1', FP_A, 'IREX', '2026-01-10T00:00:00.000Z');
    // Today's key: a second publisher's (id, version) collides.
    expect(() =>
      old.prepare("INSERT INTO pack_segment_map (pack_segment_id, version, segment_id, pack_id, pack_version, publisher_fingerprint, publisher_name, imported_at) VALUES (?, 3, 'seg-a', 'p', 1, ?, 'B', 'now')").run(PACK_SEGMENT, FP_B),
    ).toThrow(/UNIQUE|PRIMARY/);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.prepare('SELECT publisher_fingerprint, pack_segment_id, version, segment_id, publisher_name FROM pack_segment_map').all()).toEqual([
        { publisher_fingerprint: FP_A, pack_segment_id: PACK_SEGMENT, version: 3, segment_id: 'seg-a', publisher_name: 'IREX' },
      ]);
      db.prepare("INSERT INTO pack_segment_map (pack_segment_id, version, segment_id, pack_id, pack_version, publisher_fingerprint, publisher_name, imported_at) VALUES (?, 3, 'seg-a', 'p', 1, ?, 'B', 'now')").run(PACK_SEGMENT, FP_B);
      expect(db.prepare('SELECT COUNT(*) FROM pack_segment_map WHERE pack_segment_id = ?').pluck().get(PACK_SEGMENT)).toBe(2);
      // The cascade from segments still holds after the table was rebuilt.
      db.prepare("DELETE FROM segments WHERE id = 'seg-a'").run();
      expect(db.prepare('SELECT COUNT(*) FROM pack_segment_map').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
