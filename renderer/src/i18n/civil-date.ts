/**
 * Civil dates (station calendar days, `YYYY-MM-DD`) shown and typed in day/month/year order with a
 * 24-hour clock, whatever the OS locale: the UI language picks the Intl locale, never the machine.
 * English uses en-GB, which keeps the same order, so a printed week reads alike in both languages.
 */
const INTL_LOCALE = { es: 'es-MX', en: 'en-GB' } as const;

export function intlLocale(lng: string): string {
  return lng.toLowerCase().startsWith('en') ? INTL_LOCALE.en : INTL_LOCALE.es;
}

function utcNoon(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return date.toISOString().slice(0, 10) === iso ? date : null;
}

/** `11/03/2026` (es-MX) — the form a date is typed back in. */
export function formatCivilDate(iso: string, lng: string): string {
  const date = utcNoon(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale(lng), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** `mié 11/03/2026`: a list of dates someone scans by weekday. */
export function formatCivilDay(iso: string, lng: string): string {
  const date = utcNoon(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(intlLocale(lng), { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * What a person types: `11/3/2026`, `11-03-2026`, `11.03.26` (day first, as in Mexico), or the ISO
 * code `2026-03-11`. Null for anything that is not a real calendar day.
 */
export function parseCivilDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), dmy[3]?.length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3])];
  else return null;
  const out = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return utcNoon(out) ? out : null;
}

/** `7:5`, `0730`, `7.30` → `07:30`; null when it is not a 24-hour clock time. */
export function parseClockInput(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(text.trim()) ?? /^(\d{1,2})[:.](\d)$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
