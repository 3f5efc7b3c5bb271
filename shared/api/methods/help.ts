import { z } from 'zod';
import { helpTargetSchema } from '../../domain/help-targets.ts';
import { idSchema, languageCodeSchema, sha256Schema } from '../../domain/segment.ts';
import { importSourceSchema } from './library.ts';

/** A recorded help prompt (issue #15 "¿Qué es esto?"): one per (target, language). */
export const helpPromptSchema = z.object({
  id: idSchema,
  target: helpTargetSchema,
  languageCode: languageCodeSchema,
  /** The audio in the content store; played through the media URL of this asset. */
  assetId: sha256Schema,
  durationSec: z.number().nonnegative(),
  origin: z.object({ kind: z.enum(['local', 'pack']), packId: z.string().nullable() }),
  createdAt: z.string(),
});
export type HelpPrompt = z.infer<typeof helpPromptSchema>;

const promptKey = { target: helpTargetSchema, languageCode: languageCodeSchema };

/** Spoken help (issue #15): prompts per target and language, and the station's prompt language. */
export const helpMethods = {
  'help.prompts': { input: z.object({}), output: z.object({ promptLanguage: languageCodeSchema.nullable(), prompts: z.array(helpPromptSchema) }) },
  /** Audio already in the library's store (a take recorded in Grabar) becomes the prompt; replaces the one in that language. */
  'help.save': { input: z.object({ ...promptKey, assetId: sha256Schema }), output: helpPromptSchema },
  /** An audio file becomes the prompt (a job like library.import: progress and cancel). */
  'help.import': { input: z.object({ ...promptKey, jobId: idSchema, source: importSourceSchema, originalName: z.string().min(1).max(255) }), output: helpPromptSchema },
  'help.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.boolean() }) },
  'help.setLanguage': { input: z.object({ languageCode: languageCodeSchema.nullable() }), output: z.object({ promptLanguage: languageCodeSchema.nullable() }) },
} as const;

export const helpEvents = {
  /** Prompts were added, replaced or deleted (here or by a pack import): speaker buttons look again. */
  'help.changed': z.object({}),
} as const;
