/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone. Validity windows are civil dates at
 * the station, so "expires within 30 days" must be computed from the station's today, not UTC's.
 */
export function localDate(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
