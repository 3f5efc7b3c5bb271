/**
 * A date said in words in the UI language, for messages: "20 de noviembre de 2026", "November 20,
 * 2026" — never the "2026-11-20" the core stores and sends in an error's details. Used in locale
 * strings as `{{receivedOn, longDate}}` once `addLongDate` has registered it on an i18next instance.
 *
 * A civil date ("2026-11-20", a testimony's day, a program's first day) names no instant: it is
 * formatted as is, in UTC, so a station at UTC−6 never reads the day before. A full timestamp is an
 * instant and is said in the local time zone. Anything else is left as it came (a message must never
 * fail over a value it did not expect).
 */
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Spanish, the language every string is written in first, when Intl knows nothing of the UI language (xty, qps-ploc). */
const FALLBACK_LOCALE = 'es-MX';

const WORDS = { day: 'numeric', month: 'long', year: 'numeric' } as const;
/** Civil dates by locale, in UTC; a local one is made per call (the zone is read when it is made). */
const civilFormats = new Map<string, Intl.DateTimeFormat>();

function civilFormat(locale: string): Intl.DateTimeFormat {
  let format = civilFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...WORDS, timeZone: 'UTC' });
    civilFormats.set(locale, format);
  }
  return format;
}

function localeFor(language: string | undefined): string {
  if (!language) return FALLBACK_LOCALE;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? FALLBACK_LOCALE;
  } catch {
    // Not even a well-formed tag.
    return FALLBACK_LOCALE;
  }
}

export function longDate(value: unknown, language: string | undefined): string {
  const text = typeof value === 'string' ? value : String(value);
  const locale = localeFor(language);
  const civil = CIVIL_DATE.exec(text);
  if (civil) {
    const [, y, m, d] = civil.map(Number) as [number, number, number, number];
    const at = new Date(Date.UTC(y, m - 1, d));
    // "2026-02-30" is not a day: say it as written rather than as 2 March.
    if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return text;
    return civilFormat(locale).format(at);
  }
  if (TIMESTAMP.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return new Intl.DateTimeFormat(locale, WORDS).format(at);
  }
  return text;
}

/** The part of an i18next instance a formatter is added through (i18next ≥ 21: `services.formatter.add`). */
export interface FormatterHost {
  services: { formatter?: { add(name: string, format: (value: unknown, lng: string | undefined, options: unknown) => string): void } };
}

/** Registers `longDate` on an initialised instance (the renderer's and the core's translators alike). */
export function addLongDate(instance: FormatterHost): void {
  instance.services.formatter?.add('longDate', (value, lng) => longDate(value, lng));
}
