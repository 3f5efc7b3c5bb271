import { z } from 'zod';
import { languageEntrySchema, stateEntrySchema, testimonyCategoryEntrySchema, topicEntrySchema } from '../../domain/catalog.ts';
import {
  idSchema,
  languageCodeSchema,
  regionTagSchema,
  segmentPatchSchema,
  segmentSchema,
  segmentStatusSchema,
  segmentSummarySchema,
  stateCodeSchema,
  topicIdSchema,
  versionPatchSchema,
} from '../../domain/segment.ts';

/** Library: catalogs, import, search and editing of segments (issue #2). */
export const importSourceSchema = z.discriminatedUnion('kind', [
  /** A file on this machine (Electron file picker / drag-and-drop, CLI). */
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  /** A file the browser uploaded to `POST /api/upload` first (browser mode). */
  z.object({ kind: z.literal('upload'), uploadId: idSchema }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

export const searchFiltersSchema = z.object({
  languages: z.array(languageCodeSchema).max(50).default([]),
  regions: z.array(stateCodeSchema).max(32).default([]),
  topics: z.array(topicIdSchema).max(50).default([]),
  statuses: z.array(segmentStatusSchema).max(4).default([]),
  /** Only segments whose validity ends between today and today + N days. */
  expiringWithinDays: z.number().int().min(0).max(3650).nullable().default(null),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const libraryMethods = {
  'catalog.languages': { input: z.object({}), output: z.array(languageEntrySchema) },
  'catalog.regions': { input: z.object({}), output: z.array(stateEntrySchema) },
  'catalog.topics': { input: z.object({}), output: z.array(topicEntrySchema) },
  'catalog.testimonyCategories': { input: z.object({}), output: z.array(testimonyCategoryEntrySchema) },
  'library.import': {
    input: z.object({
      /** Chosen by the caller so it can cancel and follow progress before the call returns. */
      jobId: idSchema,
      source: importSourceSchema,
      originalName: z.string().min(1).max(255),
      title: z.string().trim().min(1).max(200).optional(),
      languageCode: languageCodeSchema.optional(),
      regions: z.array(regionTagSchema).max(40).optional(),
      topics: z.array(topicIdSchema).max(30).optional(),
    }),
    output: z.object({
      outcome: z.enum(['imported', 'duplicate']),
      segment: segmentSummarySchema,
      /**
       * For a duplicate: the version that already holds this audio — the same bytes, or the same
       * decoded sound in another file (issue #11: an .ogg and an .opus copy of one voice note).
       */
      duplicateOf: z.object({ segmentId: idSchema, versionId: idSchema, match: z.enum(['bytes', 'pcm']) }).optional(),
    }),
  },
  'library.search': {
    input: z.object({
      query: z.string().max(500).default(''),
      filters: searchFiltersSchema.default({ languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    /** `totalExact` false: more than `total` match (a count stops past the page, see search.ts). */
    output: z.object({ total: z.number().int(), totalExact: z.boolean(), items: z.array(segmentSummarySchema) }),
  },
  'segments.get': { input: z.object({ id: idSchema }), output: segmentSchema },
  'segments.update': { input: z.object({ id: idSchema, patch: segmentPatchSchema }), output: segmentSchema },
  'versions.update': { input: z.object({ id: idSchema, patch: versionPatchSchema }), output: segmentSchema },
  /** The text of a .txt/.docx/.odt script file (issue #11 req. 10). Saves nothing: the editor fills its field. */
  'library.scriptFromFile': {
    input: z.object({ source: importSourceSchema, originalName: z.string().min(1).max(255) }),
    output: z.object({ text: z.string().max(100_000) }),
  },
} as const;
