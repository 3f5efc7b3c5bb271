import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { RECEIPT_FORMAT, RECEIPT_FORMAT_VERSION, receiptBodySchema, type ReceiptBody, type ReceiptFile } from '../../../../shared/domain/receipt.ts';
import { addDays } from '../../../../shared/time/zoned-time.ts';
import type { Database } from '../../db/database.ts';
import { toDiskFull } from '../../files/disk-full.ts';
import { ensureStationKey, signBytes } from '../../packs/keys.ts';
import { readStation } from '../../schedule/station-store.ts';
import { receiptTestimonies } from '../testimonies/testimony-receipt.ts';
import { stationAirings } from './station-airings.ts';

export interface BuiltReceipt {
  path: string;
  fileName: string;
  sizeBytes: number;
  airings: number;
  receiptId: string;
}

/** The signed file's text: the gzip'd body (base64) and its ed25519 signature (base64). */
export function signReceipt(dataDir: string, body: ReceiptBody): string {
  const bytes = gzipSync(Buffer.from(JSON.stringify(receiptBodySchema.parse(body))), { level: 9 });
  const file: ReceiptFile = { format: RECEIPT_FORMAT, body: bytes.toString('base64'), signature: signBytes(ensureStationKey(dataDir), bytes).toString('base64') };
  return `${JSON.stringify(file)}\n`;
}

export function receiptBody(db: Database, dataDir: string, range: { from: string; to: string }, now: Date): ReceiptBody {
  const station = readStation(db);
  const key = ensureStationKey(dataDir);
  const { items, airings } = stationAirings(db, { timeZone: station.timeZone, fromDate: range.from, toDateExclusive: addDays(range.to, 1), fingerprint: key.fingerprint });
  return {
    format: RECEIPT_FORMAT,
    formatVersion: RECEIPT_FORMAT_VERSION,
    receiptId: randomUUID(),
    createdAt: now.toISOString(),
    range,
    station: {
      name: station.name, callSign: station.callSign, stateCode: station.stateCode, municipalityCode: station.municipalityCode,
      timeZone: station.timeZone, fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem,
    },
    items,
    airings,
    testimonies: receiptTestimonies(db, range),
  };
}

/** Written through a temp file beside the target and renamed: a cut leaves no half receipt. */
export async function writeReceipt(text: string, target: string): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.part`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw await toDiskFull(error, target, Buffer.byteLength(text));
  }
  return Buffer.byteLength(text);
}

export function receiptFileName(stationName: string, range: { from: string; to: string }): string {
  const slug = stationName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'estacion';
  return `recibo-${slug}-${range.from}-${range.to}.cabina-recibo`;
}
