import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type WaveSurfer from 'wavesurfer.js';

/** Pixels per second of each zoom step (0 = fit the whole file). */
const ZOOM_STEPS = [0, 2, 5, 10, 25, 50, 100, 200, 500];
/** A 3-hour file never brings more than this many peak pairs into the renderer. */
const MAX_PEAK_PIXELS = 400_000;
/** Wheel travel for one zoom step: one notch of a mouse wheel, several small trackpad events. */
const WHEEL_STEP = 100;

/** Finer stored peaks (min/max pairs as 16-bit integers) for about `pixels` columns, from the core. */
export type FinerPeaks = (pixels: number) => Promise<{ peaks: readonly number[] }>;

export interface WaveformZoomOptions {
  ws: WaveSurfer | null;
  ready: boolean;
  durationSec: number;
  /** Peak pairs the waveform was first drawn with (0 when wavesurfer decoded the audio itself). */
  initialPeakPairs: number;
  container: RefObject<HTMLDivElement | null>;
  /** Null when the audio was decoded in the browser: wavesurfer then has every sample already. */
  finerPeaks: FinerPeaks | null;
}

/**
 * Zoom with the buttons or Ctrl + mouse wheel over the waveform (as in Audacity; the plain wheel
 * keeps scrolling the page). Finer precomputed peaks are fetched only when a zoom step needs them.
 * Editar and Voces share it: an hour-long call needs the same close look as a segment's edit.
 */
export function useWaveformZoom(opts: WaveformZoomOptions) {
  const { ws, ready, durationSec: duration, initialPeakPairs, container, finerPeaks } = opts;
  const [zoom, setZoom] = useState(0);
  const peakPairs = useRef(initialPeakPairs);
  // A waveform drawn after the hook first ran (Voces loads its peaks first) starts from its own peaks.
  useEffect(() => {
    peakPairs.current = initialPeakPairs;
  }, [ws, initialPeakPairs]);

  const zoomIn = useCallback(() => setZoom((z) => Math.min(ZOOM_STEPS.length - 1, z + 1)), []);
  const zoomOut = useCallback(() => setZoom((z) => Math.max(0, z - 1)), []);

  useEffect(() => {
    if (!ws || !ready) return;
    const pxPerSec = ZOOM_STEPS[zoom] ?? 0;
    ws.zoom(pxPerSec);
    const wanted = Math.min(MAX_PEAK_PIXELS, Math.round(pxPerSec * duration));
    if (!finerPeaks || wanted <= peakPairs.current * 1.5) return;
    let live = true;
    finerPeaks(wanted).then(
      (finer) => {
        if (!live || finer.peaks.length / 2 <= peakPairs.current) return;
        const scaled = Float32Array.from(finer.peaks, (v) => v / 32767);
        peakPairs.current = finer.peaks.length / 2;
        ws.setOptions({ peaks: [scaled], duration });
      },
      () => undefined, // the coarser peaks stay: zoom still works, just less detailed
    );
    return () => {
      live = false;
    };
  }, [ws, ready, zoom, duration, finerPeaks]);

  // A native, non-passive listener: React's onWheel is passive and could not stop the page zoom.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let travel = 0;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      travel += e.deltaY;
      if (Math.abs(travel) < WHEEL_STEP) return;
      if (travel < 0) zoomIn();
      else zoomOut();
      travel = 0;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [container, zoomIn, zoomOut]);

  return { zoom, zoomIn, zoomOut, canZoomIn: zoom < ZOOM_STEPS.length - 1, canZoomOut: zoom > 0 };
}
