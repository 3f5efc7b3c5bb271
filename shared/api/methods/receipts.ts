import { z } from 'zod';
import { idSchema } from '../../domain/segment.ts';
import { apiErrorSchema } from '../errors.ts';
import { importSourceSchema } from './library.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fileInput = z.object({ source: importSourceSchema, originalName: z.string().min(1).max(255) });

export const trustedStationSchema = z.object({
  fingerprint: z.string(),
  name: z.string(),
  callSign: z.string(),
  stateCode: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  timeZone: z.string(),
  addedAt: z.string(),
  lastReceiptAt: z.string().nullable(),
});

const importedSchema = z.object({ name: z.string(), receiptId: idSchema, station: z.string(), airings: z.number().int(), newAirings: z.number().int() });

/** Receipts (issue #13 §2–3): a station signs what it aired; IREX imports many and trusts stations. */
export const receiptsMethods = {
  'receipts.build': {
    /** `out`: CLI and desktop only (browser mode writes into <data>/receipts and offers a download). */
    input: z.object({ from: isoDate, to: isoDate, out: z.string().min(1).max(4096).optional() }).refine((r) => r.from <= r.to, { message: 'from after to', path: ['to'] }),
    output: z.object({ path: z.string(), fileName: z.string(), sizeBytes: z.number().int(), airings: z.number().int(), receiptId: idSchema }),
  },
  'receipts.import': {
    input: z.object({ jobId: idSchema, files: z.array(fileInput).min(1).max(2000), trust: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(2000).default([]) }),
    /** One result per file, in order: a refused file never stops the others. */
    output: z.array(z.union([z.object({ ok: z.literal(true), value: importedSchema }), z.object({ ok: z.literal(false), name: z.string(), error: apiErrorSchema })])),
  },
  'receipts.stations': { input: z.object({}), output: z.array(trustedStationSchema) },
  /** Trusts the station a receipt comes from (its key and name, checked by the receipt's signature). */
  'receipts.trustStation': { input: fileInput, output: trustedStationSchema },
} as const;
