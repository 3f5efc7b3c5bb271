/*
 * Issue #11 item 10: a validity date more than ten years away is a typo ("2206" for "2026"), not a
 * plan — and a segment "valid until 2206" would never show up as expiring. Dates are civil
 * `YYYY-MM-DD` strings, so adding years is string arithmetic; 29 February maps to 1 March beyond.
 */
export const MAX_VALIDITY_YEARS = 10;

/** The last date allowed when counting from `date`: the same day ten years on. */
export function validityHorizon(date: string, years = MAX_VALIDITY_YEARS): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '03-01' : monthDay}`;
}

/** True when `until` lies more than ten years after `from` (both civil dates). */
export function beyondHorizon(from: string, until: string): boolean {
  return until > validityHorizon(from);
}
