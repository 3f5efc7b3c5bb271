import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema, sha256Schema, stateCodeSchema } from '../../domain/segment.ts';
import {
  consentInputSchema, consentUseSchema, disguiseSchema, monthSchema, placeRoleSchema, placeSchema, redactionSchema, REDACTIONS_MAX,
  summaryCellSchema, testimonyCategoryIdSchema, testimonySchema, testimonySourceSchema, TESTIMONY_SUMMARY_MAX,
} from '../../domain/voices.ts';
import { importSourceSchema } from './library.ts';

export const TESTIMONY_PAGE = 50;
/** Points drawn across the redaction waveform when the caller does not say: a wide screen, twice over. */
export const VOICES_PEAK_PIXELS = 4000;
/** The most peak pairs one answer carries: an hour at the store's finest level (8 kHz / 256) is ~112,000. */
export const VOICES_PEAK_PIXELS_MAX = 200_000;

/** One line of the Voces list: enough to find a testimony, never its audio. */
export const testimonyRowSchema = z.object({
  id: idSchema,
  receivedOn: isoDateSchema,
  source: testimonySourceSchema,
  languageCode: languageCodeSchema.nullable(),
  originState: stateCodeSchema.nullable(),
  workState: stateCodeSchema.nullable(),
  categories: z.array(testimonyCategoryIdSchema),
  summary: z.string(),
  durationSec: z.number().nonnegative().nullable(),
  /** The uses the consent in force covers; empty when there is none or it was withdrawn. */
  consentUses: z.array(consentUseSchema),
  redactions: z.number().int().nonnegative(),
  segmentId: idSchema.nullable(),
});
export type TestimonyRow = z.infer<typeof testimonyRowSchema>;

const testimonyFieldsSchema = z.object({
  receivedOn: isoDateSchema,
  source: testimonySourceSchema,
  languageCode: languageCodeSchema.nullable(),
  origin: placeSchema.nullable(),
  work: placeSchema.nullable(),
  categories: z.array(testimonyCategoryIdSchema).max(12),
  summary: z.string().trim().max(TESTIMONY_SUMMARY_MAX),
  disguise: disguiseSchema,
});

/** What leaves as an audio file: for air, or for an authority (anonymised report). Each needs its consent. */
export const testimonyExportUseSchema = z.enum(['broadcast', 'anonymised']);

/**
 * `station`: this station's own testimonies. `network`: at IREX, what every station's receipts
 * counted (anonymised counts only; nothing is "left out" there, the stations already left it out).
 */
export const summaryScopeSchema = z.enum(['station', 'network']);

const summaryRangeSchema = z
  .object({ from: monthSchema, to: monthSchema, placeRole: placeRoleSchema.default('work'), scope: summaryScopeSchema.default('station') })
  .refine((r) => r.from <= r.to, { message: 'The range ends before it starts', path: ['to'] });

