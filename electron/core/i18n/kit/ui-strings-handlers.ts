import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { ImportSource } from '../../../../shared/api/methods/library.ts';
import { uiLanguageTagSchema, type uiStringsMethods } from '../../../../shared/api/methods/ui-strings.ts';
import { en } from '../../../../shared/locales/en.ts';
import { PSEUDO_LOCALE } from '../../../../shared/text/pseudo-locale.ts';
import { APP_VERSION } from '../../app-version.ts';
import { writeAtomically } from '../../files/atomic-copy.ts';
import type { CoreServices, DomainHandlers } from '../../core-types.ts';
import { readPo, writePo } from './po-format.ts';
import { checkTranslation } from './translate-check.ts';
import type { ExportEntry, Translation } from './translated-file.ts';
import { PLURAL_CATEGORIES, uiCatalog, type UiString } from './ui-catalog.ts';
import { UiLanguageStore, unflatten } from './ui-language-store.ts';
import { readXliff, writeXliff } from './xliff-format.ts';

type Deps = Pick<CoreServices, 'dataDir' | 'transport' | 'uploads' | 'events' | 'clock'>;

/** A PO of every UI string is ~400 KB; anything past this is not a translation of Cabina. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Spanish and English are built in, and the pseudo-locale is made on the fly: an import never replaces them. */
function isBuiltIn(code: string): boolean {
  return /^(es|en)(-|$)/.test(code) || code === PSEUDO_LOCALE;
}

function englishOf(key: string, plural: boolean): { english?: string; englishPlural?: string } {
  const at = (k: string) => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  const text = (k: string) => (typeof at(k) === 'string' ? (at(k) as string) : undefined);
  return plural ? { english: text(`${key}_one`), englishPlural: text(`${key}_other`) } : { english: text(key) };
}

function currentOf(s: UiString, strings: Record<string, string> | undefined): Translation | undefined {
  if (!strings) return undefined;
  if (s.sourcePlural === null) return strings[s.key];
  const forms = Object.fromEntries(Object.entries(strings).filter(([k]) => k.startsWith(`${s.key}_`)).map(([k, v]) => [k.slice(s.key.length + 1), v]));
  return Object.keys(forms).length > 0 ? forms : undefined;
}

/**
 * i18next picks a plural form with Intl.PluralRules, which for a language without CLDR data (most
 * of Mexico's) silently uses the machine's default locale: "one" on an English PC, "many" on a
 * Spanish one. A translation with only "other" would then show Spanish for 1. So every form a
 * runtime could ask for is filled from "other" where the translation has no form of its own.
 */
function withEveryPluralForm(strings: Record<string, string>, pluralKeys: ReadonlySet<string>): Record<string, string> {
  const out = { ...strings };
  for (const key of pluralKeys) {
    const other = strings[`${key}_other`];
    if (other === undefined) continue;
    for (const c of PLURAL_CATEGORIES) out[`${key}_${c}`] ??= other;
  }
  return out;
}

/** Translator kit (issue #15 §3): export the UI strings, import a translation, list/get/delete community languages. */
export function createUiStringsHandlers(s: Deps): DomainHandlers<typeof uiStringsMethods> {
  const store = new UiLanguageStore(s.dataDir);
  const catalog = uiCatalog();
  const pluralKeys = new Set(catalog.filter((c) => c.sourcePlural !== null).map((c) => c.key));
  const fileOf = (source: ImportSource) => (source.kind === 'path' ? path.resolve(source.path) : s.uploads.pathOf(source.uploadId));
  return {
    'uiStrings.export': async ({ format, language, name }) => {
      if (isBuiltIn(language)) throw new UserFacingError('translation.builtin', `Built-in language ${language}`, { code: language });
      const installed = await store.get(language);
      const entries: ExportEntry[] = catalog.map((string) => ({ string, current: currentOf(string, installed?.strings), ...englishOf(string.key, string.sourcePlural !== null) }) as ExportEntry);
      const label = name || installed?.name || '';
      const bytes = format === 'po' ? writePo(language, label, entries, APP_VERSION) : await writeXliff(language, label, entries);
      const dir = path.join(s.dataDir, 'translations');
      await mkdir(dir, { recursive: true });
      const fileName = `cabina-${language}.${format === 'po' ? 'po' : 'xlf'}`;
      const out = path.join(dir, fileName);
      await writeAtomically(out, bytes);
      return { path: out, fileName, strings: catalog.length };
    },
    'uiStrings.import': async ({ source, originalName }) => {
      const file = fileOf(source);
      const name = path.basename(originalName);
      try {
        const size = (await stat(file)).size;
        if (size > MAX_FILE_BYTES) throw new UserFacingError('translation.unreadable', `Too large: ${name}`, { name });
        const bytes = await readFile(file);
        const looksXml = /^\s*</.test(bytes.subarray(0, 200).toString('utf8').replace(/^\uFEFF/, ''));
        const parsed = looksXml ? await readXliff(bytes, name, pluralKeys) : readPo(bytes, name);
        const tag = uiLanguageTagSchema.safeParse(parsed.language);
        if (!tag.success) throw new UserFacingError('translation.bad_language', `Bad language tag ${parsed.language}`, { name, code: parsed.language });
        if (isBuiltIn(tag.data)) throw new UserFacingError('translation.builtin', `Built-in language ${tag.data}`, { code: tag.data });
        const checked = checkTranslation({ ...parsed, language: tag.data }, catalog);
        if (checked.translated === 0) throw new UserFacingError('translation.empty', `Nothing translated in ${name}`, { name });
        const previous = await store.get(tag.data);
        const language = { code: tag.data, name: parsed.name || previous?.name || tag.data, translated: checked.translated, total: catalog.length, importedAt: s.clock().toISOString() };
        await store.save({ ...language, strings: checked.strings });
        s.events.emit('uiStrings.changed', {});
        return { language, problems: checked.problems.slice(0, 500), missing: checked.missing };
      } finally {
        if (source.kind === 'upload') await s.uploads.discard(source.uploadId);
      }
    },
    'uiStrings.languages': async () => store.list(),
    'uiStrings.get': async ({ code }) => {
      const found = await store.get(code);
      if (!found) throw new UserFacingError('not_found', `No UI language ${code}`, { id: code });
      return { code: found.code, name: found.name, strings: unflatten(withEveryPluralForm(found.strings, pluralKeys)) };
    },
    'uiStrings.delete': async ({ code }) => {
      const deleted = await store.delete(code);
      if (deleted) s.events.emit('uiStrings.changed', {});
      return { deleted };
    },
  };
}
