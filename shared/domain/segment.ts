import { z } from 'zod';
import { beyondHorizon } from './validity-horizon.ts';

/** Lifecycle of a segment (DESIGN.md §3). */
export const segmentStatusSchema = z.enum(['draft', 'ready', 'approved', 'archived']);
export type SegmentStatus = z.infer<typeof segmentStatusSchema>;

export const regionRoleSchema = z.enum(['origin', 'destination', 'any']);
export type RegionRole = z.infer<typeof regionRoleSchema>;

/** Calendar date in the station's zone, `YYYY-MM-DD`: validity windows are civil dates, not instants. */
export const isoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** ISO 639-3 code (three lowercase letters). */
export const languageCodeSchema = z.string().regex(/^[a-z]{3}$/);
/** INEGI state code, two digits 01–32. */
export const stateCodeSchema = z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/);
/** INEGI municipality key: state code + three digits. */
export const municipalityCodeSchema = z.string().regex(/^(0[1-9]|[12]\d|3[0-2])\d{3}$/);
export const topicIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/);
export const idSchema = z.string().uuid();
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const regionTagSchema = z.object({
  stateCode: stateCodeSchema,
  /** Optional municipality key (INEGI) … */
  municipalityCode: municipalityCodeSchema.nullable().default(null),
  /** … or a free place name (a community, a ranch, a valley). */
  place: z.string().trim().max(120).nullable().default(null),
  role: regionRoleSchema,
});
export type RegionTag = z.infer<typeof regionTagSchema>;

export const audioFormatSchema = z.object({
  container: z.string(),
  codec: z.string(),
  sampleRate: z.number().int().nonnegative(),
  channels: z.number().int().nonnegative(),
  bitsPerSample: z.number().int().nonnegative().nullable(),
  bitRate: z.number().int().nonnegative().nullable(),
});
export type AudioFormat = z.infer<typeof audioFormatSchema>;

export const assetSchema = z.object({
  id: sha256Schema,
  originalName: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  durationSec: z.number().nonnegative(),
  format: audioFormatSchema,
  importedAt: z.string(),
});
export type Asset = z.infer<typeof assetSchema>;

export const versionSchema = z.object({
  id: idSchema,
  segmentId: idSchema,
  languageCode: languageCodeSchema.nullable(),
  regions: z.array(regionTagSchema),
  script: z.string(),
  asset: assetSchema,
  /** Length as it airs: the edit list applied (issue #11); the asset keeps the original's. */
  durationSec: z.number().nonnegative(),
  createdAt: z.string(),
});
export type Version = z.infer<typeof versionSchema>;

const segmentFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  topics: z.array(topicIdSchema).max(30),
  status: segmentStatusSchema,
  validFrom: isoDateSchema.nullable(),
  validUntil: isoDateSchema.nullable(),
  license: z.string().max(100),
  producer: z.string().max(200),
  consentNotes: z.string().max(5000),
};

export const segmentSchema = z.object({
  id: idSchema,
  ...segmentFields,
  origin: z.object({ kind: z.enum(['local', 'pack']), packId: z.string().nullable(), packVersion: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(versionSchema),
});
export type Segment = z.infer<typeof segmentSchema>;

/** Editable segment fields; every field optional so a patch touches only what the user changed. */
export const segmentPatchSchema = z
  .object(segmentFields)
  .partial()
  .refine((p) => !(p.validFrom && p.validUntil) || p.validFrom <= p.validUntil, {
    message: 'validity.range',
    path: ['validUntil'],
  })
  // The window alone; the core also checks each date against the station's today (no clock here).
  .refine((p) => !(p.validFrom && p.validUntil) || !beyondHorizon(p.validFrom, p.validUntil), {
    message: 'validity.too_far',
    path: ['validUntil'],
  });
export type SegmentPatch = z.infer<typeof segmentPatchSchema>;

export const versionPatchSchema = z
  .object({
    languageCode: languageCodeSchema.nullable(),
    regions: z.array(regionTagSchema).max(40),
    script: z.string().max(100_000),
  })
  .partial();
export type VersionPatch = z.infer<typeof versionPatchSchema>;

/** One row of the library list: enough to render and play without loading the whole segment. */
export const segmentSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  status: segmentStatusSchema,
  validUntil: isoDateSchema.nullable(),
  topics: z.array(topicIdSchema),
  languages: z.array(languageCodeSchema),
  regions: z.array(stateCodeSchema),
  versionCount: z.number().int(),
  /** The first version's audio: what the row's play button plays. */
  primaryVersionId: idSchema.nullable(),
  primaryAssetId: sha256Schema.nullable(),
  durationSec: z.number().nonnegative().nullable(),
  format: audioFormatSchema.nullable(),
  /** The first version's measured loudness (issue #11: the row's plain verdict); absent until analysed. */
  loudness: z.object({ integratedLufs: z.number().nullable(), truePeakDbtp: z.number().nullable() }).nullable().optional(),
  updatedAt: z.string(),
});
export type SegmentSummary = z.infer<typeof segmentSummarySchema>;
