/*
 * wavesurfer.js draws on canvas and plays media, neither of which jsdom has: a stand-in records how
 * it was created (precomputed peaks + a media URL, so nothing is ever decoded) and what it was asked.
 * Test files mock with `vi.mock('wavesurfer.js', () => import('./fake-wavesurfer.ts'))`.
 */
export const created: { url: string; peaks: Float32Array[]; duration: number }[] = [];
export const played: unknown[][] = [];

export function resetFakeWavesurfer(): void {
  created.length = 0;
  played.length = 0;
}

export default class FakeWaveSurfer {
  listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  static create(options: { url: string; peaks: Float32Array[]; duration: number }) {
    created.push(options);
    const ws = new FakeWaveSurfer();
    setTimeout(() => ws.emit('ready'), 0);
    return ws;
  }
  on(name: string, cb: (...args: unknown[]) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), cb]);
    return () => undefined;
  }
  emit(name: string, ...args: unknown[]) {
    for (const cb of this.listeners.get(name) ?? []) cb(...args);
  }
  destroy() {}
  zoom() {}
  setOptions(options: unknown) {
    played.push(['setOptions', options]);
  }
  /** A 60 s file fitted into 600 px, scrolled to the start (what the time ruler reads). */
  getWidth() {
    return 600;
  }
  getScroll() {
    return 0;
  }
  getWrapper() {
    return { scrollWidth: 600 };
  }
  getCurrentTime() {
    return 3;
  }
  isPlaying() {
    return false;
  }
  setTime() {}
  pause() {}
  async play(...args: unknown[]) {
    played.push(args);
  }
  async playPause() {
    played.push(['toggle']);
  }
}
