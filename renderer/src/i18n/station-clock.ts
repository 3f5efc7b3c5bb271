import { formatClock, instantToWall } from '../../../shared/time/zoned-time.ts';

// Shared by the schedule and on-air features, so it lives below both (eslint.config.js zones).

/** Clock time of an instant on the station's wall clock (not the browser's: they may differ). */
export function stationClock(timeZone: string, ms: number, withSeconds = false): string {
  const wall = instantToWall(timeZone, ms);
  return formatClock(wall.minutes, withSeconds ? wall.seconds : undefined);
}

/** `±m:ss` / `h:mm:ss` for countdowns and overruns. */
export function formatSpan(totalSec: number): string {
  const s = Math.max(0, Math.round(Math.abs(totalSec)));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
