/**
 * Informes coverage rollups (issue #13, "Scale and speed": 2.9 M airings, a year's query < 100 ms).
 *
 * A year of report_airings is ~2.9 M rows; summing them on every filter change costs ~0.5 s. Two
 * rollups, kept by a trigger on every insert into report_airings (airings are only ever added —
 * receipts never edit or delete one), reduce what a query reads:
 * - coverage_days: per station-zone day, station, pack, segment and language.
 * - coverage_weeks: the same per ISO week (Monday of the week). A range reads whole weeks here and
 *   only its partial first/last weeks from coverage_days.
 * Both are WITHOUT ROWID with the group columns as key, so every coverage query is an index range
 * scan that never touches report_airings.
 */
export const coverageMigration = `
  CREATE TABLE coverage_days (
    aired_day TEXT NOT NULL,
    station_fingerprint TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    language TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (aired_day, station_fingerprint, pack_id, segment_id, language)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE coverage_weeks (
    week TEXT NOT NULL,               -- Monday of the ISO week of aired_day, yyyy-mm-dd
    station_fingerprint TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    language TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (week, station_fingerprint, pack_id, segment_id, language)
  ) STRICT, WITHOUT ROWID;

  -- Last day each station aired anything: "stations silent for 30 days" without a scan.
  CREATE TABLE coverage_station_last (
    station_fingerprint TEXT PRIMARY KEY,
    last_day TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;

  -- Last day each (pack, segment, language) aired: "language versions nobody aired in 30 days".
  CREATE TABLE coverage_version_last (
    pack_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    language TEXT NOT NULL,
    last_day TEXT NOT NULL,
    PRIMARY KEY (pack_id, segment_id, language)
  ) STRICT, WITHOUT ROWID;

  CREATE TRIGGER report_airings_coverage AFTER INSERT ON report_airings BEGIN
    INSERT INTO coverage_days VALUES (NEW.aired_day, NEW.station_fingerprint, NEW.pack_id, NEW.segment_id, NEW.language, 1, NEW.seconds)
      ON CONFLICT DO UPDATE SET airings = airings + 1, seconds = seconds + excluded.seconds;
    -- strftime('%w') is 0 on Sunday: step back (w + 6) % 7 days to the Monday.
    INSERT INTO coverage_weeks VALUES (
      date(NEW.aired_day, '-' || ((CAST(strftime('%w', NEW.aired_day) AS INTEGER) + 6) % 7) || ' days'),
      NEW.station_fingerprint, NEW.pack_id, NEW.segment_id, NEW.language, 1, NEW.seconds)
      ON CONFLICT DO UPDATE SET airings = airings + 1, seconds = seconds + excluded.seconds;
    INSERT INTO coverage_station_last VALUES (NEW.station_fingerprint, NEW.aired_day)
      ON CONFLICT DO UPDATE SET last_day = max(last_day, excluded.last_day);
    INSERT INTO coverage_version_last VALUES (NEW.pack_id, NEW.segment_id, NEW.language, NEW.aired_day)
      ON CONFLICT DO UPDATE SET last_day = max(last_day, excluded.last_day);
  END;

  -- Rows already there when this migration runs (a database that imported receipts before it).
  INSERT INTO coverage_days
    SELECT aired_day, station_fingerprint, pack_id, segment_id, language, count(*), sum(seconds)
    FROM report_airings GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO coverage_weeks
    SELECT date(aired_day, '-' || ((CAST(strftime('%w', aired_day) AS INTEGER) + 6) % 7) || ' days'),
      station_fingerprint, pack_id, segment_id, language, count(*), sum(seconds)
    FROM report_airings GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO coverage_station_last
    SELECT station_fingerprint, max(aired_day) FROM report_airings GROUP BY 1;
  INSERT INTO coverage_version_last
    SELECT pack_id, segment_id, language, max(aired_day) FROM report_airings GROUP BY 1, 2, 3;
`;
