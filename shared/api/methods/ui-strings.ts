import { z } from 'zod';
import { importSourceSchema } from './library.ts';

/**
 * Translator kit (issue #15 §3): the UI's own strings leave as gettext PO or XLIFF 2.0 with their
 * context, come back translated, and become a UI language without a rebuild. Community languages
 * are keyed by a BCP 47 / ISO 639-3 tag (`xty`, `mix-x-costa`); Spanish and English are built in.
 */
export const uiLanguageTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/, 'a language tag such as xty or mix-x-costa')
  .max(35);

export const translationFormatSchema = z.enum(['po', 'xliff']);
export type TranslationFormat = z.infer<typeof translationFormatSchema>;

/** A string the import did not take, and why: it falls back to Spanish in the UI. */
export const translationProblemSchema = z.object({
  key: z.string(),
  problem: z.enum(['placeholder_missing', 'placeholder_extra', 'plural_forms', 'unknown_key', 'too_long']),
  /** The placeholder (`{{n}}`), the expected number of plural forms, or the length limit. */
  detail: z.string(),
});
export type TranslationProblem = z.infer<typeof translationProblemSchema>;

export const communityLanguageSchema = z.object({
  code: uiLanguageTagSchema,
  /** The language's own name (autonym) as the translator wrote it, shown in the language menu. */
  name: z.string(),
  translated: z.number().int(),
  total: z.number().int(),
  importedAt: z.string(),
});
export type CommunityLanguage = z.infer<typeof communityLanguageSchema>;

export const uiStringsMethods = {
  /** Writes every UI string with its context for one target language; the file lands in translations/. */
  'uiStrings.export': {
    input: z.object({ format: translationFormatSchema, language: uiLanguageTagSchema, name: z.string().trim().max(80).default('') }),
    output: z.object({ path: z.string(), fileName: z.string(), strings: z.number().int() }),
  },
  /** Reads a translated PO or XLIFF back, checks it against the Spanish source and installs it. */
  'uiStrings.import': {
    input: z.object({ source: importSourceSchema, originalName: z.string().min(1).max(255) }),
    output: z.object({ language: communityLanguageSchema, problems: z.array(translationProblemSchema), missing: z.number().int() }),
  },
  'uiStrings.languages': { input: z.object({}), output: z.array(communityLanguageSchema) },
  /** The installed translation as an i18next tree (missing keys absent: i18next falls back to Spanish). */
  'uiStrings.get': { input: z.object({ code: uiLanguageTagSchema }), output: z.object({ code: uiLanguageTagSchema, name: z.string(), strings: z.record(z.string(), z.unknown()) }) },
  'uiStrings.delete': { input: z.object({ code: uiLanguageTagSchema }), output: z.object({ deleted: z.boolean() }) },
} as const;

export const uiStringsEvents = {
  /** A translation was installed or removed: the language menu looks again. */
  'uiStrings.changed': z.object({}),
} as const;
