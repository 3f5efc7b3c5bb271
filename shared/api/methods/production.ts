import { z } from 'zod';
import { languageTaskSchema, SCRIPT_MAX, scriptDiffPartSchema, scriptRevisionSchema, taskRecordingRoleSchema, taskStatusSchema, translationModeSchema } from '../../domain/production.ts';
import { idSchema, isoDateSchema, languageCodeSchema, sha256Schema } from '../../domain/segment.ts';
import { importSourceSchema } from './library.ts';

/**
 * Rows the board asks for at first, and adds with "Mostrar más". A page of 200 × 12 languages took
 * 1.3 s to lay out in Chromium on a two-core machine; 50 show in a fraction of that.
 */
export const BOARD_PAGE = 50;
/** The most rows one answer carries. */
export const BOARD_MAX = 500;

/** One cell of the board: where a segment stands in one language. */
export const boardCellSchema = z.object({ taskId: idSchema, status: taskStatusSchema, outdated: z.boolean(), assignee: z.string(), dueDate: isoDateSchema.nullable() });
export type BoardCell = z.infer<typeof boardCellSchema>;

export const boardRowSchema = z.object({
  segmentId: idSchema,
  title: z.string(),
  /** The master script's language and revision; null before a script is written. */
  masterLanguage: languageCodeSchema.nullable(),
  revision: z.number().int().positive().nullable(),
  tasks: z.record(languageCodeSchema, boardCellSchema),
});
export type BoardRow = z.infer<typeof boardRowSchema>;

/** "At least this far in this language" / "not yet this far (or no task) in that one". */
const languageAtSchema = z.object({ languageCode: languageCodeSchema, status: taskStatusSchema });

export const productionMethods = {
  /**
   * The board: every segment (archived ones aside) × every language with a task. `reached` and
   * `notReached` together find "approved in Spanish, missing in Mixteco de la Costa".
   */
  'production.board': {
    input: z.object({
      query: z.string().trim().max(200).optional(),
      reached: languageAtSchema.optional(),
      notReached: languageAtSchema.optional(),
      outdatedOnly: z.boolean().optional(),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(BOARD_MAX).default(200),
    }),
    output: z.object({ languages: z.array(languageCodeSchema), rows: z.array(boardRowSchema), total: z.number().int().nonnegative() }),
  },
  'production.script.get': {
    input: z.object({ segmentId: idSchema }),
    output: z.object({ segmentId: idSchema, title: z.string(), revisions: z.array(scriptRevisionSchema), tasks: z.array(languageTaskSchema) }),
  },
  /** A new master script revision; the translations made from an older one become outdated. */
  'production.script.save': {
    input: z.object({ segmentId: idSchema, languageCode: languageCodeSchema, text: z.string().max(SCRIPT_MAX), author: z.string().trim().max(120).default('') }),
    output: z.object({ revision: scriptRevisionSchema, outdated: z.array(languageCodeSchema) }),
  },
  /** Creates the task for a language (status "needs translation") or changes its details. */
  'production.task.save': {
    input: z.object({
      segmentId: idSchema,
      languageCode: languageCodeSchema,
      mode: translationModeSchema.optional(),
      assignee: z.string().trim().max(120).optional(),
      dueDate: isoDateSchema.nullable().optional(),
      notes: z.string().max(5000).optional(),
      translation: z.string().max(SCRIPT_MAX).optional(),
      backTranslation: z.string().max(SCRIPT_MAX).optional(),
    }),
    output: languageTaskSchema,
  },
  /** One step forward, or back with a comment (the review's "send back"). */
  'production.task.move': {
    input: z.object({ taskId: idSchema, to: taskStatusSchema, comment: z.string().trim().max(5000).default('') }),
    output: languageTaskSchema,
  },
  'production.task.delete': { input: z.object({ taskId: idSchema }), output: z.object({ deleted: z.boolean() }) },
  /** What changed in the master script since the task's translation was made. */
  'production.task.diff': {
    input: z.object({ taskId: idSchema }),
    output: z.object({ from: z.number().int().positive().nullable(), to: z.number().int().positive().nullable(), parts: z.array(scriptDiffPartSchema) }),
  },
  /**
   * An audio file becomes the task's oral translation or spoken back-translation, replacing the one
   * there (a job like library.import: progress and cancel). The task then carries it, with the
   * asset id the players ask the media handler for.
   */
  'production.recording.import': {
    input: z.object({ taskId: idSchema, role: taskRecordingRoleSchema, jobId: idSchema, source: importSourceSchema, originalName: z.string().min(1).max(255) }),
    output: languageTaskSchema,
  },
  /** Audio already in the library's store (a take recorded in Grabar) becomes the recording. */
  'production.recording.attach': {
    input: z.object({ taskId: idSchema, role: taskRecordingRoleSchema, assetId: sha256Schema, originalName: z.string().min(1).max(255) }),
    output: languageTaskSchema,
  },
  /** Removes the recording; its audio leaves the store when nothing else uses it. */
  'production.recording.remove': {
    input: z.object({ taskId: idSchema, role: taskRecordingRoleSchema }),
    output: languageTaskSchema,
  },
} as const;

export const productionEvents = {
  'production.changed': z.object({ segmentIds: z.array(idSchema) }),
} as const;
