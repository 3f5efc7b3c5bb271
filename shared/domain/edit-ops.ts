import { z } from 'zod';

/**
 * One operation of a version's non-destructive edit list (issue #3; electron/core/audio/edit/edit-list.ts
 * applies them). In the domain, not the API, because edit lists also travel inside packs (issue #11).
 */
const sec = z.number().min(0).max(86_400);
export const editOpSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('trim'), startSec: sec, endSec: sec }),
  z.object({ type: z.literal('cut'), startSec: sec, endSec: sec }),
  // Issue #14 §2: a name or a place hidden under a 1 kHz tone; the timeline keeps its length.
  z.object({ type: z.literal('bleep'), startSec: sec, endSec: sec }),
  z.object({ type: z.literal('fadeIn'), durationSec: sec }),
  z.object({ type: z.literal('fadeOut'), durationSec: sec }),
  z.object({ type: z.literal('gain'), startSec: sec, endSec: sec, db: z.number().min(-60).max(24) }),
  z.object({ type: z.literal('normalize'), targetLufs: z.number().min(-40).max(-5), ceilingDbtp: z.number().min(-12).max(0) }),
  z.object({ type: z.literal('insert'), position: z.enum(['intro', 'outro']), assetId: z.string().regex(/^[0-9a-f]{64}$/), durationSec: sec }),
  z.object({ type: z.literal('marker'), kind: z.enum(['introEnd', 'outroStart', 'cue']), atSec: sec }),
]);
export type EditOpData = z.infer<typeof editOpSchema>;
