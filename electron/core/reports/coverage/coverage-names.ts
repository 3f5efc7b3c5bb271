import type { Catalogs } from '../../../../shared/domain/catalog.ts';
import type { CodeNames } from './coverage-tables.ts';

/** Exports name states and languages as the page does: INEGI names, language names in the reader's language. */
export function catalogNames(catalogs: Catalogs, lang: 'es' | 'en'): CodeNames {
  const states = new Map(catalogs.states.map((s) => [s.code, s.name]));
  const languages = new Map(catalogs.languages.map((l) => [l.code, lang === 'en' ? l.nameEn : l.nameEs]));
  return { stateName: (c) => states.get(c) ?? c, languageName: (c) => languages.get(c) ?? c };
}
