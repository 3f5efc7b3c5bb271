import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { MAX_RECEIPT_BODY_BYTES, MAX_RECEIPT_BYTES, receiptBodySchema, receiptFileSchema, type ReceiptBody } from '../../../../shared/domain/receipt.ts';
import { parsePublicKey, verifyBytes } from '../../packs/keys.ts';

/** Clock difference between a station PC and IREX's that still counts as "now". */
const CLOCK_SKEW_MS = 15 * 60 * 1000;

export interface VerifiedReceipt {
  body: ReceiptBody;
  sha256: string;
  name: string;
}

const refuse = (code: 'receipt.malformed' | 'receipt.bad_signature' | 'receipt.too_large' | 'receipt.future_dated', name: string, why: string) =>
  new UserFacingError(code, `${name}: ${why}`, { name });

/**
 * Reads and checks one receipt file (issue #13 §3): size before reading, JSON shape, the signature
 * over the exact signed bytes with the key the receipt names, the body's schema, and dates not in
 * the future. Trust (is this station on the list?) is the importer's decision, not this one's.
 */
export async function verifyReceiptFile(file: string, now: Date): Promise<VerifiedReceipt> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new UserFacingError('import.unreadable', `${name}: not a file`, { name });
  if (info.size > MAX_RECEIPT_BYTES) throw refuse('receipt.too_large', name, `${info.size} bytes`);
  const raw = await readFile(file);
  let outer: unknown;
  try {
    outer = JSON.parse(raw.toString('utf8'));
  } catch {
    throw refuse('receipt.malformed', name, 'not JSON');
  }
  const parsed = receiptFileSchema.safeParse(outer);
  if (!parsed.success) throw refuse('receipt.malformed', name, 'not a Cabina receipt');
  const signed = Buffer.from(parsed.data.body, 'base64');
  const signature = Buffer.from(parsed.data.signature, 'base64');
  let text: string;
  try {
    text = gunzipSync(signed, { maxOutputLength: MAX_RECEIPT_BODY_BYTES }).toString('utf8');
  } catch {
    throw refuse('receipt.malformed', name, 'body is not gzip or is cut short');
  }
  let bodyJson: unknown;
  try {
    bodyJson = JSON.parse(text);
  } catch {
    throw refuse('receipt.malformed', name, 'body is not JSON');
  }
  const body = receiptBodySchema.safeParse(bodyJson);
  if (!body.success) throw refuse('receipt.malformed', name, body.error.issues[0]?.message ?? 'schema');
  let key: ReturnType<typeof parsePublicKey>;
  try {
    key = parsePublicKey(body.data.station.publicKeyPem);
  } catch {
    throw refuse('receipt.bad_signature', name, 'no usable key');
  }
  if (key.fingerprint !== body.data.station.fingerprint || !verifyBytes(key.publicKey, signed, signature)) {
    throw refuse('receipt.bad_signature', name, 'signature does not match');
  }
  const limit = now.getTime() + CLOCK_SKEW_MS;
  if (Date.parse(body.data.createdAt) > limit || body.data.airings.some((a) => Date.parse(a.airedAt) > limit)) {
    throw refuse('receipt.future_dated', name, 'dated in the future');
  }
  return { body: body.data, sha256: createHash('sha256').update(raw).digest('hex'), name };
}
