import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { DAY_MIN, PX_PER_MIN } from './grid-geometry.ts';

export interface MinuteWindow {
  from: number;
  to: number;
}

const ALL: MinuteWindow = { from: 0, to: DAY_MIN };
/**
 * Blocks within half an hour of the viewport stay rendered, so a short scroll never shows a gap (the
 * window moves on the next frame, in half-hour steps). Each extra hour of margin costs ~40 blocks in
 * a busy week, and blocks are most of a week change's render, layout and paint (issue #16 trace).
 */
const MARGIN_MIN = 30;
const STEP_MIN = 30;

function windowOf(el: HTMLElement): MinuteWindow {
  const top = el.scrollTop / PX_PER_MIN;
  const bottom = (el.scrollTop + el.clientHeight) / PX_PER_MIN;
  return { from: Math.max(0, Math.floor((top - MARGIN_MIN) / STEP_MIN) * STEP_MIN), to: Math.min(DAY_MIN, Math.ceil((bottom + MARGIN_MIN) / STEP_MIN) * STEP_MIN) };
}

/**
 * The minutes of the day worth rendering: a busy week has 1,000 blocks and only the scrolled-to
 * hours are seen (issue #5 bench: < 100 ms from data to interactive). Printing renders every block
 * (flushSync in `beforeprint`, before the print layout is taken). `initialScrollMin` opens the grid.
 */
export function useVisibleWindow(scroller: RefObject<HTMLElement | null>, initialScrollMin: number): MinuteWindow {
  // Before the first layout the scroller's height is unknown: the window's height bounds it.
  const [win, setWin] = useState<MinuteWindow>(() => {
    const viewMin = typeof window === 'undefined' ? 16 * 60 : Math.ceil(window.innerHeight / PX_PER_MIN);
    return { from: Math.max(0, initialScrollMin - MARGIN_MIN), to: Math.min(DAY_MIN, initialScrollMin + viewMin + MARGIN_MIN) };
  });
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    el.scrollTop = initialScrollMin * PX_PER_MIN;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = windowOf(el);
      setWin((w) => (w.from === next.from && w.to === next.to ? w : next));
    };
    update();
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [scroller, initialScrollMin]);
  return printing ? ALL : win;
}
