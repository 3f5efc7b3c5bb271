import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema, sha256Schema } from './segment.ts';

/*
 * Producción (issue #14 §1): a segment's master script with its revisions, and one language task
 * per target language that walks from "needs translation" to "approved". Shared by the core (which
 * enforces the moves) and the renderer (which offers only the moves the core will take).
 */

export const TASK_STATUSES = ['needs_translation', 'translated', 'recorded', 'reviewed', 'approved'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** Many Indigenous languages are mostly spoken: an oral translation is a recording, no text required. */
export const translationModeSchema = z.enum(['written', 'oral']);
export type TranslationMode = z.infer<typeof translationModeSchema>;

export const SCRIPT_MAX = 100_000;

/**
 * A task's recordings: the oral translation itself, and a back-translation into Spanish spoken for
 * the reviewer (beside, or instead of, the written one).
 */
export const TASK_RECORDING_ROLES = ['oral', 'back_translation'] as const;
export const taskRecordingRoleSchema = z.enum(TASK_RECORDING_ROLES);
export type TaskRecordingRole = z.infer<typeof taskRecordingRoleSchema>;

/** Longer than any spot or capsule a station airs: a longer file is almost surely the wrong one. */
export const TASK_RECORDING_MAX_SEC = 30 * 60;

export const taskRecordingSchema = z.object({
  /** The audio in the content store: the media id the players ask for. */
  assetId: sha256Schema,
  durationSec: z.number().nonnegative(),
  /** The file's name as picked (or the take's), so the translator knows which one is attached. */
  originalName: z.string().max(255),
  attachedAt: z.string(),
});
export type TaskRecording = z.infer<typeof taskRecordingSchema>;

export const scriptRevisionSchema = z.object({
  revision: z.number().int().positive(),
  languageCode: languageCodeSchema,
  text: z.string().max(SCRIPT_MAX),
  author: z.string().max(120),
  createdAt: z.string(),
});
export type ScriptRevision = z.infer<typeof scriptRevisionSchema>;

export const languageTaskSchema = z.object({
  id: idSchema,
  segmentId: idSchema,
  languageCode: languageCodeSchema,
  status: taskStatusSchema,
  mode: translationModeSchema,
  /** Free text: community translators rarely have accounts. */
  assignee: z.string().max(120),
  dueDate: isoDateSchema.nullable(),
  notes: z.string().max(5000),
  /** The written translation (empty for an oral one). */
  translation: z.string().max(SCRIPT_MAX),
  /** A back-translation into Spanish, for review. */
  backTranslation: z.string().max(SCRIPT_MAX),
  /** The master script revision the translation was made from; null before it is translated. */
  basedOnRevision: z.number().int().positive().nullable(),
  /** The master script changed after this translation: it must be looked at again. */
  outdated: z.boolean(),
  /** The reviewer's last word when the task was sent back. */
  reviewComment: z.string().max(5000),
  /** The version its take became, once recorded from the task in Grabar. */
  versionId: idSchema.nullable(),
  /** The oral translation (a task in oral mode counts as translated once it has one). */
  oralRecording: taskRecordingSchema.nullable(),
  /** The back-translation into Spanish, spoken. */
  backTranslationRecording: taskRecordingSchema.nullable(),
  updatedAt: z.string(),
});
export type LanguageTask = z.infer<typeof languageTaskSchema>;

const rank = (s: TaskStatus) => TASK_STATUSES.indexOf(s);

/**
 * The moves a task may make: one step forward; back to any earlier step ("send back", which needs a
 * comment); and, when the master script changed after the translation, `rebase` to "translated":
 * the translator has looked at the change and updated the translation (from any later step too, since
 * a take of the old text must be recorded again). An outdated task moves no further until then.
 */
export function canMove(from: TaskStatus, to: TaskStatus, outdated: boolean): 'forward' | 'back' | 'rebase' | null {
  if (outdated && to === 'translated') return 'rebase';
  if (rank(to) < rank(from)) return 'back';
  if (rank(to) !== rank(from) + 1 || outdated) return null;
  return 'forward';
}

/** A word diff of two script revisions: what the translator must look at again. */
export const scriptDiffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type ScriptDiffPart = z.infer<typeof scriptDiffPartSchema>;
