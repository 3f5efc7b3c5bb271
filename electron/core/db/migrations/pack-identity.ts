/**
 * Issue #12 defect 2: a pack segment's identity is (publisher fingerprint, pack segment id), so
 * publisher B reusing A's id can neither archive A's segment nor block A's updates with a huge
 * version. Re-keys pack_segment_map; every existing row keeps the fingerprint it was imported with.
 */
export const packIdentityMigration = `
  CREATE TABLE pack_segment_map_v2 (
    publisher_fingerprint TEXT NOT NULL,
    pack_segment_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    pack_id TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    publisher_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (publisher_fingerprint, pack_segment_id, version)
  ) STRICT;
  INSERT INTO pack_segment_map_v2 (publisher_fingerprint, pack_segment_id, version, segment_id, pack_id, pack_version, publisher_name, imported_at)
    SELECT publisher_fingerprint, pack_segment_id, version, segment_id, pack_id, pack_version, publisher_name, imported_at FROM pack_segment_map;
  DROP TABLE pack_segment_map;
  ALTER TABLE pack_segment_map_v2 RENAME TO pack_segment_map;
  CREATE INDEX pack_segment_map_segment ON pack_segment_map(segment_id);
  -- "Another publisher uses this id" is a lookup by id alone.
  CREATE INDEX pack_segment_map_id ON pack_segment_map(pack_segment_id);
`;
