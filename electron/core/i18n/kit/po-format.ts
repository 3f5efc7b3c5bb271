import { po, type GetTextTranslation } from 'gettext-parser';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { nplurals, pluralCategories, poPluralHeader } from './plural-forms.ts';
import { contextNote, NAME_KEY, NAME_SOURCE, type ExportEntry, type TranslatedFile, type Translation } from './translated-file.ts';

/*
 * gettext PO (issue #15 §3) with gettext-parser: msgctxt is the i18next key (unique, so two equal
 * Spanish texts in different places translate apart), msgid the Spanish, the translator's note
 * (#.) where it appears, its length limit, its placeholders and the English. Plurals use msgid_plural
 * and one msgstr per CLDR form of the target language, in CLDR order.
 */

const asText = (t: Translation | undefined): string => (typeof t === 'string' ? t : '');

export function writePo(language: string, name: string, entries: readonly ExportEntry[], appVersion: string): Buffer {
  const categories = pluralCategories(language);
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''] } },
    [NAME_KEY]: { [NAME_SOURCE]: { msgctxt: NAME_KEY, msgid: NAME_SOURCE, msgstr: [name] } },
  };
  for (const e of entries) {
    const s = e.string;
    const comments = { extracted: contextNote(e), reference: s.key };
    const current = e.current;
    const msgstr = s.sourcePlural === null ? [asText(current)] : categories.map((c) => (typeof current === 'object' ? (current[c] ?? '') : ''));
    const entry: GetTextTranslation = { msgctxt: s.key, msgid: s.source, msgstr, comments };
    if (s.sourcePlural !== null) entry.msgid_plural = s.sourcePlural;
    translations[s.key] = { [s.source]: entry };
  }
  return po.compile({
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `Cabina ${appVersion}`,
      Language: language,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'Plural-Forms': poPluralHeader(categories),
    },
    translations,
  });
}

export function readPo(bytes: Buffer, fileName: string): TranslatedFile {
  let parsed: ReturnType<typeof po.parse>;
  try {
    parsed = po.parse(bytes);
  } catch {
    throw new UserFacingError('translation.unreadable', `Not a PO file: ${fileName}`, { name: fileName });
  }
  // A PO without a header entry parses with no `headers` at all.
  const headers: Record<string, string | undefined> = parsed.headers ?? {};
  const language = (headers.Language ?? headers.language ?? '').trim();
  const categories = pluralCategories(language || 'und');
  // A header that disagrees with the language's CLDR count shows up as missing or extra forms per entry.
  if (nplurals(headers['Plural-Forms']) === 0) throw new UserFacingError('translation.unreadable', `nplurals=0 in ${fileName}`, { name: fileName });
  const entries = new Map<string, Translation>();
  let name = '';
  for (const [context, byId] of Object.entries(parsed.translations ?? {})) {
    for (const entry of Object.values(byId)) {
      if (entry.msgid === '') continue;
      if (context === NAME_KEY) {
        name = (entry.msgstr[0] ?? '').trim();
        continue;
      }
      if (entry.msgid_plural === undefined) {
        entries.set(context, entry.msgstr[0] ?? '');
        continue;
      }
      // Forms follow CLDR order; a file made for another plural shape shows up as a wrong count.
      // A form past the language's CLDR count is kept under its index, so the check can refuse it.
      const forms: Record<string, string> = {};
      entry.msgstr.forEach((text, i) => {
        forms[categories[i] ?? `form${i}`] = text;
      });
      entries.set(context, forms);
    }
  }
  if (!language) throw new UserFacingError('translation.no_language', `No Language header in ${fileName}`, { name: fileName });
  return { language, name, entries };
}
