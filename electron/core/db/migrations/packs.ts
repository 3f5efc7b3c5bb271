/**
 * Segment packs (issue #6). Own tables only: the library's rows get their origin columns filled,
 * everything else about packs lives here.
 * - pack_segment_map: which local segment holds each (pack segment id, version); a newer version
 *   becomes a new local segment and the older one is archived, never overwritten.
 * - pack_published: the version this station last published for its own segments, bumped when the
 *   segment changed since (updated_at).
 */
export const packsMigration = `
  CREATE TABLE pack_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    publisher_name TEXT NOT NULL
  ) STRICT;

  CREATE TABLE pack_publishers (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('user','settings','self')),
    added_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE pack_segment_map (
    pack_segment_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    segment_id TEXT NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    pack_id TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    publisher_fingerprint TEXT NOT NULL,
    publisher_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (pack_segment_id, version)
  ) STRICT;
  CREATE INDEX pack_segment_map_segment ON pack_segment_map(segment_id);

  CREATE TABLE pack_published (
    segment_id TEXT PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE pack_feeds (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL,
    last_checked_at TEXT,
    last_error TEXT
  ) STRICT;

  CREATE TABLE pack_inbox (
    id TEXT PRIMARY KEY,
    feed_id TEXT REFERENCES pack_feeds(id) ON DELETE CASCADE,
    pack_id TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    title TEXT NOT NULL,
    file TEXT NOT NULL,
    source_url TEXT NOT NULL,
    added_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new','imported')),
    UNIQUE (pack_id, pack_version)
  ) STRICT;
`;
