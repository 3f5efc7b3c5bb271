import { z } from 'zod';
import { idSchema } from '../domain/segment.ts';
import { audioMethods } from './methods/audio.ts';
import { libraryMethods } from './methods/library.ts';
import { scheduleMethods } from './methods/schedule.ts';
import { recordingMethods } from './methods/recording.ts';
import { packsMethods } from './methods/packs.ts';
import { filesMethods } from './methods/files.ts';
import { asrunMethods } from './methods/asrun.ts';
import { backupMethods } from './methods/backup.ts';
import { receiptsMethods } from './methods/receipts.ts';
import { uiLanguages } from '../locales/locale-types.ts';
import { coverageMethods } from './methods/coverage.ts';
import { helpMethods } from './methods/help.ts';
import { uiStringsMethods } from './methods/ui-strings.ts';
import { productionMethods } from './methods/production.ts';
import { voicesMethods } from './methods/voices.ts';

export { importSourceSchema, searchFiltersSchema, type ImportSource, type SearchFilters } from './methods/library.ts';

/**
 * The one API contract (DESIGN.md §1). Each method: input and output schema. Electron IPC, the
 * browser-mode HTTP server and the CLI all dispatch through a handler table typed from this object,
 * so a method cannot exist in one transport and not the other. Each domain keeps its methods in
 * `methods/<domain>.ts`; this file only joins them (one line per domain).
 */
const appMethods = {
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), dataDir: z.string(), ffmpegPath: z.string().nullable(), transport: z.enum(['electron', 'web', 'cli']) }),
  },
  'jobs.cancel': { input: z.object({ jobId: idSchema }), output: z.object({ cancelled: z.boolean() }) },
  /** The UI language, so names the core makes (recovered recordings, the unset station) use it (issue #11). */
  'app.setLanguage': { input: z.object({ language: z.enum(uiLanguages) }), output: z.object({ language: z.enum(uiLanguages) }) },
} as const;

export const contract = {
  ...appMethods,
  ...libraryMethods,
  ...audioMethods,
  ...scheduleMethods,
  ...recordingMethods,
  ...packsMethods,
  ...filesMethods,
  ...asrunMethods,
  ...backupMethods,
  ...receiptsMethods,
  ...coverageMethods,
  ...helpMethods,
  ...uiStringsMethods,
  ...productionMethods,
  ...voicesMethods,
} as const;


export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
