/**
 * Informes (issue #13): every coverage query reads the rollups (coverage-batch.ts), and the refresh
 * reads one station's days (report_airings_station_day), so the day, pack and language indexes of
 * report_airings served no query and cost every one of the ~240 k inserts of a month's receipts.
 */
export const reportAiringsLeanMigration = `
  DROP INDEX IF EXISTS report_airings_day;
  DROP INDEX IF EXISTS report_airings_pack;
  DROP INDEX IF EXISTS report_airings_language;
`;
