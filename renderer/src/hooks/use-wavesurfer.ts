import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import '../styles/waveform.css';

export interface WaveformSource {
  url: string;
  /**
   * Interleaved min/max pairs scaled to ±1 (the core's precomputed peaks). Null only for short audio
   * with no stored peaks (a testimony's voice note): wavesurfer then decodes the file itself.
   */
  peaks: Float32Array | null;
  durationSec: number;
  /** Drawing height in pixels (the editor's 160 by default). */
  height?: number;
}

export type Regions = ReturnType<typeof RegionsPlugin.create>;

/**
 * One wavesurfer.js instance over a streamed media URL and precomputed peaks: the renderer never
 * fetches or decodes the whole file (a 3-hour recording opens like a 3-minute one). Shared by Editar
 * and Voces' redaction view.
 */
export function useWavesurfer(container: React.RefObject<HTMLDivElement | null>, source: WaveformSource | null) {
  const [ws, setWs] = useState<WaveSurfer | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const [ready, setReady] = useState(false);
  // The file could not be drawn (a codec the browser does not decode, e.g. AMR without peaks).
  const [failed, setFailed] = useState(false);
  const created = useRef<WaveSurfer | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || !source) return;
    const plugin = RegionsPlugin.create();
    const instance = WaveSurfer.create({
      container: element,
      url: source.url,
      ...(source.peaks ? { peaks: [source.peaks] } : {}),
      duration: source.durationSec,
      height: source.height ?? 160,
      waveColor: '#3a7d6b',
      progressColor: '#1d4d40',
      cursorColor: '#c0392b',
      normalize: false,
      plugins: [plugin],
    });
    // Zoomed in, the waveform scrolls sideways inside wavesurfer's own box: a keyboard user must
    // reach that box to scroll it with the arrow keys (axe: scrollable-region-focusable).
    instance.getWrapper().parentElement?.setAttribute('tabindex', '0');
    created.current = instance;
    setReady(false);
    setFailed(false);
    const off = instance.on('ready', () => setReady(true));
    const offError = instance.on('error', () => setFailed(true));
    setWs(instance);
    setRegions(plugin);
    return () => {
      off();
      offError();
      instance.destroy();
      created.current = null;
      setWs(null);
      setRegions(null);
    };
  }, [container, source]);

  return { ws, regions, ready, failed };
}
