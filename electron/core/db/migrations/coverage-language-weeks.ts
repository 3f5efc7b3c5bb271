/**
 * Informes coverage, third step (issue #13: a year's report p95 < 100 ms without a filter).
 * Measured on the bench's year (2.9 M airings, 95 k (week, item) rows): the weekly series by
 * language cost ~230 ms (a join of every (week, item) row to its language, then a sort), and the
 * per-item sums ~70 ms (a temp b-tree sorting 95 k rows by item).
 *
 * - coverage_language_weeks (week, language): the series, unfiltered or by language, reads
 *   52 × languages rows. Kept by refreshCoverage() like coverage_item_weeks (old weeks of a station
 *   out, new ones in).
 * - coverage_item_weeks_by_item (item, week) covering: GROUP BY item walks the index in order (no
 *   sort), and an item filter (pack, topic, language) seeks each item's weeks.
 * - coverage_station_languages (station, language, week): the breakdown by language counts stations
 *   per language; from (station, item) pairs that was a join and a sort of 63 k groups (~100 ms of
 *   its ~150); grouped by (station, language) in key order it sorts ~2.4 k.
 * - coverage_station_packs (station, pack_id, week): the same for the breakdown by pack.
 */
export const coverageLanguageWeeksMigration = `
  CREATE TABLE coverage_language_weeks (
    week TEXT NOT NULL,
    language TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (week, language)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO coverage_language_weeks
    SELECT w.week, i.language, sum(w.airings), sum(w.seconds) FROM coverage_item_weeks w JOIN coverage_items i ON i.id = w.item GROUP BY 1, 2;
  CREATE INDEX coverage_item_weeks_by_item ON coverage_item_weeks(item, week, airings, seconds);
  CREATE TABLE coverage_station_languages (
    station INTEGER NOT NULL,
    language TEXT NOT NULL,
    week TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (station, language, week)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO coverage_station_languages
    SELECT s.station, i.language, s.week, sum(s.airings), sum(s.seconds) FROM coverage_station_items s JOIN coverage_items i ON i.id = s.item GROUP BY 1, 2, 3;
  CREATE TABLE coverage_station_packs (
    station INTEGER NOT NULL,
    pack_id TEXT NOT NULL,
    week TEXT NOT NULL,
    airings INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (station, pack_id, week)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO coverage_station_packs
    SELECT s.station, i.pack_id, s.week, sum(s.airings), sum(s.seconds) FROM coverage_station_items s JOIN coverage_items i ON i.id = s.item GROUP BY 1, 2, 3;
`;
