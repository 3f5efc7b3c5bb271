import { z } from 'zod';
import { idSchema, languageCodeSchema } from './segment.ts';

/**
 * A take (issue #4): one recording session, its WAV in `<dataDir>/recordings/`, and — once stopped
 * or recovered — the library version it became. `recording` while audio is still arriving (or a
 * crash left it so), `finished` after a clean stop, `recovered` when start-up repaired it.
 */
export const takeStatusSchema = z.enum(['recording', 'finished', 'recovered']);
export type TakeStatus = z.infer<typeof takeStatusSchema>;

/**
 * What the take is "for": a new segment with a title, or another version of an existing one; or a
 * listener's call (issue #14 §2), which never enters the library and becomes a private testimony.
 */
export const takeTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), title: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('existing'), segmentId: idSchema }),
  z.object({ kind: z.literal('call_in') }),
]);
export type TakeTarget = z.infer<typeof takeTargetSchema>;

/** Only what browsers' AudioWorklets produce after our Int16 conversion. */
export const SAMPLE_RATES = [8000, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000] as const;
export const sampleRateSchema = z.number().int().refine((n) => (SAMPLE_RATES as readonly number[]).includes(n), 'unsupported sample rate');

export const takeSchema = z.object({
  id: idSchema,
  /** Absolute path of the take's audio: the recording WAV, or its content-store copy once imported. */
  file: z.string(),
  status: takeStatusSchema,
  durationSec: z.number().nonnegative(),
  sampleRate: z.number().int().positive(),
  channels: z.number().int().min(1).max(2),
  languageCode: languageCodeSchema.nullable(),
  /** The segment the take is for (existing target) or became (after import); null until then for a new one. */
  segmentId: idSchema.nullable(),
  segmentTitle: z.string(),
  versionId: idSchema.nullable(),
  assetId: z.string().nullable(),
  keeper: z.boolean(),
  /** A recovered take the producer has not yet kept or discarded. */
  needsReview: z.boolean(),
  /** Recorded as a listener's call: it waits (never in the library) until it becomes a testimony's audio. */
  callIn: z.boolean(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type Take = z.infer<typeof takeSchema>;

/** 16-bit PCM: what the worklet sends and the WAV holds. */
export const BYTES_PER_SAMPLE = 2;

/** "3 min 12 s" parts, for the recovered banner and the take list. */
export function splitDuration(seconds: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(seconds));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
