import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VOICES_PEAK_PIXELS_MAX } from '../../../../shared/api/methods/voices.ts';
import type { Redaction } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { useWaveformZoom } from '../../hooks/use-waveform-zoom.ts';
import { useWaveformSelection } from '../../hooks/use-waveform-selection.ts';
import { useWavesurfer } from '../../hooks/use-wavesurfer.ts';
import { useTestimonyPeaks } from './use-testimony-peaks.ts';

const COLORS = { bleep: 'rgba(230, 126, 34, 0.35)', cut: 'rgba(192, 57, 43, 0.30)' } as const;

/**
 * The original's waveform with the marked spans drawn on it and one selection dragged or typed.
 * Drawn from the core's stored peaks over the streamed audio (DESIGN.md §4), so an hour-long call
 * draws like a voice note of a minute (issue #14 §2).
 */
export function useRedactionWaveform(testimonyId: string, assetId: string, spans: readonly Redaction[]) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const peaks = useTestimonyPeaks(testimonyId, assetId);
  const source = peaks.state.status === 'ready' ? peaks.state.source : null;
  const { ws, regions, ready, failed } = useWavesurfer(container, source);
  const selection = useWaveformSelection(regions, ready);
  const api = useApi();
  // Zooming in on an hour-long call asks the core for a finer level of the same stored peaks, so a
  // name a second long can be marked on the waveform itself; the finest level the store keeps caps it.
  const finerPeaks = useCallback(
    (pixels: number) => api.call('voices.peaks', { id: testimonyId, jobId: crypto.randomUUID(), pixels: Math.min(pixels, VOICES_PEAK_PIXELS_MAX) }),
    [api, testimonyId],
  );
  const zoom = useWaveformZoom({ ws, ready, durationSec: source?.durationSec ?? 0, initialPeakPairs: (source?.peaks?.length ?? 0) / 2, container, finerPeaks });

  useEffect(() => {
    if (!regions || !ready) return;
    for (const r of regions.getRegions()) if (r.id.startsWith('span-')) r.remove();
    spans.forEach((s, i) =>
      regions.addRegion({ id: `span-${i}`, start: s.startSec, end: s.endSec, color: COLORS[s.kind], drag: false, resize: false, content: s.note ? `${t(`voices.redact.kind.${s.kind}`)}: ${s.note}` : t(`voices.redact.kind.${s.kind}`) }),
    );
  }, [regions, ready, spans, t]);

  return { container, ws, ready, failed, peaks, zoom, ...selection };
}
