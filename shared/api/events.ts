import { z } from 'zod';
import { apiErrorSchema } from './errors.ts';
import { idSchema } from '../domain/segment.ts';
import { scheduleEvents } from './methods/schedule.ts';
import { recordingEvents } from './methods/recording.ts';
import { packsEvents } from './methods/packs.ts';
import { asrunEvents } from './methods/asrun.ts';
import { helpEvents } from './methods/help.ts';
import { uiStringsEvents } from './methods/ui-strings.ts';
import { productionEvents } from './methods/production.ts';
import { voicesEvents } from './methods/voices.ts';

/** Every long task is a job (DESIGN.md §1): one progress event shape for all of them. */
export const jobKindSchema = z.enum(['import', 'analyze', 'normalize', 'render', 'recording-finalize', 'pack-build', 'pack-import', 'feed-check', 'schedule-export', 'file-copy', 'asrun-import', 'backup', 'restore', 'doctor', 'coverage-export', 'receipt-import', 'voices-export']);
export type JobKind = z.infer<typeof jobKindSchema>;

export const jobStageSchema = z.enum([
  'queued',
  'copy',
  'probe',
  'preview',
  'decode',
  'analyze',
  'render',
  'encode',
  'sign',
  'verify',
  'extract',
  'download',
  'write',
  'save',
  'done',
  'failed',
  'cancelled',
]);
export type JobStage = z.infer<typeof jobStageSchema>;

const coreEvents = {
  'job.progress': z.object({
    jobId: idSchema,
    kind: jobKindSchema,
    stage: jobStageSchema,
    /** 0–1 across the whole job. */
    fraction: z.number().min(0).max(1),
    error: apiErrorSchema.optional(),
  }),
  // `origin: 'pack'` lets the core make playout renditions for what a pack brought (issue #6).
  'library.changed': z.object({ segmentIds: z.array(idSchema), origin: z.enum(['pack']).optional() }),
  // Issue #11: an edit list changed, so what airs, exports and travels for this version changed too.
  'audio.edited': z.object({ versionId: idSchema, segmentId: idSchema, durationSec: z.number().min(0) }),
  /** A version's playout rendition is made and current: exports and Al aire will not wait for it. */
  'audio.playout_ready': z.object({ versionId: idSchema }),
} as const;

/**
 * Events pushed from the core to the UI (Electron: webContents.send; browser: SSE /api/events).
 * Each domain keeps its own events in `events/<domain>.ts`; this file only joins them.
 */
export const events = {
  ...coreEvents,
  ...scheduleEvents,
  ...recordingEvents,
  ...packsEvents,
  ...asrunEvents,
  ...helpEvents,
  ...uiStringsEvents,
  ...productionEvents,
  ...voicesEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
