import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type WaveSurfer from 'wavesurfer.js';
import { rulerTicks } from './ruler-ticks.ts';

interface Visible {
  startSec: number;
  endSec: number;
  widthPx: number;
}

/**
 * The m:ss ruler under the waveform: follows wavesurfer's zoom and scroll (its `scroll` event gives
 * the visible stretch), so the labels always name the audio right above them.
 */
export function TimeRuler({ ws, ready, durationSec }: { ws: WaveSurfer | null; ready: boolean; durationSec: number }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState<Visible | null>(null);

  useEffect(() => {
    if (!ws || !ready) return;
    const measure = () => {
      const width = ws.getWidth();
      const total = ws.getWrapper().scrollWidth || width;
      if (!(width > 0) || !(total > 0)) return;
      const pxPerSec = total / durationSec;
      const startSec = ws.getScroll() / pxPerSec;
      setVisible({ startSec, endSec: Math.min(durationSec, startSec + width / pxPerSec), widthPx: width });
    };
    measure();
    const offs = [ws.on('redrawcomplete', measure), ws.on('zoom', measure), ws.on('scroll', measure)];
    return () => offs.forEach((off) => off());
  }, [ws, ready, durationSec]);

  const ticks = visible ? rulerTicks(visible.startSec, visible.endSec, visible.widthPx) : [];
  return (
    <div className="time-ruler" data-testid="time-ruler" aria-label={t('edit.ruler')} role="img">
      {ticks.map((tick) => (
        <span key={tick.atSec} className="time-ruler-tick" style={{ insetInlineStart: `${tick.x}px` }}>
          {tick.label}
        </span>
      ))}
    </div>
  );
}
