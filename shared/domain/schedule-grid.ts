import { z } from 'zod';
import { clockSchema, colorSchema, daypartSchema, stationSchema } from './schedule.ts';
import { isoDateSchema, languageCodeSchema, stateCodeSchema } from './segment.ts';

/**
 * The grid JSON file (`cabina schedule import <grid.json>`), documented in docs/grid-format.md.
 * Programs carry a `key` the file's rundowns point at; segments are named by library id or exact
 * title, so a grid can be written by hand and shared between stations.
 */
const keySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);
const segmentRefSchema = z.string().trim().min(1).max(200);

export const gridItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('segment'), segment: segmentRefSchema }).strict(),
  z.object({ kind: z.literal('jingle'), segment: segmentRefSchema }).strict(),
  z.object({ kind: z.literal('live'), title: z.string().trim().min(1).max(120), durationSec: z.number().int().min(1).max(86_400) }).strict(),
  z.object({ kind: z.literal('spot_break'), title: z.string().trim().max(120).optional(), durationSec: z.number().int().min(1).max(3600) }).strict(),
]);
export type GridItem = z.infer<typeof gridItemSchema>;

export const gridProgramSchema = z
  .object({
    key: keySchema,
    title: z.string().trim().min(1).max(120),
    host: z.string().trim().max(120).default(''),
    color: colorSchema.default('#2f6f4f'),
    languages: z.array(languageCodeSchema).min(1).max(5),
    rrule: z.string().trim().min(6).max(500),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable().default(null),
    startTime: clockSchema,
    durationMin: z.number().int().min(1).max(1440),
    exdates: z.array(isoDateSchema).max(500).default([]),
  })
  .strict();

export const gridRundownSchema = z
  .object({ program: keySchema, date: isoDateSchema, items: z.array(gridItemSchema).max(200) })
  .strict();

export const gridCampaignSchema = z
  .object({
    key: keySchema,
    name: z.string().trim().min(1).max(120),
    segments: z.array(segmentRefSchema).min(1).max(200),
    playsPerDay: z.number().int().min(1).max(100).nullable().default(null),
    playsPerWeek: z.number().int().min(1).max(500).nullable().default(null),
    dayparts: z.array(daypartSchema).max(10).default([]),
    languages: z.array(languageCodeSchema).max(20).default([]),
    regions: z.array(stateCodeSchema).max(32).default([]),
    minSeparationMin: z.number().int().min(0).max(10_080).default(60),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
  })
  .strict();

export const gridFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('cabina-grid'),
    version: z.literal(1),
    station: stationSchema.partial().strict().optional(),
    programs: z.array(gridProgramSchema).max(500),
    rundowns: z.array(gridRundownSchema).max(5000).default([]),
    campaigns: z.array(gridCampaignSchema).max(200).default([]),
  })
  .strict();
export type GridFile = z.infer<typeof gridFileSchema>;
