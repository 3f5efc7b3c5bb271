/**
 * La parrilla (issue #5). Own tables only; segments/versions are referenced, never altered.
 * Instances keep only one-off overrides (NULL = follow the series), so a series edit moves every
 * untouched airing and leaves edited ones where the user put them.
 */
export const scheduleMigration = `
  CREATE TABLE station_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    call_sign TEXT NOT NULL DEFAULT '',
    state_code TEXT,
    municipality_code TEXT,
    time_zone TEXT NOT NULL DEFAULT 'America/Mexico_City',
    languages TEXT NOT NULL DEFAULT '[]'
  ) STRICT;

  CREATE TABLE schedule_programs (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    host TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL,
    languages TEXT NOT NULL,
    rrule TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    start_time TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    exdates TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE schedule_instances (
    id TEXT PRIMARY KEY,
    program_id TEXT NOT NULL REFERENCES schedule_programs(id) ON DELETE CASCADE,
    occurrence_date TEXT NOT NULL,
    date TEXT,
    start_min INTEGER,
    duration_min INTEGER,
    status TEXT CHECK (status IN ('scheduled','cancelled')),
    replacement_title TEXT,
    UNIQUE (program_id, occurrence_date)
  ) STRICT;
  CREATE INDEX schedule_instances_date ON schedule_instances(date);

  CREATE TABLE schedule_items (
    id TEXT PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES schedule_instances(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES schedule_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('segment','live','jingle','spot_break','spot')),
    title TEXT NOT NULL DEFAULT '',
    segment_id TEXT REFERENCES segments(id) ON DELETE SET NULL,
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    campaign_id TEXT REFERENCES schedule_campaigns(id) ON DELETE CASCADE,
    duration_sec REAL NOT NULL DEFAULT 0,
    auto INTEGER NOT NULL DEFAULT 0
  ) STRICT;
  CREATE INDEX schedule_items_instance ON schedule_items(instance_id, parent_id, position);
  CREATE INDEX schedule_items_segment ON schedule_items(segment_id);

  CREATE TABLE schedule_campaigns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    segment_ids TEXT NOT NULL,
    plays_per_day INTEGER,
    plays_per_week INTEGER,
    dayparts TEXT NOT NULL DEFAULT '[]',
    languages TEXT NOT NULL DEFAULT '[]',
    regions TEXT NOT NULL DEFAULT '[]',
    min_separation_min INTEGER NOT NULL DEFAULT 60,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL
  ) STRICT;

  CREATE TABLE schedule_asrun (
    id TEXT PRIMARY KEY,
    instance_id TEXT,
    item_id TEXT,
    title TEXT NOT NULL,
    segment_id TEXT,
    version_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('aired','skipped','played')),
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX schedule_asrun_at ON schedule_asrun(at);
  CREATE INDEX schedule_asrun_item ON schedule_asrun(item_id);

  -- Stable Rivendell-style cart numbers: segments.seq moves on every edit, these never do.
  CREATE TABLE schedule_carts (
    cart INTEGER PRIMARY KEY,
    segment_id TEXT NOT NULL UNIQUE REFERENCES segments(id) ON DELETE CASCADE
  ) STRICT;

  -- What the cron jobs already did (reminders sent, last daily run), so a restart neither repeats
  -- nor skips them.
  CREATE TABLE schedule_job_marks (
    key TEXT PRIMARY KEY,
    at TEXT NOT NULL
  ) STRICT;
`;
