import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { Timeline } from './timeline-map.ts';

export type DetectedSilence = MethodOutput<'audio.silence'>;

/** Less than this at both ends is not worth an edit (the core's peaks are 5 ms apart). */
const MIN_SEC = 0.01;

/**
 * The one `trim` (on the edited timeline) that removes the detected silence of the original where
 * it is still at the edges of the edit: a jingle already inserted at an end is loud by design and
 * stays, and a part already cut away is not counted twice. Null when there is nothing to trim.
 */
export function silenceTrim(timeline: Timeline, found: DetectedSilence): { startSec: number; endSec: number } | null {
  const first = timeline.pieces[0];
  const last = timeline.pieces.at(-1);
  const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));
  const lead = first && first.assetId === null ? clamp(found.leadSec - first.inSec, first.outSec - first.inSec) : 0;
  const loudEnd = found.durationSec - found.trailSec;
  const trail = last && last.assetId === null ? clamp(last.outSec - loudEnd, last.outSec - last.inSec) : 0;
  if (lead < MIN_SEC && trail < MIN_SEC) return null;
  const startSec = lead;
  const endSec = timeline.durationSec - trail;
  return endSec - startSec > MIN_SEC ? { startSec, endSec } : null;
}
