import { z } from 'zod';
import { idSchema, stateCodeSchema } from './segment.ts';
import { monthSchema, placeRoleSchema, testimonyCategoryIdSchema } from './voices.ts';

/*
 * A receipt (issue #13 §2, docs/receipt-format.md): what one station aired of pack content, signed
 * with the station's ed25519 key and sent back to IREX (WhatsApp, USB, a feed folder). The file is
 * JSON with the signed bytes inside it: the body is gzip(JSON) so a month of a busy station stays
 * far under 50 KB, and the signature covers those exact bytes (no canonical JSON needed).
 */

export const RECEIPT_FORMAT = 'cabina-receipt';
export const RECEIPT_FORMAT_VERSION = 1;
/** Largest receipt file accepted; a busy year is ~0.5 MB. Checked from the file size before reading. */
export const MAX_RECEIPT_BYTES = 8 * 1024 * 1024;
/** Largest body once decompressed: a gzip bomb stops here. */
export const MAX_RECEIPT_BODY_BYTES = 64 * 1024 * 1024;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fingerprint = z.string().regex(/^[0-9a-f]{64}$/);

/** One aired pack version: the pack's own identity of it (segment id, its version, the version's place). */
export const receiptItemSchema = z.object({
  packId: idSchema,
  packVersion: z.number().int().min(1),
  segmentId: idSchema,
  segmentVersion: z.number().int().min(1),
  /** Position of the language version inside the pack's segment (versions carry no id in a pack). */
  versionIndex: z.number().int().min(0).max(39),
  language: z.string().regex(/^[a-z]{3}$/),
});
export type ReceiptItem = z.infer<typeof receiptItemSchema>;

export const receiptAiringSchema = z.object({
  /** Stable per airing at this station (80 bits of a hash: random bytes do not compress, and a busy
   *  month must stay under 50 KB); two overlapping receipts repeat it, so IREX counts it once. */
  key: z.string().regex(/^[0-9a-f]{20}$/),
  /** Index into `items`. */
  item: z.number().int().min(0),
  airedAt: z.iso.datetime(),
  /** The same instant on the station's clock (yyyy-mm-ddThh:mm, station zone). */
  airedLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  seconds: z.number().min(0).max(86_400),
  source: z.enum(['desk', 'log', 'confirmed']),
});
export type ReceiptAiring = z.infer<typeof receiptAiringSchema>;

/**
 * Issue #14 §2: the station's testimonies as anonymised counts only — category × state × month, for
 * both the state people come from and the one they work in — of testimonies whose consent covers
 * anonymised reports. No ids, names, municipalities or text. Each month the receipt's range touches
 * is counted whole, as of `createdAt`, so IREX keeps the newest receipt's figures for a month
 * instead of adding overlapping receipts together.
 */
export const receiptTestimoniesSchema = z.object({
  months: z.array(monthSchema).max(240),
  /** Testimonies counted per month (each once, whatever its categories). */
  totals: z.array(z.object({ month: monthSchema, counted: z.number().int().min(0) })).max(240),
  cells: z
    .array(z.object({ role: placeRoleSchema, category: testimonyCategoryIdSchema, stateCode: z.union([stateCodeSchema, z.literal('')]), month: monthSchema, count: z.number().int().min(1) }))
    .max(100_000),
});
export type ReceiptTestimonies = z.infer<typeof receiptTestimoniesSchema>;

export const receiptBodySchema = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
    receiptId: idSchema,
    createdAt: z.iso.datetime(),
    range: z.object({ from: isoDate, to: isoDate }),
    station: z.object({
      name: z.string().trim().min(1).max(120),
      callSign: z.string().max(20),
      stateCode: z.string().regex(/^\d{2}$/).nullable(),
      municipalityCode: z.string().regex(/^\d{5}$/).nullable(),
      timeZone: z.string().min(1).max(64),
      fingerprint,
      publicKeyPem: z.string().max(1000),
    }),
    items: z.array(receiptItemSchema).max(100_000),
    airings: z.array(receiptAiringSchema).max(1_000_000),
    /** Optional: receipts from before issue #14 have none; older Cabinas ignore it. */
    testimonies: receiptTestimoniesSchema.optional(),
  })
  .refine((b) => b.airings.every((a) => a.item < b.items.length), { message: 'airing refers to a missing item', path: ['airings'] });
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

/** The file: the signed gzip bytes, base64, and the signature over them. */
export const receiptFileSchema = z.object({
  format: z.literal(RECEIPT_FORMAT),
  body: z.string().min(1),
  signature: z.string().min(1),
});
export type ReceiptFile = z.infer<typeof receiptFileSchema>;
