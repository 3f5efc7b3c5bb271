import { PLURAL_CATEGORIES, type PluralCategory } from './ui-catalog.ts';

/**
 * Plural forms of a target language by CLDR (issue #15 §3), through the runtime's Intl data. Most
 * Indigenous languages of Mexico have no CLDR plural rules: they get "other" only, one form, which
 * is what i18next itself resolves for them (Intl.PluralRules falls back to the root rules).
 */
export function pluralCategories(language: string): PluralCategory[] {
  let supported: string[] = [];
  try {
    supported = Intl.PluralRules.supportedLocalesOf([language]);
  } catch {
    supported = [];
  }
  if (supported.length === 0) return ['other'];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return PLURAL_CATEGORIES.filter((c) => categories.includes(c));
}

/**
 * The gettext Plural-Forms header for those categories. gettext needs a C expression; the common
 * CLDR shapes are written out, and a shape not listed falls back to computing the index with
 * Intl at import (the header then only tells the editor how many forms to ask for).
 */
export function poPluralHeader(categories: readonly PluralCategory[]): string {
  const shape = categories.join(',');
  const known: Record<string, string> = {
    other: 'nplurals=1; plural=0;',
    'one,other': 'nplurals=2; plural=(n != 1);',
    'one,many,other': 'nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);',
  };
  return known[shape] ?? `nplurals=${categories.length}; plural=0;`;
}

/** Reads nplurals from a Plural-Forms header; null when absent or unreadable. */
export function nplurals(header: string | undefined): number | null {
  const match = /nplurals\s*=\s*(\d+)/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}
