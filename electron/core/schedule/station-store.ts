import { UserFacingError } from '../../../shared/api/errors.ts';
import { DEFAULT_STATION, type Station } from '../../../shared/domain/schedule.ts';
import { isValidTimeZone } from '../../../shared/time/zoned-time.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { coreNames } from '../i18n/core-names.ts';


/** What packs said before a station had a name of its own (issue #6). */
const FALLBACK_PUBLISHER = 'Cabina';

interface StationRow {
  name: string;
  call_sign: string;
  state_code: string | null;
  municipality_code: string | null;
  time_zone: string;
  languages: string;
  publisher_name: string;
}

export function checkTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new UserFacingError('schedule.unknown_time_zone', `Unknown time zone ${zone}`, { zone });
}

/**
 * A municipality key starts with its state's (INEGI), so "20469" outside Oaxaca is a typo, not a
 * place; `known` (the INEGI catalog) also refuses keys that do not exist. Pure check, no writes.
 */
export function checkStationPlace(station: Pick<Station, 'stateCode' | 'municipalityCode'>, known: (code: string) => boolean): void {
  const { stateCode, municipalityCode } = station;
  if (municipalityCode === null) return;
  if (stateCode === null || !municipalityCode.startsWith(stateCode)) {
    throw new UserFacingError('schedule.municipality_state', `Municipality ${municipalityCode} is not in state ${stateCode ?? '(none)'}`, { municipality: municipalityCode, state: stateCode ?? '' });
  }
  if (!known(municipalityCode)) {
    throw new UserFacingError('schedule.unknown_municipality', `Unknown INEGI municipality ${municipalityCode}`, { municipality: municipalityCode });
  }
}

function readRow(db: Database): StationRow | undefined {
  return db.prepare('SELECT * FROM station_settings WHERE id = 1').get() as StationRow | undefined;
}

export function readStation(db: Database): Station {
  const row = readRow(db);
  // Never set up: the placeholder name is in the UI language (issue #11), the rest is the shared default.
  if (!row) return { ...DEFAULT_STATION, name: coreNames(db).station() };
  return {
    name: row.name,
    callSign: row.call_sign,
    stateCode: row.state_code,
    municipalityCode: row.municipality_code,
    timeZone: row.time_zone,
    languages: JSON.parse(row.languages) as string[],
    publisherName: row.publisher_name,
  };
}

/**
 * Writes the whole station (callers merge a patch first); zone and place are checked before
 * anything is written. Without a catalog here, only the state prefix of a municipality is checked;
 * station.set adds the catalog check (checkStationPlace).
 */
export function writeStation(db: Database, station: Station): Station {
  checkTimeZone(station.timeZone);
  checkStationPlace(station, () => true);
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO station_settings (id, name, call_sign, state_code, municipality_code, time_zone, languages, publisher_name)
       VALUES (1, @name, @callSign, @stateCode, @municipalityCode, @timeZone, @languages, @publisherName)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, call_sign = excluded.call_sign, state_code = excluded.state_code,
         municipality_code = excluded.municipality_code, time_zone = excluded.time_zone, languages = excluded.languages,
         publisher_name = excluded.publisher_name`,
    ).run({ ...station, callSign: station.callSign.trim().toUpperCase(), languages: JSON.stringify(station.languages) });
  });
  return readStation(db);
}

/** The first-run setup is offered until the station is saved once or the setup is skipped. */
export function setupNeeded(db: Database): boolean {
  if (readRow(db)) return false;
  return db.prepare('SELECT 1 FROM station_setup WHERE id = 1').get() === undefined;
}

export function skipSetup(db: Database, now: Date): void {
  writeTransaction(db, () => db.prepare('INSERT INTO station_setup (id, skipped_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING').run(now.toISOString()));
}

/** Who this station's packs are signed as: the chosen publisher, else its name, else "Cabina". */
export function stationPublisherName(db: Database): string {
  const row = readRow(db);
  if (!row) return FALLBACK_PUBLISHER;
  return row.publisher_name.trim() || row.name;
}

export function setStationPublisherName(db: Database, name: string): void {
  writeStation(db, { ...readStation(db), publisherName: name });
}
