import { z } from 'zod';
import { idSchema, languageCodeSchema } from '../../domain/segment.ts';
import { sampleRateSchema, takeSchema, takeTargetSchema } from '../../domain/recording.ts';

/** Largest chunk accepted: 1 s of 96 kHz stereo 16-bit (the client sends ~250 ms). */
export const MAX_CHUNK_BYTES = 96_000 * 2 * 2;

/** Recording (issue #4): raw PCM chunks in, crash-safe WAV takes out. */
export const recordingMethods = {
  'recording.start': {
    input: z.object({
      target: takeTargetSchema,
      languageCode: languageCodeSchema.nullable(),
      sampleRate: sampleRateSchema,
      channels: z.union([z.literal(1), z.literal(2)]),
    }),
    output: takeSchema,
  },
  /**
   * Binary: `pcm` is 16-bit little-endian interleaved PCM. Electron IPC clones the Uint8Array;
   * browser mode sends it as an octet-stream body (see web-transport.ts). `offset` is the byte
   * position of this chunk in the take's audio, so a retried chunk is not written twice.
   */
  'recording.appendChunk': {
    input: z.object({
      id: idSchema,
      offset: z.number().int().min(0),
      pcm: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_CHUNK_BYTES, 'chunk too large'),
    }),
    output: z.object({ bytes: z.number().int(), durableBytes: z.number().int() }),
  },
  /** Closes the WAV and imports it as a draft version (a job: progress and cancel like an import). */
  'recording.stop': { input: z.object({ id: idSchema, jobId: idSchema }), output: takeSchema },
  'recording.takes': {
    input: z.object({ segmentId: idSchema.optional(), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(takeSchema),
  },
  'recording.setKeeper': { input: z.object({ id: idSchema }), output: z.array(takeSchema) },
  /** Keeps a recovered take: it stops being offered in the banner. */
  'recording.keep': { input: z.object({ id: idSchema }), output: takeSchema },
  /** Deletes the take, its version (and the segment it created, when that has no other version). */
  'recording.discard': { input: z.object({ id: idSchema }), output: z.object({ discarded: z.boolean() }) },
  /** Same recovery as start-up: repairs unfinished WAVs and imports what is not in the library yet. */
  'recording.recover': { input: z.object({}), output: z.array(takeSchema) },
  'recording.storage': {
    input: z.object({}),
    output: z.object({ freeBytes: z.number().nonnegative().nullable() }),
  },
} as const;

export const recordingEvents = {
  /** A take was created, finished, recovered, kept or discarded: views reload their lists. */
  'recording.changed': z.object({ takeId: idSchema.nullable() }),
  /** A take became a version of a segment in a language (issue #14: Producción marks that language's task recorded). */
  'recording.takeImported': z.object({ takeId: idSchema, segmentId: idSchema, versionId: idSchema, languageCode: languageCodeSchema.nullable() }),
} as const;
