/**
 * Station setup (issue #11).
 * - station_settings.publisher_name: who packs built here are signed as (empty = the station's name).
 *   It moves here from pack_settings, which packs no longer reads: one row says who the station is.
 *   A name already set through `packs.setPublisherName` is carried over; that creates the station
 *   row, so such a station counts as set up (someone already chose who it is).
 * - station_setup: the first-run setup was skipped (the row's existence is the fact). Without a
 *   station row and without it, the app offers the setup on start.
 */
export const stationMigration = `
  ALTER TABLE station_settings ADD COLUMN publisher_name TEXT NOT NULL DEFAULT '';

  INSERT INTO station_settings (id, name, publisher_name)
    SELECT 1, 'Radio comunitaria', publisher_name FROM pack_settings WHERE id = 1
    ON CONFLICT (id) DO UPDATE SET publisher_name = excluded.publisher_name;

  CREATE TABLE station_setup (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    skipped_at TEXT NOT NULL
  ) STRICT;
`;
