import { z } from 'zod';
import { apiErrorSchema } from '../errors.ts';
import { fingerprintSchema, packEncodeSchema } from '../../domain/pack-manifest.ts';
import { idSchema, languageCodeSchema } from '../../domain/segment.ts';
import { importSourceSchema } from './library.ts';

/** Segment packs, trust and feeds (issue #6). */
export const publisherSchema = z.object({
  fingerprint: fingerprintSchema,
  name: z.string(),
  source: z.enum(['user', 'settings', 'self']),
  addedAt: z.string(),
});

export const packItemStatusSchema = z.enum(['new', 'update', 'duplicate', 'older', 'expired']);
export type PackItemStatus = z.infer<typeof packItemStatusSchema>;

export const packPreviewSchema = z.object({
  openId: idSchema,
  packId: idSchema,
  packVersion: z.number().int(),
  title: z.string(),
  description: z.string(),
  createdAt: z.string(),
  publisher: z.object({ name: z.string(), fingerprint: fingerprintSchema, trusted: z.boolean(), self: z.boolean() }),
  items: z.array(
    z.object({
      id: idSchema,
      version: z.number().int(),
      title: z.string(),
      languages: z.array(languageCodeSchema),
      validUntil: z.string().nullable(),
      status: packItemStatusSchema,
      /** Another publisher already uses this segment id here: imported as a separate segment (issue #12). */
      sharedId: z.boolean(),
    }),
  ),
  bytesNeeded: z.number().int(),
  /** Spoken help prompts the pack carries (issue #15); absent from older cores. */
  prompts: z.number().int().optional(),
  bytesFree: z.number().int().nullable(),
  sizeBytes: z.number().int(),
});
export type PackPreview = z.infer<typeof packPreviewSchema>;

const buildInput = z.object({
  /** May be empty when the pack carries only spoken help prompts (issue #15). */
  segmentIds: z.array(idSchema).max(2000),
  /** Only these versions of the chosen segments (all versions when empty). */
  versionIds: z.array(idSchema).max(10_000).default([]),
  encodes: z.array(packEncodeSchema).min(1).max(3).default(['opus']),
  redact: z.boolean().default(true),
  /** Spoken help prompts to carry (issue #15: IREX sends a set of prompts in a language to a region). */
  promptIds: z.array(idSchema).max(2000).default([]),
  /**
   * Producción's task recordings (oral translations, spoken back-translations; issue #14) travel as
   * files. Off, the pack still carries the scripts and task statuses, only not those files: they
   * can be large, and a distribution pack sent by WhatsApp does without them.
   */
  includeTaskRecordings: z.boolean().default(true),
});

export const feedSchema = z.object({ id: idSchema, url: z.string(), addedAt: z.string(), lastCheckedAt: z.string().nullable(), lastError: z.string().nullable() });
export const inboxEntrySchema = z.object({ id: idSchema, packId: idSchema, packVersion: z.number().int(), title: z.string(), sourceUrl: z.string(), addedAt: z.string(), status: z.enum(['new', 'imported']) });

export const packsMethods = {
  'packs.keyInfo': { input: z.object({}), output: z.object({ fingerprint: fingerprintSchema, publicKeyPem: z.string(), publisherName: z.string() }) },
  'packs.setPublisherName': { input: z.object({ name: z.string().trim().min(1).max(200) }), output: z.object({ name: z.string() }) },
  'packs.trustList': { input: z.object({}), output: z.array(publisherSchema) },
  'packs.trustKey': { input: z.object({ publicKeyPem: z.string().min(1).max(4000), name: z.string().trim().max(200).default('') }), output: publisherSchema },
  'packs.untrust': { input: z.object({ fingerprint: fingerprintSchema }), output: z.object({ removed: z.boolean() }) },
  'packs.estimate': { input: buildInput, output: z.object({ sizeBytes: z.number().int(), segments: z.number().int(), versions: z.number().int() }) },
  'packs.build': {
    input: buildInput.extend({
      jobId: idSchema,
      title: z.string().trim().min(1).max(200),
      description: z.string().max(5000).default(''),
      /** CLI / Electron only: where to write; browser mode writes into the data folder's packs/built. */
      outPath: z.string().min(1).max(4096).optional(),
    }),
    output: z.object({ packId: idSchema, packVersion: z.number().int(), path: z.string(), fileName: z.string(), sizeBytes: z.number().int(), segments: z.number().int() }),
  },
  'packs.open': { input: z.object({ jobId: idSchema, source: importSourceSchema, originalName: z.string().min(1).max(255) }), output: packPreviewSchema },
  'packs.openInbox': { input: z.object({ jobId: idSchema, inboxId: idSchema }), output: packPreviewSchema },
  'packs.import': {
    input: z.object({ jobId: idSchema, openId: idSchema, acceptPublisher: z.boolean().default(false) }),
    output: z.object({ imported: z.number().int(), updated: z.number().int(), skipped: z.number().int(), segmentIds: z.array(idSchema), prompts: z.number().int().optional() }),
  },
  'feeds.list': { input: z.object({}), output: z.array(feedSchema) },
  'feeds.subscribe': { input: z.object({ url: z.string().trim().min(1).max(2000) }), output: feedSchema },
  'feeds.unsubscribe': { input: z.object({ id: idSchema }), output: z.object({ removed: z.boolean() }) },
  'feeds.check': { input: z.object({ jobId: idSchema }), output: z.object({ downloaded: z.number().int(), receipts: z.number().int(), errors: z.array(z.object({ url: z.string(), code: z.string(), error: apiErrorSchema.optional() })) }) },
  'feeds.inbox': { input: z.object({}), output: z.array(inboxEntrySchema) },
} as const;

export const packsEvents = {
  'packs.inboxChanged': z.object({ count: z.number().int() }),
} as const;
