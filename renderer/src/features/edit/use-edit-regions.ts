import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { removedStretches, toOriginal, type Timeline } from './timeline-map.ts';
import type { Regions } from '../../hooks/use-wavesurfer.ts';

const CUT = 'rgba(192, 57, 43, 0.30)';
const FADE = 'rgba(241, 196, 15, 0.30)';
const GAIN = 'rgba(52, 152, 219, 0.25)';
const BLEEP = 'rgba(230, 126, 34, 0.35)';
const MARKER = '#8e44ad';

/** An edited-timeline time on the original waveform; inside a jingle, the edge of the original it sits on. */
function placeOnOriginal(timeline: Timeline, editedSec: number): number {
  const at = toOriginal(timeline, editedSec);
  if (at !== null) return at;
  const firstKept = timeline.pieces.find((p) => p.assetId === null);
  const lastKept = timeline.pieces.findLast((p) => p.assetId === null);
  let before = 0;
  for (const p of timeline.pieces) {
    if (p.assetId === null) break;
    before += p.outSec - p.inSec;
  }
  return editedSec <= before ? (firstKept?.inSec ?? 0) : (lastKept?.outSec ?? 0);
}

/**
 * Draws the edit list on the original waveform (the renderer never decodes the edited audio):
 * removed stretches, fades, gain and bleep regions and markers, redrawn whenever the timeline changes.
 */
export function useEditRegions(regions: Regions | null, ready: boolean, timeline: Timeline, durationSec: number) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!regions || !ready) return;
    for (const r of regions.getRegions()) if (r.id.startsWith('edit-')) r.remove();
    const fixed = { drag: false, resize: false };
    removedStretches(timeline, durationSec).forEach((gap, i) => regions.addRegion({ id: `edit-cut-${i}`, start: gap.startSec, end: gap.endSec, color: CUT, ...fixed, content: t('edit.removed') }));
    const firstKept = timeline.pieces.find((p) => p.assetId === null);
    const lastKept = timeline.pieces.findLast((p) => p.assetId === null);
    if (timeline.fadeInSec > 0 && firstKept) regions.addRegion({ id: 'edit-fade-in', start: firstKept.inSec, end: firstKept.inSec + timeline.fadeInSec, color: FADE, ...fixed, content: t('edit.fadeIn') });
    if (timeline.fadeOutSec > 0 && lastKept) regions.addRegion({ id: 'edit-fade-out', start: lastKept.outSec - timeline.fadeOutSec, end: lastKept.outSec, color: FADE, ...fixed, content: t('edit.fadeOut') });
    timeline.gains.forEach((g, i) => {
      const start = placeOnOriginal(timeline, g.startSec);
      const end = placeOnOriginal(timeline, g.endSec);
      const label = `${g.db > 0 ? '+' : ''}${g.db.toFixed(1)} dB`;
      if (end > start) regions.addRegion({ id: `edit-gain-${i}`, start, end, color: GAIN, ...fixed, content: label });
    });
    timeline.bleeps.forEach((b, i) => {
      const start = placeOnOriginal(timeline, b.startSec);
      const end = placeOnOriginal(timeline, b.endSec);
      if (end > start) regions.addRegion({ id: `edit-bleep-${i}`, start, end, color: BLEEP, ...fixed, content: t('edit.bleepRegion') });
    });
    timeline.markers.forEach((m, i) => regions.addRegion({ id: `edit-marker-${i}`, start: placeOnOriginal(timeline, m.atSec), color: MARKER, drag: false, content: t(`edit.marker.${m.kind}`) }));
  }, [regions, ready, timeline, durationSec, t]);
}
