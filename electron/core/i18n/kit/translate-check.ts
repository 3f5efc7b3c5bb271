import type { TranslationProblem } from '../../../../shared/api/methods/ui-strings.ts';
import { pluralCategories } from './plural-forms.ts';
import type { TranslatedFile } from './translated-file.ts';
import { placeholdersOf, type UiString } from './ui-catalog.ts';

export interface CheckedTranslation {
  /** Flat i18next keys (`packs.build.submit`, `help.packs.carries_other`) to what the UI shows. */
  strings: Record<string, string>;
  problems: TranslationProblem[];
  /** Catalog strings not taken (left empty or refused): the UI shows them in Spanish. */
  missing: number;
  /** Catalog strings taken. */
  translated: number;
}

function placeholderProblems(key: string, source: readonly string[], text: string, optional: readonly string[] = []): TranslationProblem[] {
  const got = placeholdersOf(text);
  const problems: TranslationProblem[] = [];
  for (const p of source) if (!got.includes(p) && !optional.includes(p)) problems.push({ key, problem: 'placeholder_missing', detail: `{{${p}}}` });
  for (const p of got) if (!source.includes(p)) problems.push({ key, problem: 'placeholder_extra', detail: `{{${p}}}` });
  return problems;
}

/**
 * Checks a translated file against the Spanish catalog (issue #15 §3): a string that loses or
 * invents a placeholder, or a plural without exactly the language's CLDR forms, is not taken and
 * falls back to Spanish; a label past its length is taken but reported (it may clip). Unknown keys
 * (an older or newer Cabina's strings) are reported and ignored. Nothing here throws on content.
 */
export function checkTranslation(file: TranslatedFile, catalog: readonly UiString[]): CheckedTranslation {
  const categories = pluralCategories(file.language);
  const byKey = new Map(catalog.map((s) => [s.key, s]));
  const strings: Record<string, string> = {};
  const problems: TranslationProblem[] = [];
  let translated = 0;
  for (const key of file.entries.keys()) if (!byKey.has(key)) problems.push({ key, problem: 'unknown_key', detail: '' });
  for (const s of catalog) {
    const value = file.entries.get(s.key);
    if (value === undefined) continue;
    if (s.sourcePlural === null) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      const wrong = placeholderProblems(s.key, s.placeholders, value);
      problems.push(...wrong);
      if (wrong.length > 0) continue;
      if (s.maxLength !== null && [...value].length > s.maxLength) problems.push({ key: s.key, problem: 'too_long', detail: String(s.maxLength) });
      strings[s.key] = value;
      translated += 1;
      continue;
    }
    const forms = typeof value === 'string' ? { other: value } : value;
    const filled = categories.filter((c) => (forms[c] ?? '').trim() !== '');
    if (filled.length === 0) continue;
    const extra = Object.entries(forms).some(([c, t]) => !(categories as string[]).includes(c) && t.trim() !== '');
    if (filled.length !== categories.length || extra) {
      problems.push({ key: s.key, problem: 'plural_forms', detail: String(categories.length) });
      continue;
    }
    // "one" may say the number in words ("un archivo"), so {{count}} is optional in each form.
    const wrong = categories.flatMap((c) => placeholderProblems(s.key, s.placeholders, forms[c] ?? '', ['count']));
    problems.push(...wrong);
    if (wrong.length > 0) continue;
    for (const c of categories) strings[`${s.key}_${c}`] = forms[c] ?? '';
    translated += 1;
  }
  return { strings, problems, translated, missing: catalog.length - translated };
}
