import js2xliff from 'xliff/js2xliff';
import xliff2js, { type XliffUnit } from 'xliff/xliff2js';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { pluralCategories } from './plural-forms.ts';
import { contextNote, NAME_KEY, NAME_SOURCE, type ExportEntry, type TranslatedFile, type Translation } from './translated-file.ts';
import { PLURAL_CATEGORIES } from './ui-catalog.ts';

/*
 * XLIFF 2.0 (issue #15 §3) with the `xliff` package: one <unit> per string, id = the i18next key,
 * a <note> with the context and the size-restriction module's `slr:sizeRestriction` for labels.
 * XLIFF has no plurals: a counted string becomes one unit per CLDR form of the target language
 * (`files_one`, `files_other`), each with the Spanish form closest to it as its source.
 */

const FILE_ID = 'cabina';

export async function writeXliff(language: string, name: string, entries: readonly ExportEntry[]): Promise<Buffer> {
  const categories = pluralCategories(language);
  const units: Record<string, XliffUnit> = { [NAME_KEY]: { source: NAME_SOURCE, target: name } };
  for (const e of entries) {
    const s = e.string;
    const extra = s.maxLength === null ? {} : { additionalAttributes: { sizeRestriction: s.maxLength } };
    if (s.sourcePlural === null) {
      units[s.key] = { source: s.source, target: typeof e.current === 'string' ? e.current : '', note: contextNote(e), ...extra };
      continue;
    }
    for (const c of categories) {
      const target = typeof e.current === 'object' ? (e.current[c] ?? '') : '';
      units[`${s.key}_${c}`] = { source: c === 'one' ? s.source : s.sourcePlural, target, note: `${contextNote(e)}\nForma del plural: ${c}`, ...extra };
    }
  }
  const xml = await js2xliff({ sourceLanguage: 'es-MX', targetLanguage: language, resources: { [FILE_ID]: units } }, { indent: '  ' });
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, 'utf8');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export async function readXliff(bytes: Buffer, fileName: string, pluralKeys: ReadonlySet<string>): Promise<TranslatedFile> {
  let doc: Awaited<ReturnType<typeof xliff2js>>;
  const xml = bytes.toString('utf8');
  // The parser is lenient: a file cut short (a USB stick pulled, a half-sent WhatsApp) would read as
  // fewer strings. A whole XLIFF 2 document ends with its root; 1.2 is another format.
  if (!/<xliff\b[^>]*\bversion="2\.\d"/.test(xml) || !/<\/xliff>\s*$/.test(xml)) {
    throw new UserFacingError('translation.unreadable', `Not a whole XLIFF 2 file: ${fileName}`, { name: fileName });
  }
  try {
    doc = await xliff2js(xml, { inlineAsString: true });
  } catch {
    throw new UserFacingError('translation.unreadable', `Not an XLIFF file: ${fileName}`, { name: fileName });
  }
  const language = (doc.targetLanguage ?? '').trim();
  if (!language) throw new UserFacingError('translation.no_language', `No trgLang in ${fileName}`, { name: fileName });
  const entries = new Map<string, Translation>();
  let name = '';
  for (const units of Object.values(doc.resources ?? {})) {
    for (const [id, unit] of Object.entries(units)) {
      const target = text(unit.target);
      if (id === NAME_KEY) {
        name = target.trim();
        continue;
      }
      const category = PLURAL_CATEGORIES.find((c) => id.endsWith(`_${c}`) && pluralKeys.has(id.slice(0, -c.length - 1)));
      if (!category) {
        entries.set(id, target);
        continue;
      }
      const base = id.slice(0, -category.length - 1);
      const known = entries.get(base);
      const forms = typeof known === 'object' ? known : {};
      forms[category] = target;
      entries.set(base, forms);
    }
  }
  return { language, name, entries };
}
