/** A time on the recording as the editor shows it ("1:05.3"): spans are a few tenths of a second long. */
export function formatSeconds(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec - m * 60;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
}
