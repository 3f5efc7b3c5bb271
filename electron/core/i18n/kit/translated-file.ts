import type { UiString } from './ui-catalog.ts';

/**
 * What either file format reads into and writes from: the target language and, per catalog key,
 * a plain translation or one text per plural category. Formats only convert; translate-check.ts
 * decides what is taken.
 */
/** Plural forms by CLDR category (`one`, `other`…); a key outside the language's categories is an extra form. */
export type Translation = string | Record<string, string>;

export interface TranslatedFile {
  language: string;
  /** The language's own name, from the file's first entry; '' when the translator left it empty. */
  name: string;
  entries: Map<string, Translation>;
}

/** The entry translators fill with their language's own name (it labels the language menu). */
export const NAME_KEY = '_cabina.languageName';
export const NAME_SOURCE = 'Nombre de esta lengua, escrito en ella misma (aparece en el menú de idiomas)';

/** What a file carries for one string: the catalog entry and what is already translated (a re-export). */
export interface ExportEntry {
  string: UiString;
  current: Translation | undefined;
  english: string | undefined;
  englishPlural: string | undefined;
}

/** The translator's note for a string: where, how long, which placeholders, and the English. */
export function contextNote(e: ExportEntry): string {
  const s = e.string;
  const lines = [`Aparece en: ${s.where} (${s.key})`];
  if (s.maxLength !== null) lines.push(`Máximo ${s.maxLength} caracteres: va en un botón o una etiqueta.`);
  if (s.placeholders.length > 0) lines.push(`Conserva tal cual: ${s.placeholders.map((p) => `{{${p}}}`).join(', ')}`);
  if (e.english) lines.push(`En inglés: ${e.english}${e.englishPlural ? ` / ${e.englishPlural}` : ''}`);
  return lines.join('\n');
}
