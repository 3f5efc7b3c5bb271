import { z } from 'zod';
import { apiErrorSchema } from './errors.ts';
import { idSchema } from '../domain/segment.ts';

/** Events pushed from the core to the UI (Electron: webContents.send; browser: SSE /api/events). */
export const events = {
  'job.progress': z.object({
    jobId: idSchema,
    kind: z.enum(['import']),
    stage: z.enum(['queued', 'copy', 'probe', 'preview', 'save', 'done', 'failed', 'cancelled']),
    /** 0–1 across the whole job. */
    fraction: z.number().min(0).max(1),
    error: apiErrorSchema.optional(),
  }),
  'library.changed': z.object({ segmentIds: z.array(idSchema) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}
