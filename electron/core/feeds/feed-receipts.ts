import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { hashFile } from '../packs/pack-encode.ts';

/**
 * Receipts travel through feeds too (issue #13 §2): a station drops its signed receipt into the
 * folder its feed is built from, and an IREX office subscribed to that feed picks it up on the next
 * check. Receipts are the reports domain's (an upper layer), so feeds reach them only through these
 * two ports, wired in cli/ and core.ts.
 */
export interface ReceiptSummary {
  receiptId: string;
  stationName: string;
  stationFingerprint: string;
  from: string;
  to: string;
  createdAt: string;
}

/** Station side: reads (and verifies) a receipt file lying in the feed folder. */
export type DescribeReceipt = (file: string) => Promise<ReceiptSummary>;

/** IREX side: whether a receipt file (by sha256) is already in, and importing a downloaded one. */
export interface ReceiptSink {
  has(sha256: string): boolean;
  importFile(file: string, name: string): Promise<{ newAirings: number }>;
}

export const RECEIPT_EXT = '.cabina-recibo';
export const RECEIPT_MIME = 'application/vnd.cabina.receipt+json';

export const feedReceiptSchema = z.object({
  attachments: z.array(z.object({ url: z.string() })).min(1),
  _cabina_receipt: z.object({
    receipt_id: z.string().uuid(),
    station_fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    from: z.string(),
    to: z.string(),
    size_bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type FeedReceipt = z.infer<typeof feedReceiptSchema>;

/** The JSON Feed item of one receipt (feed.json, next to the pack items). */
export function receiptFeedItem(summary: ReceiptSummary, whole: { sizeBytes: number; sha256: string }, url: string): unknown {
  return {
    id: `receipt:${summary.receiptId}`,
    url,
    title: `${summary.stationName} ${summary.from} – ${summary.to}`,
    content_text: `${summary.stationName}: ${summary.from} – ${summary.to}`,
    date_published: summary.createdAt,
    attachments: [{ url, mime_type: RECEIPT_MIME, size_in_bytes: whole.sizeBytes, title: path.basename(url) }],
    _cabina_receipt: { receipt_id: summary.receiptId, station_fingerprint: summary.stationFingerprint, from: summary.from, to: summary.to, size_bytes: whole.sizeBytes, sha256: whole.sha256 },
  };
}

/**
 * Downloads one feed receipt into `dir` and hands it to the sink; the downloaded file is removed
 * whatever happens (the database keeps what counts). A receipt already imported is not fetched.
 */
export async function takeFeedReceipt(
  item: FeedReceipt,
  source: string,
  dir: string,
  sink: ReceiptSink,
  fetchFile: (source: string, target: string, bytes: number) => Promise<void>,
): Promise<number | null> {
  const r = item._cabina_receipt;
  if (sink.has(r.sha256)) return null;
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `${r.receipt_id}${RECEIPT_EXT}`);
  try {
    await fetchFile(source, target, r.size_bytes);
    if ((await hashFile(target)).sha256 !== r.sha256) throw new UserFacingError('pack.hash_mismatch', 'Download hash differs', { entry: path.basename(source) });
    return (await sink.importFile(target, path.basename(decodeURIComponent(new URL(source, 'http://x/').pathname)))).newAirings;
  } finally {
    await rm(target, { force: true });
    await rm(`${target}.part`, { force: true });
  }
}
