/**
 * Informes (issue #13): the two ends of the as-run loop. Reports own these tables (DESIGN.md §1).
 *
 * Station side
 * - report_asrun: airings that did not go through the Al aire desk (schedule_asrun holds those):
 *   lines of the playout software's log and days a manager confirmed as planned. `line_key` makes a
 *   re-import of the same log add nothing twice. `version_id` is null while a line is unmatched.
 * - report_log_imports: one row per imported log file (what the user sees as history).
 * - report_log_mappings: a generic column mapping the station saved once.
 *
 * IREX side
 * - report_stations: the station trust list (like pack_publishers for packs).
 * - report_receipts: each receipt imported once (by its sha256 and its id).
 * - report_airings: one row per airing a station reported. (station, airing_key) is the identity a
 *   station gives an airing, so two receipts that overlap never count it twice.
 */
export const reportsMigration = `
  CREATE TABLE report_log_imports (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    preset TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    lines INTEGER NOT NULL,
    matched INTEGER NOT NULL,
    unmatched INTEGER NOT NULL,
    known INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE report_asrun (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('log','confirmed')),
    status TEXT NOT NULL CHECK (status IN ('matched','unmatched','ignored')),
    version_id TEXT REFERENCES versions(id) ON DELETE SET NULL,
    title TEXT NOT NULL,              -- as the log line names it (file name or title)
    aired_at TEXT NOT NULL,           -- UTC, ISO 8601 with Z
    seconds REAL,                     -- seconds played when the log says so; null: the edited length
    line_key TEXT NOT NULL UNIQUE,    -- dedupe of re-imports (hash of the normalised line)
    log_import_id TEXT REFERENCES report_log_imports(id) ON DELETE SET NULL,
    raw TEXT NOT NULL DEFAULT ''
  ) STRICT;
  CREATE INDEX report_asrun_aired ON report_asrun(aired_at);
  CREATE INDEX report_asrun_status ON report_asrun(status, aired_at);

  CREATE TABLE report_log_mappings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE report_stations (
    fingerprint TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    call_sign TEXT NOT NULL DEFAULT '',
    state_code TEXT,                  -- INEGI state, '01'..'32'
    municipality_code TEXT,           -- INEGI municipality, 5 digits
    time_zone TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    added_at TEXT NOT NULL,
    last_receipt_at TEXT
  ) STRICT;

  CREATE TABLE report_receipts (
    id TEXT PRIMARY KEY,
    station_fingerprint TEXT NOT NULL REFERENCES report_stations(fingerprint),
    file_sha256 TEXT NOT NULL UNIQUE,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    airings INTEGER NOT NULL,
    new_airings INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE report_airings (
    station_fingerprint TEXT NOT NULL REFERENCES report_stations(fingerprint),
    airing_key TEXT NOT NULL,
    receipt_id TEXT NOT NULL REFERENCES report_receipts(id),
    pack_id TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    segment_id TEXT NOT NULL,         -- the segment id inside the pack (the publisher's id)
    version_id TEXT NOT NULL,         -- the version id inside the pack
    language TEXT NOT NULL,           -- ISO 639-3
    aired_at TEXT NOT NULL,           -- UTC
    aired_day TEXT NOT NULL,          -- date in the station's zone, yyyy-mm-dd
    seconds REAL NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('desk','log','confirmed')),
    PRIMARY KEY (station_fingerprint, airing_key)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX report_airings_day ON report_airings(aired_day);
  CREATE INDEX report_airings_pack ON report_airings(pack_id, aired_day);
  CREATE INDEX report_airings_language ON report_airings(language, aired_day);
`;
