import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Redaction } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { useWaveformSelection } from '../../hooks/use-waveform-selection.ts';
import { useWavesurfer, type WaveformSource } from '../../hooks/use-wavesurfer.ts';

/**
 * There are no stored peaks for a testimony's audio (it is an asset, not a library version), so
 * the waveform is decoded here — fine for a voice note of a few minutes, not for an hour-long
 * call (DESIGN.md §4): past this the spans are marked by their times alone.
 */
export const DECODE_MAX_SEC = 15 * 60;

const COLORS = { bleep: 'rgba(230, 126, 34, 0.35)', cut: 'rgba(192, 57, 43, 0.30)' } as const;

/** The original's waveform with the marked spans drawn on it and one selection dragged or typed. */
export function useRedactionWaveform(assetId: string, durationSec: number | null, spans: readonly Redaction[]) {
  const { t } = useTranslation();
  const api = useApi();
  const container = useRef<HTMLDivElement>(null);
  const drawable = durationSec !== null && durationSec > 0 && durationSec <= DECODE_MAX_SEC;
  const source = useMemo<WaveformSource | null>(() => (drawable ? { url: api.mediaUrl(assetId), peaks: null, durationSec: durationSec ?? 0, height: 96 } : null), [api, assetId, durationSec, drawable]);
  const { ws, regions, ready, failed } = useWavesurfer(container, source);
  const selection = useWaveformSelection(regions, ready);

  useEffect(() => {
    if (!regions || !ready) return;
    for (const r of regions.getRegions()) if (r.id.startsWith('span-')) r.remove();
    spans.forEach((s, i) =>
      regions.addRegion({ id: `span-${i}`, start: s.startSec, end: s.endSec, color: COLORS[s.kind], drag: false, resize: false, content: s.note ? `${t(`voices.redact.kind.${s.kind}`)}: ${s.note}` : t(`voices.redact.kind.${s.kind}`) }),
    );
  }, [regions, ready, spans, t]);

  return { container, ws, ready, failed, drawable, ...selection };
}
