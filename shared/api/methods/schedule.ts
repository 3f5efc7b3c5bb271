import { z } from 'zod';
import { municipalityEntrySchema } from '../../domain/catalog.ts';
import { idSchema, isoDateSchema, stateCodeSchema } from '../../domain/segment.ts';
import {
  asRunEntrySchema,
  asRunStatusSchema,
  campaignInputSchema,
  campaignSchema,
  conflictSchema,
  exportFormatSchema,
  exportGapPolicySchema,
  exportResultSchema,
  exportSplitSchema,
  fillResultSchema,
  instancePatchSchema,
  instanceSchema,
  programInputSchema,
  programSchema,
  rundownAddSchema,
  rundownSchema,
  stationSchema,
} from '../../domain/schedule.ts';

const range = { from: isoDateSchema, to: isoDateSchema };

/** La parrilla (issue #5): station, programs, instances, rundowns, campaigns, exports, on air. */
export const scheduleMethods = {
  'station.get': { input: z.object({}), output: stationSchema },
  'station.set': { input: stationSchema.partial(), output: stationSchema },
  /** First run (issue #11): true until the station is saved once or the setup is skipped. */
  'station.setupStatus': { input: z.object({}), output: z.object({ needed: z.boolean() }) },
  'station.skipSetup': { input: z.object({}), output: z.object({ needed: z.boolean() }) },
  'station.municipalities': { input: z.object({ stateCode: stateCodeSchema }), output: z.array(municipalityEntrySchema) },
  'schedule.programs': { input: z.object({}), output: z.array(programSchema) },
  'schedule.program.save': { input: programInputSchema, output: programSchema },
  'schedule.program.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.boolean() }) },
  'schedule.week': {
    input: z.object({ from: isoDateSchema, days: z.number().int().min(1).max(31).default(7) }),
    output: z.object({ timeZone: z.string(), today: isoDateSchema, nowMs: z.number(), instances: z.array(instanceSchema) }),
  },
  'schedule.instance.update': { input: z.object({ id: idSchema, patch: instancePatchSchema }), output: instanceSchema },
  'schedule.rundown': { input: z.object({ instanceId: idSchema }), output: rundownSchema },
  'schedule.rundown.add': { input: rundownAddSchema, output: rundownSchema },
  'schedule.rundown.move': { input: z.object({ itemId: idSchema, position: z.number().int().min(0) }), output: rundownSchema },
  'schedule.rundown.remove': { input: z.object({ itemId: idSchema }), output: rundownSchema },
  'schedule.campaigns': { input: z.object({}), output: z.array(campaignSchema) },
  'schedule.campaign.save': { input: campaignInputSchema, output: campaignSchema },
  'schedule.campaign.delete': { input: z.object({ id: idSchema }), output: z.object({ deleted: z.boolean() }) },
  'schedule.fill': { input: z.object({ ...range, dryRun: z.boolean().default(false) }), output: fillResultSchema },
  'schedule.conflicts': { input: z.object(range), output: z.array(conflictSchema) },
  'schedule.export': {
    input: z.object({
      jobId: idSchema,
      ...range,
      instanceId: idSchema.optional(),
      format: exportFormatSchema,
      outDir: z.string().min(1).max(4096),
      copyAudio: z.boolean().default(false),
      playoutRoot: z.string().min(1).max(260).default('C:\\Cabina\\audio'),
      language: z.enum(['es', 'en']).default('es'),
      split: exportSplitSchema.default('flat'),
      onGap: exportGapPolicySchema.default('skip'),
    }),
    output: exportResultSchema,
  },
  'schedule.import': { input: z.object({ grid: z.unknown() }), output: z.object({ programs: z.number().int(), campaigns: z.number().int() }) },
  'onair.today': {
    input: z.object({}),
    output: z.object({ date: isoDateSchema, nowMs: z.number(), timeZone: z.string(), rundowns: z.array(rundownSchema) }),
  },
  'onair.mark': { input: z.object({ itemId: idSchema, status: asRunStatusSchema }), output: asRunEntrySchema },
  'asrun.list': { input: z.object(range), output: z.array(asRunEntrySchema) },
} as const;

export const scheduleEvents = {
  /** Programs, instances, rundowns or campaigns changed: views reload. */
  'schedule.changed': z.object({ reason: z.string() }),
  /** From the reminder cron job: an item starts soon. */
  'schedule.reminder': z.object({ itemId: idSchema, instanceId: idSchema, title: z.string(), startMs: z.number(), minutes: z.number().int() }),
} as const;
