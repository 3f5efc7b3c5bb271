import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Station } from '../../../shared/domain/schedule.ts';
import { isValidTimeZone } from '../../../shared/time/zoned-time.ts';
import { writeTransaction, type Database } from '../db/database.ts';

export const DEFAULT_STATION: Station = {
  name: 'Radio comunitaria',
  callSign: '',
  stateCode: null,
  municipalityCode: null,
  timeZone: 'America/Mexico_City',
  languages: ['spa'],
};

interface StationRow {
  name: string;
  call_sign: string;
  state_code: string | null;
  municipality_code: string | null;
  time_zone: string;
  languages: string;
}

export function checkTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new UserFacingError('schedule.unknown_time_zone', `Unknown time zone ${zone}`, { zone });
}

export function readStation(db: Database): Station {
  const row = db.prepare('SELECT * FROM station_settings WHERE id = 1').get() as StationRow | undefined;
  if (!row) return DEFAULT_STATION;
  return {
    name: row.name,
    callSign: row.call_sign,
    stateCode: row.state_code,
    municipalityCode: row.municipality_code,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages) as string[],
  };
}

/** Writes the whole station (callers merge a patch first); the zone is checked before anything is written. */
export function writeStation(db: Database, station: Station): Station {
  checkTimeZone(station.timeZone);
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO station_settings (id, name, call_sign, state_code, municipality_code, time_zone, languages)
       VALUES (1, @name, @callSign, @stateCode, @municipalityCode, @timeZone, @languages)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, call_sign = excluded.call_sign, state_code = excluded.state_code,
         municipality_code = excluded.municipality_code, time_zone = excluded.time_zone, languages = excluded.languages`,
    ).run({ ...station, languages: JSON.stringify(station.languages) });
  });
  return readStation(db);
}
