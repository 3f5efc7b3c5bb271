/**
 * Informes coverage, second step (issue #13 "Scale and speed": a year's query p95 < 100 ms, a month
 * of 200 stations imported < 10 s).
 *
 * - The per-row trigger cost 13.1 s for one month (240 k airings, four upserts each): it goes. The
 *   receipts importer calls refreshCoverage() once per station and day range inside its transaction
 *   (electron/core/reports/coverage/coverage-refresh.ts; contract in docs/coverage.md).
 * - coverage_item_weeks (week, item): the unfiltered and item-filtered sums read ~16× fewer rows
 *   than coverage_weeks (no station in the key).
 * - coverage_station_weeks (week, station): station counts and the state map without items.
 * - coverage_station_items (station, item, week): the same rows as coverage_weeks keyed so a
 *   breakdown's GROUP BY station, item streams in key order instead of sorting a year of rows.
 * - report_airings(station_fingerprint, aired_day): the refresh reads one station's range.
 */
export const coverageBatchMigration = `
  DROP TRIGGER IF EXISTS report_airings_coverage;
  CREATE INDEX report_airings_station_day ON report_airings(station_fingerprint, aired_day);

  CREATE TABLE coverage_item_weeks (
    week TEXT NOT NULL,
    item INTEGER NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (week, item)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE coverage_station_weeks (
    week TEXT NOT NULL,
    station INTEGER NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (week, station)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE coverage_station_items (
    station INTEGER NOT NULL,
    item INTEGER NOT NULL,
    week TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (station, item, week)
  ) STRICT, WITHOUT ROWID;

  INSERT INTO coverage_item_weeks SELECT week, item, sum(airings), sum(seconds) FROM coverage_weeks GROUP BY 1, 2;
  INSERT INTO coverage_station_weeks SELECT week, station, sum(airings), sum(seconds) FROM coverage_weeks GROUP BY 1, 2;
  INSERT INTO coverage_station_items SELECT station, item, week, airings, seconds FROM coverage_weeks;
`;
