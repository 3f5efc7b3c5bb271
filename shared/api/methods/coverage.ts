import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema, stateCodeSchema, topicIdSchema } from '../../domain/segment.ts';

/** IREX side of Informes (issue #13 §3): what aired, where, in which language. */
export const coverageFiltersSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  packIds: z.array(z.string().min(1).max(200)).max(200).default([]),
  topics: z.array(topicIdSchema).max(100).default([]),
  languages: z.array(languageCodeSchema).max(100).default([]),
  stations: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(500).default([]),
  /** Where content aired: the station's INEGI state. */
  states: z.array(stateCodeSchema).max(32).default([]),
});
export type CoverageFilters = z.output<typeof coverageFiltersSchema>;
export type CoverageFiltersInput = z.input<typeof coverageFiltersSchema>;

export const coverageTotalsSchema = z.object({
  airings: z.number().int(),
  minutes: z.number(),
  stations: z.number().int(),
  languages: z.number().int(),
});

export const coverageWeekSchema = z.object({ week: isoDateSchema, language: languageCodeSchema, airings: z.number().int() });
export const coverageBarSchema = z.object({
  packId: z.string(),
  segmentId: z.string(),
  /** The segment's title in the library; null when the segment is unknown here. */
  title: z.string().nullable(),
  airings: z.number().int(),
  minutes: z.number(),
});
export const coverageStateSchema = z.object({
  stateCode: stateCodeSchema,
  /** Airings by stations located in this state. */
  airings: z.number().int(),
  stations: z.number().int(),
  /** Airings of segments tagged with this state as origin / destination (any counts as both). */
  originAirings: z.number().int(),
  destinationAirings: z.number().int(),
});

export const coverageReportSchema = z.object({
  totals: coverageTotalsSchema,
  weeks: z.array(coverageWeekSchema),
  bars: z.array(coverageBarSchema),
  states: z.array(coverageStateSchema),
});
export type CoverageReport = z.infer<typeof coverageReportSchema>;

export const coverageGroupSchema = z.enum(['language', 'state', 'topic', 'pack', 'segment', 'station']);
export type CoverageGroup = z.infer<typeof coverageGroupSchema>;
export const coverageBreakdownRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  airings: z.number().int(),
  minutes: z.number(),
  stations: z.number().int(),
});
export type CoverageBreakdownRow = z.infer<typeof coverageBreakdownRowSchema>;

export const coverageGapsSchema = z.object({
  /** Day the 30-day window ends (today in UTC). */
  asOf: isoDateSchema,
  packs: z.array(z.object({ packId: z.string(), lastDay: isoDateSchema.nullable() })),
  versions: z.array(z.object({ packId: z.string(), segmentId: z.string(), language: languageCodeSchema, title: z.string().nullable(), lastDay: isoDateSchema.nullable() })),
  stations: z.array(z.object({ fingerprint: z.string(), name: z.string(), stateCode: stateCodeSchema.nullable(), lastDay: isoDateSchema.nullable() })),
  expiring: z.array(z.object({ segmentId: z.string(), title: z.string(), validUntil: z.string(), stations: z.number().int() })),
});
export type CoverageGaps = z.infer<typeof coverageGapsSchema>;

/** One choice of a filter picker: what the report data holds in the range, with its airings. */
export const coverageOptionSchema = z.object({ key: z.string(), label: z.string(), airings: z.number().int() });
export const coverageFilterOptionsSchema = z.object({
  packs: z.array(coverageOptionSchema),
  topics: z.array(coverageOptionSchema),
  stations: z.array(coverageOptionSchema),
  states: z.array(coverageOptionSchema),
});
export type CoverageFilterOptions = z.infer<typeof coverageFilterOptionsSchema>;

export const coverageMethods = {
  'coverage.report': { input: coverageFiltersSchema, output: coverageReportSchema },
  /** The packs, topics, stations and states present in the range, for the Informes pickers. */
  'coverage.filterOptions': { input: z.object({ from: isoDateSchema, to: isoDateSchema }), output: coverageFilterOptionsSchema },
  'coverage.breakdown': { input: coverageFiltersSchema.extend({ by: coverageGroupSchema }), output: z.array(coverageBreakdownRowSchema) },
  'coverage.gaps': { input: z.object({}), output: coverageGapsSchema },
  /** A job: writes the report into `outDir` (default <data>/exports/coverage), offered with FileResultDialog. */
  'coverage.export': {
    input: coverageFiltersSchema.extend({
      jobId: idSchema,
      format: z.enum(['csv', 'xlsx', 'pdf']),
      lang: z.enum(['es', 'en']).default('es'),
      outDir: z.string().min(1).max(4096).optional(),
    }),
    output: z.object({ files: z.array(z.string()) }),
  },
} as const;
