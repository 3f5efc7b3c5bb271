// Receipts bench (issue #13 §3): IREX imports one month of receipts from 200 stations (40 airings a
// day: ≈ 240 k airings), goal < 10 s, through the importer the API and CLI use (verify signature,
// gunzip, schema, one transaction per receipt, coverage rollups by refreshCoverage per receipt). Baseline in
// the same run: verifying the same files without writing (what the disk and crypto cost alone).
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '../../electron/core/db/database.ts';
import { fingerprintOf } from '../../electron/core/packs/keys.ts';
import { importVerifiedReceipt } from '../../electron/core/reports/receipts/receipt-import.ts';
import { verifyReceiptFile } from '../../electron/core/reports/receipts/receipt-verify.ts';
import { RECEIPT_FORMAT, RECEIPT_FORMAT_VERSION, type ReceiptBody } from '../../shared/domain/receipt.ts';

const s = (n: number) => Math.round(n / 10) / 100;

function writeReceipts(dir: string, stations: number, days: number, perDay: number): string[] {
  const packId = randomUUID();
  const segments = Array.from({ length: 20 }, () => randomUUID());
  const files: string[] = [];
  for (let st = 0; st < stations; st += 1) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const items = segments.flatMap((segmentId, i) => [
      { packId, packVersion: 1, segmentId, segmentVersion: 1, versionIndex: 0, language: 'spa' },
      { packId, packVersion: 1, segmentId, segmentVersion: 1, versionIndex: 1, language: ['mix', 'zap', 'nah', 'tcf'][i % 4] ?? 'mix' },
    ]);
    const airings = [];
    for (let d = 0; d < days; d += 1) {
      for (let n = 0; n < perDay; n += 1) {
        const at = new Date(Date.UTC(2026, 2, 1 + d, 12, n * 20));
        const local = new Date(at.getTime() - 6 * 3_600_000).toISOString().slice(0, 16);
        airings.push({ key: `${st.toString(16).padStart(4, '0')}${(d * 100 + n).toString(16).padStart(16, '0')}`, item: (d + n) % items.length, airedAt: at.toISOString(), airedLocal: local, seconds: 45, source: 'log' as const });
      }
    }
    const body: ReceiptBody = {
      format: RECEIPT_FORMAT, formatVersion: RECEIPT_FORMAT_VERSION, receiptId: randomUUID(), createdAt: '2026-04-01T12:00:00.000Z', range: { from: '2026-03-01', to: '2026-03-30' },
      station: { name: `Radio ${st}`, callSign: '', stateCode: String((st % 32) + 1).padStart(2, '0'), municipalityCode: null, timeZone: 'America/Mexico_City', fingerprint: fingerprintOf(publicKey), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      items, airings,
    };
    const bytes = gzipSync(Buffer.from(JSON.stringify(body)));
    const file = path.join(dir, `r${st}.cabina-recibo`);
    fs.writeFileSync(file, JSON.stringify({ format: RECEIPT_FORMAT, body: bytes.toString('base64'), signature: sign(null, bytes, privateKey).toString('base64') }));
    files.push(file);
  }
  return files;
}

export async function runReceiptsBench(options: { stations?: number } = {}) {
  const stations = options.stations ?? 200;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-receipts-bench-'));
  try {
    const files = writeReceipts(dir, stations, 30, 40);
    const now = new Date('2026-04-02T00:00:00Z');
    let t = performance.now();
    for (const f of files) await verifyReceiptFile(f, now);
    const verifyMs = performance.now() - t;
    const db = openDatabase(path.join(dir, 'irex.db'));
    try {
      t = performance.now();
      let airings = 0;
      for (const f of files) airings += importVerifiedReceipt(db, await verifyReceiptFile(f, now), { trust: true, now }).newAirings;
      const importMs = performance.now() - t;
      const sizes = files.map((f) => fs.statSync(f).size);
      return {
        stations, airings, receiptKb: Math.round(Math.max(...sizes) / 1024),
        verifyOnlySeconds: s(verifyMs), importSeconds: s(importMs), importOverVerify: Math.round((importMs / verifyMs) * 100) / 100, goal: 'import < 10 s',
      };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  const stations = Number(process.argv[2]);
  process.stdout.write(`${JSON.stringify(await runReceiptsBench(stations > 0 ? { stations } : {}), null, 2)}\n`);
}
