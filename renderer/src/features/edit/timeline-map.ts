import type { MethodOutput } from '../../../../shared/api/contract.ts';

/** The resolved edit list the core returns (electron/core/audio/edit/edit-list.ts `Timeline`). */
export type Timeline = MethodOutput<'audio.edits.get'>['timeline'];

/**
 * The editor draws the ORIGINAL waveform (precomputed peaks, streamed media) and shows the edits on
 * it; operations are expressed on the edited timeline. These map between the two.
 */

/** Original time → edited time; a time inside a removed stretch maps to where the cut closed it. */
export function toEdited(timeline: Timeline, originalSec: number): number {
  let at = 0;
  for (const p of timeline.pieces) {
    if (p.assetId !== null) {
      at += p.outSec - p.inSec;
      continue;
    }
    if (originalSec < p.inSec) return at;
    if (originalSec <= p.outSec) return at + (originalSec - p.inSec);
    at += p.outSec - p.inSec;
  }
  return at;
}

/** Edited time → original time (null inside an inserted jingle). */
export function toOriginal(timeline: Timeline, editedSec: number): number | null {
  let at = 0;
  for (const p of timeline.pieces) {
    const len = p.outSec - p.inSec;
    if (editedSec <= at + len) return p.assetId === null ? p.inSec + (editedSec - at) : null;
    at += len;
  }
  const last = timeline.pieces.findLast((p) => p.assetId === null);
  return last ? last.outSec : null;
}

/** The stretches of the original that the edit list removes (drawn as cut regions). */
export function removedStretches(timeline: Timeline, originalSec: number): { startSec: number; endSec: number }[] {
  const kept = timeline.pieces.filter((p) => p.assetId === null).sort((a, b) => a.inSec - b.inSec);
  const gaps: { startSec: number; endSec: number }[] = [];
  let at = 0;
  for (const p of kept) {
    if (p.inSec > at + 1e-6) gaps.push({ startSec: at, endSec: p.inSec });
    at = Math.max(at, p.outSec);
  }
  if (originalSec > at + 1e-6) gaps.push({ startSec: at, endSec: originalSec });
  return gaps;
}

/** Where playback of the edited version goes next from `originalSec` (skipping removed stretches). */
export function skipRemoved(timeline: Timeline, originalSec: number, totalSec: number): number | null {
  for (const gap of removedStretches(timeline, totalSec)) {
    if (originalSec >= gap.startSec && originalSec < gap.endSec - 0.01) return gap.endSec >= totalSec - 0.01 ? null : gap.endSec;
  }
  return originalSec;
}

export const formatSeconds = (sec: number): string => {
  const m = Math.floor(sec / 60);
  const s = sec - m * 60;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
};
