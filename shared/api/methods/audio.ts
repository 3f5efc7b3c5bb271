import { z } from 'zod';
import { idSchema } from '../../domain/segment.ts';
import { editOpSchema } from '../../domain/edit-ops.ts';

export { editOpSchema };

/** Audio engine and editor (issue #3): analysis, peaks, the non-destructive edit list, renders. */

export const analysisSchema = z.object({
  durationSec: z.number(),
  sampleRate: z.number(),
  channels: z.number(),
  codec: z.string(),
  integratedLufs: z.number().nullable(),
  loudnessRangeLu: z.number(),
  truePeakDbtp: z.number().nullable(),
  samplePeakDbfs: z.number().nullable(),
});

export const editStateSchema = z.object({ ops: z.array(editOpSchema), undone: z.array(editOpSchema) });

export const timelineSchema = z.object({
  pieces: z.array(z.object({ assetId: z.string().nullable(), inSec: z.number(), outSec: z.number() })),
  gains: z.array(z.object({ startSec: z.number(), endSec: z.number(), db: z.number() })),
  bleeps: z.array(z.object({ startSec: z.number(), endSec: z.number() })),
  fadeInSec: z.number(),
  fadeOutSec: z.number(),
  markers: z.array(z.object({ kind: z.enum(['introEnd', 'outroStart', 'cue']), atSec: z.number() })),
  normalize: z.object({ targetLufs: z.number(), ceilingDbtp: z.number() }).nullable(),
  durationSec: z.number(),
});

const editsOutput = z.object({ versionId: idSchema, edits: editStateSchema, timeline: timelineSchema });
export const renderFormatSchema = z.enum(['master', 'mp3', 'opus']);
export const masterBitsSchema = z.union([z.literal(16), z.literal(24)]);

export const audioMethods = {
  /** Analysis of a version's original (computed now, as a job, if the cache has none). */
  'audio.analysis': {
    input: z.object({ versionId: idSchema, jobId: idSchema.optional() }),
    output: z.object({ assetId: z.string(), analysis: analysisSchema }),
  },
  /** One zoom level of the precomputed peaks: the coarsest with at least `pixels` points. */
  'audio.peaks': {
    input: z.object({ versionId: idSchema, pixels: z.number().int().min(1).max(2_000_000) }),
    output: z.object({ samplesPerPixel: z.number(), sampleRate: z.number(), frames: z.number(), durationSec: z.number(), peaks: z.array(z.number().int()) }),
  },
  /**
   * Leading and trailing silence of a version's original, detected on its finest stored peaks (no
   * decode): the editor turns it into one `trim` op, so one undo brings it back.
   */
  'audio.silence': {
    input: z.object({ versionId: idSchema, thresholdDb: z.number().min(-90).max(-20).optional() }),
    output: z.object({ leadSec: z.number(), trailSec: z.number(), durationSec: z.number(), thresholdDb: z.number() }),
  },
  'audio.edits.get': { input: z.object({ versionId: idSchema }), output: editsOutput },
  'audio.edits.apply': { input: z.object({ versionId: idSchema, op: editOpSchema }), output: editsOutput },
  'audio.edits.undo': { input: z.object({ versionId: idSchema }), output: editsOutput },
  'audio.edits.redo': { input: z.object({ versionId: idSchema }), output: editsOutput },
  /** Renders the edited version; `out` (a path) only outside browser mode, else into the data folder. */
  'audio.render': {
    input: z
      .object({
        jobId: idSchema,
        versionId: idSchema,
        format: renderFormatSchema,
        out: z.string().min(1).max(4096).optional(),
        /** A master's bits per sample; unset, the source's own depth. Only for `master`. */
        bits: masterBitsSchema.optional(),
      })
      .refine((v) => v.bits === undefined || v.format === 'master', { message: 'bits is only for the master format', path: ['bits'] }),
    output: z.object({ path: z.string(), durationSec: z.number(), integratedLufs: z.number().nullable(), truePeakDbtp: z.number().nullable() }),
  },
  /**
   * Makes sure the version's playout rendition (what `/media/version/<id>` serves) exists, as a job
   * with progress: the player says "Preparando audio…" instead of waiting silently (issue #11).
   */
  'audio.playout.prepare': {
    input: z.object({ jobId: idSchema, versionId: idSchema }),
    output: z.object({ durationSec: z.number() }),
  },
} as const;
