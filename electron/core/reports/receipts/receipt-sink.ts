import type { Database } from '../../db/database.ts';
import type { ReceiptSink, ReceiptSummary } from '../../feeds/feed-receipts.ts';
import { importVerifiedReceipt } from './receipt-import.ts';
import { verifyReceiptFile } from './receipt-verify.ts';

/**
 * IREX side of receipts through feeds (issue #13 §2): what the feed check imports with. A feed never
 * trusts a station by itself: an unknown station's receipt is refused until someone trusts it
 * (Informes › Recibos, or `cabina stations trust`), as with a receipt handed over on a USB stick.
 */
export function receiptSink(db: Database, clock: () => Date): ReceiptSink {
  return {
    has: (sha256) => db.prepare('SELECT 1 FROM report_receipts WHERE file_sha256 = ?').get(sha256) !== undefined,
    importFile: async (file, name) => {
      const verified = await verifyReceiptFile(file, clock());
      verified.name = name;
      return importVerifiedReceipt(db, verified, { trust: false, now: clock() });
    },
  };
}

/** Station side: `cabina feed build` lists the receipts in its folder, each verified first. */
export async function describeReceipt(file: string, now: Date): Promise<ReceiptSummary> {
  const { body } = await verifyReceiptFile(file, now);
  return { receiptId: body.receiptId, stationName: body.station.name, stationFingerprint: body.station.fingerprint, from: body.range.from, to: body.range.to, createdAt: body.createdAt };
}
