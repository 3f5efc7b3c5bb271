/**
 * A length said plainly (issue #15 §4): "45 s", "2 min 30 s", "1 h 5 min" — never "150 s" or a
 * clock like "2:30" that a producer who reads little has to decode. The unit symbols are the same in
 * Spanish and English (SI: s, min, h), so one function serves both languages.
 */
export function sayDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–';
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  // Past an hour the seconds are noise for a schedule or a library row.
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}
