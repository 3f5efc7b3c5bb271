import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema } from './segment.ts';

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
