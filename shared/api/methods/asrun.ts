import { z } from 'zod';
import { apiErrorSchema } from '../errors.ts';
import { idSchema, isoDateSchema, languageCodeSchema } from '../../domain/segment.ts';
import { importSourceSchema } from './library.ts';

/**
 * What aired, really (issue #13 §1, station side): playout-log import with presets, matching to
 * versions, unmatched lines to link or ignore, and "confirm a day" for stations without logs.
 */
export const logPresetSchema = z.enum(['azuracast', 'libretime', 'aras', 'generic']);
export type LogPreset = z.infer<typeof logPresetSchema>;

export const logDelimiterSchema = z.enum([',', ';', '\t', '|']);
export const logDateFormatSchema = z.enum(['ymd', 'dmy', 'mdy']);

/** A column is named by its header text, or by its 1-based position ("3") when the file has none. */
const columnSchema = z.string().trim().max(100).default('');

/** The generic mapping a station saves once (report_log_mappings.mapping_json). */
export const logMappingSchema = z
  .object({
    delimiter: logDelimiterSchema.default(','),
    hasHeader: z.boolean().default(true),
    /** The date, or date and time together ("2026-03-09 07:00:05"). */
    date: columnSchema,
    /** Empty when the date column carries the time too. */
    time: columnSchema,
    file: columnSchema,
    title: columnSchema,
    duration: columnSchema,
    dateFormat: logDateFormatSchema.default('ymd'),
  })
  .refine((m) => m.date !== '', { message: 'date column required', path: ['date'] })
  .refine((m) => m.file !== '' || m.title !== '', { message: 'file or title column required', path: ['file'] });
export type LogMapping = z.output<typeof logMappingSchema>;

const logRequest = {
  source: importSourceSchema,
  originalName: z.string().min(1).max(255),
  preset: logPresetSchema,
  mapping: logMappingSchema.optional(),
};

export const logPreviewSchema = z.object({
  encoding: z.enum(['utf-8', 'latin1', 'utf-16']),
  /** The columns the file's first row names (or "1", "2"… without a header); empty for ARAS. */
  columns: z.array(z.string()),
  /** The first rows as cells, for the mapping form. */
  rows: z.array(z.array(z.string())),
  /** The same rows read with the chosen preset or mapping. */
  lines: z.array(z.object({ line: z.number().int(), airedAt: z.string().nullable(), name: z.string(), seconds: z.number().nullable(), error: z.string().nullable() })),
  totalLines: z.number().int(),
  /** A preset whose columns fit this file, when one does. */
  suggested: logPresetSchema.nullable(),
  /** Why the chosen preset or mapping cannot read this file (unknown columns…); the rows still show. */
  problem: apiErrorSchema.nullable(),
});
export type LogPreview = z.infer<typeof logPreviewSchema>;

export const logImportResultSchema = z.object({
  importId: idSchema.nullable(),
  lines: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  /** Lines an earlier import (or an earlier line of this file) already brought. */
  known: z.number().int(),
  /** Lines whose title the user chose to ignore in an earlier import. */
  ignored: z.number().int(),
  /** Lines without a readable date or time, skipped; the first one's number is given. */
  skipped: z.number().int(),
  firstSkippedLine: z.number().int().nullable(),
});
export type LogImportResult = z.infer<typeof logImportResultSchema>;

export const logImportSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  preset: logPresetSchema,
  importedAt: z.string(),
  lines: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  known: z.number().int(),
});

export const savedMappingSchema = z.object({ id: idSchema, name: z.string(), mapping: logMappingSchema, createdAt: z.string() });

export const unmatchedLineSchema = z.object({ id: idSchema, title: z.string(), airedAt: z.string(), seconds: z.number().nullable(), fileName: z.string().nullable(), sameTitle: z.number().int() });

export const versionChoiceSchema = z.object({ versionId: idSchema, segmentTitle: z.string(), languageCode: languageCodeSchema.nullable(), code: z.string() });

export const plannedItemSchema = z.object({
  itemId: idSchema,
  instanceId: idSchema,
  programTitle: z.string(),
  title: z.string(),
  versionId: idSchema,
  languageCode: z.string().nullable(),
  plannedAt: z.string(),
  durationSec: z.number(),
  /** A `confirmed` as-run row exists for this item. */
  confirmed: z.boolean(),
  /** Al aire marked it (schedule_asrun): it counts already and needs no confirmation. */
  deskMarked: z.boolean(),
});
export type PlannedItem = z.infer<typeof plannedItemSchema>;

export const asrunMethods = {
  'asrun.log.preview': { input: z.object(logRequest), output: logPreviewSchema },
  'asrun.log.import': {
    input: z.object({ ...logRequest, jobId: idSchema, saveMappingAs: z.string().trim().min(1).max(100).optional() }),
    output: logImportResultSchema,
  },
  'asrun.log.imports': { input: z.object({}), output: z.array(logImportSchema) },
  'asrun.log.mappings': { input: z.object({}), output: z.array(savedMappingSchema) },
  'asrun.unmatched': {
    input: z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    /** `total` lines in `titles` groups; `lines` holds one (the latest) per group. */
    output: z.object({ total: z.number().int(), titles: z.number().int(), lines: z.array(unmatchedLineSchema) }),
  },
  /** Links the line, and every other unmatched line with the same title, to a version. */
  'asrun.link': { input: z.object({ id: idSchema, versionId: idSchema }), output: z.object({ linked: z.number().int() }) },
  'asrun.ignore': { input: z.object({ id: idSchema }), output: z.object({ ignored: z.number().int() }) },
  'asrun.versionChoices': { input: z.object({ query: z.string().max(200).default('') }), output: z.array(versionChoiceSchema) },
  'asrun.day': {
    input: z.object({ date: isoDateSchema }),
    output: z.object({ date: isoDateSchema, timeZone: z.string(), items: z.array(plannedItemSchema) }),
  },
  /** Everything planned that day aired, except these items; idempotent per item. */
  'asrun.day.confirm': {
    input: z.object({ date: isoDateSchema, exceptItemIds: z.array(idSchema).max(5000).default([]) }),
    output: z.object({ confirmed: z.number().int(), already: z.number().int(), withdrawn: z.number().int() }),
  },
} as const;

export const asrunEvents = {
  /** Lines were imported, linked, ignored or confirmed (here, in another window or from the CLI). */
  'asrun.changed': z.object({ reason: z.enum(['import', 'link', 'ignore', 'confirm']) }),
} as const;
