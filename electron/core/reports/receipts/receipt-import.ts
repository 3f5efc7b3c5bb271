import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { ReceiptBody } from '../../../../shared/domain/receipt.ts';
import { writeTransaction, type Database } from '../../db/database.ts';
import type { VerifiedReceipt } from './receipt-verify.ts';
import { isTrustedStation, trustStation } from './station-trust.ts';
import { refreshCoverage } from '../coverage/coverage-refresh.ts';
import { storeReceiptTestimonies } from '../testimonies/testimony-receipt.ts';

export interface ReceiptImportResult {
  name: string;
  receiptId: string;
  station: string;
  airings: number;
  newAirings: number;
}

const airedDay = (local: string) => local.slice(0, 10);

/**
 * Writes one verified receipt in one transaction (issue #13 §3). An unknown station is refused
 * unless the user trusts it now (first use, like publishers); the same receipt twice is refused
 * as such; airings another receipt already brought are skipped by (station, airing key).
 */
export function importVerifiedReceipt(db: Database, verified: VerifiedReceipt, options: { trust: boolean; now: Date }): ReceiptImportResult {
  const { body, name } = verified;
  const station = body.station;
  if (!isTrustedStation(db, station.fingerprint)) {
    if (!options.trust) throw new UserFacingError('receipt.unknown_station', `${name}: unknown station`, { name, station: station.name, fingerprint: station.fingerprint });
  }
  return writeTransaction(db, () => {
    if (!isTrustedStation(db, station.fingerprint)) trustStation(db, body, options.now);
    const seen = db.prepare('SELECT 1 FROM report_receipts WHERE id = ? OR file_sha256 = ?').get(body.receiptId, verified.sha256);
    if (seen) throw new UserFacingError('receipt.duplicate', `${name}: already imported`, { name });
    // Station details can change (a new name, a municipality set later): the latest receipt says.
    db.prepare('UPDATE report_stations SET name = ?, call_sign = ?, state_code = ?, municipality_code = ?, time_zone = ?, last_receipt_at = max(COALESCE(last_receipt_at, ?), ?) WHERE fingerprint = ?').run(
      station.name, station.callSign, station.stateCode, station.municipalityCode, station.timeZone, body.createdAt, body.createdAt, station.fingerprint,
    );
    db.prepare('INSERT INTO report_receipts (id, station_fingerprint, file_sha256, from_date, to_date, created_at, imported_at, airings, new_airings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)').run(
      body.receiptId, station.fingerprint, verified.sha256, body.range.from, body.range.to, body.createdAt, options.now.toISOString(), body.airings.length,
    );
    const newAirings = insertAirings(db, body);
    storeReceiptTestimonies(db, body);
    db.prepare('UPDATE report_receipts SET new_airings = ? WHERE id = ?').run(newAirings, body.receiptId);
    return { name, receiptId: body.receiptId, station: station.name, airings: body.airings.length, newAirings };
  });
}

function insertAirings(db: Database, body: ReceiptBody): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO report_airings (station_fingerprint, airing_key, receipt_id, pack_id, pack_version, segment_id, version_id, language, aired_at, aired_day, seconds, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  for (const a of body.airings) {
    const item = body.items[a.item];
    if (!item) continue;
    // A pack version has no id of its own: its segment and place name it (docs/receipt-format.md).
    const versionId = `${item.segmentId}#${item.versionIndex}`;
    added += insert.run(body.station.fingerprint, a.key, body.receiptId, item.packId, item.packVersion, item.segmentId, versionId, item.language, a.airedAt, airedDay(a.airedLocal), a.seconds, a.source).changes;
  }
  // The coverage rollups follow in one pass per receipt, in this transaction (docs/coverage.md).
  const days = body.airings.map((a) => airedDay(a.airedLocal)).sort();
  const fromDay = days[0];
  const toDay = days.at(-1);
  if (added > 0 && fromDay && toDay) refreshCoverage(db, { stationFingerprint: body.station.fingerprint, fromDay, toDay });
  return added;
}
