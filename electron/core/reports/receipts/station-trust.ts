import type { ReceiptBody } from '../../../../shared/domain/receipt.ts';
import type { Database } from '../../db/database.ts';
import { parsePublicKey } from '../../packs/keys.ts';

/** IREX's list of partner stations whose receipts count (issue #13 §3), keyed by key fingerprint. */

export interface TrustedStation {
  fingerprint: string;
  name: string;
  callSign: string;
  stateCode: string | null;
  municipalityCode: string | null;
  timeZone: string;
  addedAt: string;
  lastReceiptAt: string | null;
}

export function isTrustedStation(db: Database, fingerprint: string): boolean {
  return db.prepare('SELECT 1 FROM report_stations WHERE fingerprint = ?').get(fingerprint) !== undefined;
}

export function trustStation(db: Database, body: Pick<ReceiptBody, 'station'>, now: Date): TrustedStation {
  const s = body.station;
  const key = parsePublicKey(s.publicKeyPem);
  db.prepare(
    `INSERT INTO report_stations (fingerprint, name, call_sign, state_code, municipality_code, time_zone, public_key_pem, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING`,
  ).run(key.fingerprint, s.name, s.callSign, s.stateCode, s.municipalityCode, s.timeZone, key.publicKeyPem, now.toISOString());
  return listStations(db).find((t) => t.fingerprint === key.fingerprint) as TrustedStation;
}

interface Row {
  fingerprint: string;
  name: string;
  call_sign: string;
  state_code: string | null;
  municipality_code: string | null;
  time_zone: string;
  added_at: string;
  last_receipt_at: string | null;
}

export function listStations(db: Database): TrustedStation[] {
  return (db.prepare('SELECT * FROM report_stations ORDER BY name, fingerprint').all() as Row[]).map((r) => ({
    fingerprint: r.fingerprint, name: r.name, callSign: r.call_sign, stateCode: r.state_code, municipalityCode: r.municipality_code,
    timeZone: r.time_zone, addedAt: r.added_at, lastReceiptAt: r.last_receipt_at,
  }));
}
