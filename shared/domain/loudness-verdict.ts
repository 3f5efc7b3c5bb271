/*
 * Issue #11 item 10: a producer reads "-27.3 LUFS" as a number, not as "too quiet". One plain word
 * beside the numbers answers "can this go on air?". Bounds: Cabina's radio preset is -18 LUFS with a
 * -1.5 dBTP ceiling (renderer/src/features/edit/use-edit-actions.ts); EBU R128 speech at -23 is still
 * fine on air, so the band is -24…-14 LUFS; above -1 dBTP a lossy encode or the transmitter's
 * limiter will distort.
 */
export type LoudnessVerdict = 'ok' | 'tooQuiet' | 'tooLoud' | 'peaks' | 'unknown';

export const VERDICT_BOUNDS = { quietBelowLufs: -24, loudAboveLufs: -14, peakAboveDbtp: -1 } as const;

export function loudnessVerdict(integratedLufs: number | null | undefined, truePeakDbtp: number | null | undefined): LoudnessVerdict {
  // No integrated loudness: silence or too short to gate (BS.1770 needs 400 ms blocks).
  if (integratedLufs === null || integratedLufs === undefined || !Number.isFinite(integratedLufs)) return 'unknown';
  if (integratedLufs > VERDICT_BOUNDS.loudAboveLufs) return 'tooLoud';
  if (truePeakDbtp !== null && truePeakDbtp !== undefined && truePeakDbtp > VERDICT_BOUNDS.peakAboveDbtp) return 'peaks';
  if (integratedLufs < VERDICT_BOUNDS.quietBelowLufs) return 'tooQuiet';
  return 'ok';
}

/** A glyph per verdict, shown beside the word (never alone: colour and shape are not the message). */
export const VERDICT_ICON: Readonly<Record<LoudnessVerdict, string>> = { ok: '✓', tooQuiet: '▼', tooLoud: '▲', peaks: '⚠', unknown: '?' };
