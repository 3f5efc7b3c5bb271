import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';

export interface WaveformSource {
  url: string;
  /** Interleaved min/max pairs scaled to ±1 (the core's precomputed peaks). */
  peaks: Float32Array;
  durationSec: number;
}

export type Regions = ReturnType<typeof RegionsPlugin.create>;

/**
 * One wavesurfer.js instance over a streamed media URL and precomputed peaks: the renderer never
 * fetches or decodes the whole file (a 3-hour recording opens like a 3-minute one).
 */
export function useWavesurfer(container: React.RefObject<HTMLDivElement | null>, source: WaveformSource | null) {
  const [ws, setWs] = useState<WaveSurfer | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const [ready, setReady] = useState(false);
  const created = useRef<WaveSurfer | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || !source) return;
    const plugin = RegionsPlugin.create();
    const instance = WaveSurfer.create({
      container: element,
      url: source.url,
      peaks: [source.peaks],
      duration: source.durationSec,
      height: 160,
      waveColor: '#3a7d6b',
      progressColor: '#1d4d40',
      cursorColor: '#c0392b',
      normalize: false,
      plugins: [plugin],
    });
    created.current = instance;
    setReady(false);
    const off = instance.on('ready', () => setReady(true));
    setWs(instance);
    setRegions(plugin);
    return () => {
      off();
      instance.destroy();
      created.current = null;
      setWs(null);
      setRegions(null);
    };
  }, [container, source]);

  return { ws, regions, ready };
}