export const voicesMethods = {
  'voices.list': {
    input: z.object({
      query: z.string().trim().max(200).optional(),
      category: testimonyCategoryIdSchema.optional(),
      stateCode: stateCodeSchema.optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(500).default(TESTIMONY_PAGE),
    }),
    output: z.object({ rows: z.array(testimonyRowSchema), total: z.number().int().nonnegative() }),
  },
  'voices.get': { input: z.object({ id: idSchema }), output: testimonySchema },
  /** A voice note (WhatsApp Opus/AMR/M4A, any audio ffmpeg reads) becomes a testimony: a job with progress and cancel. */
  'voices.import': {
    input: z.object({ jobId: idSchema, source: importSourceSchema, originalName: z.string().min(1).max(255), testimonySource: testimonySourceSchema.default('voice_note') }),
    output: testimonySchema,
  },
  /** A testimony from audio already in the store, or a call noted by hand (no audio); a call recorded in Grabar goes through `voices.fromTake`. */
  'voices.create': { input: z.object({ assetId: sha256Schema.nullable(), testimonySource: testimonySourceSchema.default('call_in') }), output: testimonySchema },
  /**
   * A call recorded in Grabar (a `call_in` take, stopped) becomes a new testimony with its audio, and
   * the take is removed, in one step: the call never becomes a segment, and a failure leaves the take.
   */
  'voices.fromTake': { input: z.object({ takeId: idSchema }), output: testimonySchema },
  /** A call noted by hand gets its recording (a stopped `call_in` take); refused with `voices.has_audio` when it has audio already. */
  'voices.audio.attach': { input: z.object({ id: idSchema, takeId: idSchema }), output: testimonySchema },
  'voices.update': { input: testimonyFieldsSchema.partial().extend({ id: idSchema }), output: testimonySchema },
  /** Replaces the spans to bleep or cut (marked on the original's timeline). */
  'voices.redactions.save': { input: z.object({ id: idSchema, redactions: z.array(redactionSchema).max(REDACTIONS_MAX) }), output: testimonySchema },
  /** Adds a consent record; the latest one is in force (an empty `uses` withdraws it). */
  'voices.consent.add': { input: consentInputSchema.extend({ id: idSchema }), output: testimonySchema },
  /** Deletes the testimony and its audio from the store (the UI asks first). */
  'voices.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.boolean() }) },
  /**
   * The original's waveform peaks for the redaction view, at any length (an hour-long call too): a
   * job (`analyze`, with progress and cancel) the first time, computed once per audio and stored;
   * read at once after that. One zoom level: the coarsest with at least `pixels` points.
   */
  'voices.peaks': {
    input: z.object({ id: idSchema, jobId: idSchema, pixels: z.number().int().min(1).max(VOICES_PEAK_PIXELS_MAX).default(VOICES_PEAK_PIXELS) }),
    output: z.object({
      assetId: sha256Schema,
      samplesPerPixel: z.number().int().positive(),
      sampleRate: z.number().positive(),
      durationSec: z.number().nonnegative(),
      /** Interleaved min, max; ±32767 is full scale. */
      peaks: z.array(z.number().int().min(-32767).max(32767)),
    }),
  },
  /** The testimony as it would leave (redacted, disguised) as a playable file: a job; play `mediaId` through the media URL. */
  'voices.preview': { input: z.object({ id: idSchema, jobId: idSchema }), output: z.object({ mediaId: idSchema, durationSec: z.number().nonnegative() }) },
  /** A job: the redacted audio as a file in `outDir` (default <data>/exports/voces); refused when the consent does not cover `use`. */
  'voices.export': {
    input: z.object({ id: idSchema, jobId: idSchema, use: testimonyExportUseSchema, format: z.enum(['mp3', 'wav']).default('mp3'), outDir: z.string().min(1).max(4096).optional() }),
    output: z.object({ files: z.array(z.string()) }),
  },
  /** A job: the redacted, disguised audio becomes a draft segment in the library, so it can air and travel; needs broadcast consent. */
  'voices.publish': {
    input: z.object({ id: idSchema, jobId: idSchema, title: z.string().trim().min(1).max(200) }),
    output: z.object({ segmentId: idSchema, versionId: idSchema }),
  },
  /** Anonymised counts by category × state × month, of the testimonies whose consent covers anonymised reports. */
  'voices.summary': {
    input: summaryRangeSchema,
    output: z.object({
      cells: z.array(summaryCellSchema),
      /** Testimonies counted (each once, even with several categories). */
      counted: z.number().int().nonnegative(),
      /** In the range but left out: no consent for anonymised reports (0 for the network). */
      leftOut: z.number().int().nonnegative(),
      /** Stations whose receipts counted testimonies in the range (network); 1 for the station's own. */
      stations: z.number().int().nonnegative(),
    }),
  },
  /** A job: the summary as CSV (UTF-8 with BOM) or PDF into `outDir` (default <data>/exports/voces). */
  'voices.summary.export': {
    input: z.object({
      from: monthSchema, to: monthSchema, placeRole: placeRoleSchema.default('work'), scope: summaryScopeSchema.default('station'),
      jobId: idSchema, format: z.enum(['csv', 'pdf']), lang: z.enum(['es', 'en']).default('es'), outDir: z.string().min(1).max(4096).optional(),
    }),
    output: z.object({ files: z.array(z.string()) }),
  },
} as const;

export const voicesEvents = {
  /** Testimonies were added, changed or deleted: the Voces list and summary look again. */
  'voices.changed': z.object({ ids: z.array(idSchema) }),
} as const;
