import { useCallback, useEffect, useState } from 'react';
import type { Regions } from './use-wavesurfer.ts';

/** A selection on the ORIGINAL waveform, in seconds. */
export interface Selection {
  start: number;
  end: number;
}

const COLOR = 'rgba(29, 77, 64, 0.25)';
const isSelection = (id: string) => id.startsWith('selection');

/**
 * One selection at a time: dragged on the waveform or typed in the start/end fields, the drawn
 * region and the fields always show the same stretch.
 */
export function useWaveformSelection(regions: Regions | null, ready: boolean) {
  const [selection, setSelection] = useState<Selection | null>(null);

  useEffect(() => {
    if (!regions) return;
    const disable = regions.enableDragSelection({ color: COLOR, id: 'selection' });
    const offCreated = regions.on('region-created', (region) => {
      if (!isSelection(region.id)) return;
      for (const other of regions.getRegions()) if (other !== region && isSelection(other.id)) other.remove();
      setSelection({ start: region.start, end: region.end });
    });
    const offUpdated = regions.on('region-updated', (region) => {
      if (isSelection(region.id)) setSelection({ start: region.start, end: region.end });
    });
    return () => {
      disable();
      offCreated();
      offUpdated();
    };
  }, [regions]);

  useEffect(() => {
    if (!regions || !ready || !selection) return;
    const current = regions.getRegions().find((r) => isSelection(r.id));
    if (current) {
      if (Math.abs(current.start - selection.start) > 0.01 || Math.abs(current.end - selection.end) > 0.01) current.setOptions({ start: selection.start, end: selection.end });
    } else if (selection.end > selection.start) {
      regions.addRegion({ id: 'selection', start: selection.start, end: selection.end, color: COLOR });
    }
  }, [regions, ready, selection]);

  const clear = useCallback(() => {
    for (const r of regions?.getRegions() ?? []) if (isSelection(r.id)) r.remove();
    setSelection(null);
  }, [regions]);

  return { selection, setSelection, clear };
}
