import { z } from 'zod';
import { idSchema, isoDateSchema, languageCodeSchema, municipalityCodeSchema, stateCodeSchema } from './segment.ts';

/** La parrilla (issue #5): station, programs with RRULEs, instances, rundowns, campaigns, as-run. */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/**
 * Mexican broadcast call signs (IFT): XE (AM) or XH (FM/TV) plus 2–4 letters, optionally the band
 * ("XHNSV", "XEJAM", "XHSCAJ-FM"). Empty means "not set yet". Case-insensitive here; the station
 * store keeps it upper-cased (issue #11).
 */
export const CALL_SIGN_PATTERN = /^(|X[EH][A-Z]{2,4}(-(AM|FM|OC|TV|TDT))?)$/i;
export function isValidCallSign(value: string): boolean {
  return CALL_SIGN_PATTERN.test(value.trim());
}

export const stationSchema = z.object({
  name: z.string().trim().min(1).max(120),
  callSign: z.string().trim().max(20).regex(CALL_SIGN_PATTERN),
  stateCode: stateCodeSchema.nullable(),
  municipalityCode: municipalityCodeSchema.nullable(),
  timeZone: z.string().min(1).max(64),
  languages: z.array(languageCodeSchema).max(30),
  /** Who packs built here are signed as; empty = the station's name (issue #11). */
  publisherName: z.string().trim().max(200),
});
export type Station = z.infer<typeof stationSchema>;

/** A station never set up (the first run offers setup; packs then still say "Cabina"). */
export const DEFAULT_STATION: Station = {
  name: 'Radio comunitaria',
  callSign: '',
  stateCode: null,
  municipalityCode: null,
  timeZone: 'America/Mexico_City',
  languages: ['spa'],
  publisherName: '',
};

export const programInputSchema = z.object({
  id: idSchema.optional(),
  title: z.string().trim().min(1).max(120),
  host: z.string().trim().max(120).default(''),
  color: colorSchema.default('#2f6f4f'),
  languages: z.array(languageCodeSchema).min(1).max(5),
  /** RRULE body without DTSTART (`FREQ=WEEKLY;BYDAY=MO,WE`); the series starts at startDate. */
  rrule: z.string().trim().min(6).max(500),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable().default(null),
  startTime: clockSchema,
  durationMin: z.number().int().min(1).max(1440),
  exdates: z.array(isoDateSchema).max(500).default([]),
});
export type ProgramInput = z.input<typeof programInputSchema>;
export const programSchema = programInputSchema.extend({ id: idSchema });
export type Program = z.infer<typeof programSchema>;

export const instanceStatusSchema = z.enum(['scheduled', 'cancelled']);

export const instanceSchema = z.object({
  id: idSchema,
  programId: idSchema,
  /** The series date this airing belongs to; stays fixed when the airing is moved. */
  occurrenceDate: isoDateSchema,
  date: isoDateSchema,
  startMin: z.number().int(),
  durationMin: z.number().int(),
  startMs: z.number(),
  endMs: z.number(),
  status: instanceStatusSchema,
  edited: z.boolean(),
  title: z.string(),
  replacementTitle: z.string().nullable(),
  color: z.string(),
  host: z.string(),
  languages: z.array(languageCodeSchema),
  /** Minutes a series occurrence was pushed forward out of a DST gap (0 normally). */
  shiftedMinutes: z.number().int(),
});
export type Instance = z.infer<typeof instanceSchema>;

export const instancePatchSchema = z.object({
  date: isoDateSchema.optional(),
  startTime: clockSchema.optional(),
  durationMin: z.number().int().min(1).max(1440).optional(),
  status: instanceStatusSchema.optional(),
  replacementTitle: z.string().trim().max(120).nullable().optional(),
  /** Drop every one-off edit: the airing follows the series again. */
  reset: z.boolean().optional(),
});
export type InstancePatch = z.infer<typeof instancePatchSchema>;

export const itemKindSchema = z.enum(['segment', 'live', 'jingle', 'spot_break', 'spot']);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const itemIssueSchema = z.enum(['audio_missing', 'no_language_version', 'expired', 'not_yet_valid', 'break_overfilled']);
export type ItemIssue = z.infer<typeof itemIssueSchema>;

export const rundownItemSchema = z.object({
  id: idSchema,
  instanceId: idSchema,
  parentId: idSchema.nullable(),
  position: z.number().int(),
  kind: itemKindSchema,
  title: z.string(),
  segmentId: idSchema.nullable(),
  versionId: idSchema.nullable(),
  languageCode: languageCodeSchema.nullable(),
  assetId: z.string().nullable(),
  campaignId: idSchema.nullable(),
  durationSec: z.number().nonnegative(),
  /** Seconds after the instance start. */
  offsetSec: z.number().nonnegative(),
  plannedStartMs: z.number(),
  issues: z.array(itemIssueSchema),
  asRun: z.enum(['aired', 'skipped', 'played']).nullable(),
});
export type RundownItem = z.infer<typeof rundownItemSchema>;

