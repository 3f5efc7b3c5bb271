/**
 * The time ruler under the waveform (issue #11 item 10). Our own rather than wavesurfer's Timeline
 * plugin: the plugin picks its label spacing from fixed thresholds, so a 3-hour file fitted to the
 * screen crowds "1:06:00" labels 33 px apart. Here the step is the smallest "round" one that keeps
 * labels at least `minLabelPx` apart, at every zoom.
 */
const STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

export interface RulerTick {
  atSec: number;
  /** Pixels from the left edge of the visible stretch. */
  x: number;
  label: string;
}

/** m:ss (h:mm:ss from one hour on), with tenths only when the step is under a second. */
export function rulerLabel(sec: number, stepSec: number): string {
  const tenths = stepSec < 1;
  const rounded = tenths ? Math.round(sec * 10) / 10 : Math.round(sec);
  const h = Math.floor(rounded / 3600);
  const m = Math.floor((rounded % 3600) / 60);
  const s = rounded - h * 3600 - m * 60;
  const ss = tenths ? s.toFixed(1).padStart(4, '0') : String(Math.round(s)).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function rulerStep(pxPerSec: number, minLabelPx: number): number {
  return STEPS.find((step) => step * pxPerSec >= minLabelPx) ?? (STEPS.at(-1) as number);
}

/** The labelled ticks inside the visible stretch [startSec, endSec] drawn `widthPx` wide. */
export function rulerTicks(startSec: number, endSec: number, widthPx: number, minLabelPx = 64): RulerTick[] {
  const span = endSec - startSec;
  if (!(span > 0) || !(widthPx > 0)) return [];
  const pxPerSec = widthPx / span;
  const step = rulerStep(pxPerSec, minLabelPx);
  const ticks: RulerTick[] = [];
  // Integer multiples of the step, so 0.1 + 0.2 never drifts into "0:00.30000000000000004".
  for (let i = Math.ceil(startSec / step - 1e-9); i * step <= endSec + 1e-9; i++) {
    const atSec = i * step;
    ticks.push({ atSec, x: (atSec - startSec) * pxPerSec, label: rulerLabel(atSec, step) });
  }
  return ticks;
}