export const rundownSchema = z.object({
  instance: instanceSchema,
  items: z.array(rundownItemSchema),
  plannedSec: z.number(),
  /** Positive: the rundown runs over the slot; negative: under. */
  overrunSec: z.number(),
});
export type Rundown = z.infer<typeof rundownSchema>;

export const rundownAddSchema = z.object({
  instanceId: idSchema,
  kind: z.enum(['segment', 'live', 'jingle', 'spot_break']),
  segmentId: idSchema.optional(),
  title: z.string().trim().max(120).optional(),
  durationSec: z.number().min(1).max(86_400).optional(),
  position: z.number().int().min(0).optional(),
});

export const daypartSchema = z.object({ start: clockSchema, end: clockSchema });
export type Daypart = z.infer<typeof daypartSchema>;

export const campaignInputSchema = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(120),
  segmentIds: z.array(idSchema).min(1).max(200),
  playsPerDay: z.number().int().min(1).max(100).nullable().default(null),
  playsPerWeek: z.number().int().min(1).max(500).nullable().default(null),
  dayparts: z.array(daypartSchema).max(10).default([]),
  languages: z.array(languageCodeSchema).max(20).default([]),
  regions: z.array(stateCodeSchema).max(32).default([]),
  minSeparationMin: z.number().int().min(0).max(10_080).default(60),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type CampaignInput = z.input<typeof campaignInputSchema>;
export const campaignSchema = campaignInputSchema.extend({ id: idSchema });
export type Campaign = z.infer<typeof campaignSchema>;

/** `no_breaks`: those days' rundowns hold no spot break at all; `no_breaks_in_dayparts`: none in the campaign's dayparts. */
export const unmetReasonSchema = z.enum(['no_breaks', 'no_breaks_in_dayparts', 'no_language_version', 'outside_validity', 'no_audio', 'separation', 'break_full', 'region']);
export type UnmetReason = z.infer<typeof unmetReasonSchema>;

export const fillResultSchema = z.object({
  placed: z.number().int(),
  placements: z.array(
    z.object({ campaignId: idSchema, segmentId: idSchema, versionId: idSchema, breakItemId: idSchema, startMs: z.number(), title: z.string(), languageCode: z.string().nullable() }),
  ),
  unmet: z.array(
    z.object({
      campaignId: idSchema,
      campaignName: z.string(),
      period: z.string(),
      wanted: z.number().int(),
      placed: z.number().int(),
      reasons: z.array(unmetReasonSchema),
    }),
  ),
  /** Airings in the range whose rundown has no spot break: where "add a break" would let a fill place plays. */
  breakless: z.array(z.object({ instanceId: idSchema, date: isoDateSchema, startMin: z.number().int(), title: z.string() })),
});
export type FillResult = z.infer<typeof fillResultSchema>;

export const conflictSchema = z.object({
  kind: z.enum(['overlap', 'break_overfilled', 'audio_missing', 'expired', 'no_language_version', 'dst_shifted']),
  date: isoDateSchema,
  instanceId: idSchema,
  itemId: idSchema.nullable(),
  title: z.string(),
  other: z.string().nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const asRunStatusSchema = z.enum(['aired', 'skipped', 'played']);
export const asRunEntrySchema = z.object({
  id: idSchema,
  instanceId: idSchema.nullable(),
  itemId: idSchema.nullable(),
  title: z.string(),
  segmentId: idSchema.nullable(),
  versionId: idSchema.nullable(),
  status: asRunStatusSchema,
  at: z.string(),
});
export type AsRunEntry = z.infer<typeof asRunEntrySchema>;

export const exportFormatSchema = z.enum(['m3u', 'pls', 'zara', 'rivendell', 'csv', 'html', 'pdf', 'ics']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Playlists: one flat list for the range, or one per program airing (its date and hour in the name). */
export const exportSplitSchema = z.enum(['flat', 'program']);
export type ExportSplit = z.infer<typeof exportSplitSchema>;
/** An item a playlist cannot carry: `skip` exports the rest and lists it, `refuse` writes nothing. */
export const exportGapPolicySchema = z.enum(['skip', 'refuse']);
export const exportSkipReasonSchema = z.enum(['no_language_version', 'audio_missing']);
export const exportSkippedSchema = z.object({
  itemId: idSchema,
  instanceId: idSchema,
  date: isoDateSchema,
  programTitle: z.string(),
  title: z.string(),
  languages: z.array(z.string()),
  reason: exportSkipReasonSchema,
});
export type ExportSkipped = z.infer<typeof exportSkippedSchema>;
export const exportResultSchema = z.object({
  files: z.array(z.string()),
  /** Lines written (playlists: playable items; calendar: programs). 0: nothing was written. */
  items: z.number().int().nonnegative(),
  skipped: z.array(exportSkippedSchema),
});
export type ExportResult = z.infer<typeof exportResultSchema>;
