import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { po } from 'gettext-parser';
import { describe, expect, it } from 'vitest';
import { callCore, useCores } from '../../support/core-calls.ts';
import { useTempDirs } from '../../support/temp-dirs.ts';
import { uiCatalog } from '../../../../../electron/core/i18n/kit/ui-catalog.ts';
import { pluralCategories } from '../../../../../electron/core/i18n/kit/plural-forms.ts';

const dirs = useTempDirs('cabina-kit-');
const cores = useCores();
const station = () => cores.open(dirs.make());

/** Edits a PO the way a translator's editor would: msgstr by msgctxt. */
function translatePo(file: string, edits: Record<string, string[]>): string {
  const parsed = po.parse(readFileSync(file));
  for (const [context, forms] of Object.entries(edits)) {
    const entry = Object.values(parsed.translations[context] ?? {})[0];
    if (!entry) throw new Error(`no entry ${context}`);
    entry.msgstr = forms;
  }
  const out = path.join(dirs.make(), 'traducido.po');
  writeFileSync(out, po.compile(parsed));
  return out;
}

describe('UI string catalog', () => {
  it('lists every UI string once, plurals grouped, with placeholders, place and a length for labels; the CLI is not in it', () => {
    const catalog = uiCatalog();
    const byKey = new Map(catalog.map((s) => [s.key, s]));
    expect(byKey.get('app.nav.library')).toMatchObject({ source: 'Biblioteca', sourcePlural: null, where: 'Encabezado y menú de la ventana', maxLength: 20 });
    expect(byKey.get('library.count')).toMatchObject({ source: '{{count, number}} segmento', sourcePlural: '{{count, number}} segmentos', placeholders: ['count'] });
    expect(byKey.has('library.count_one')).toBe(false);
    // `page_library` is a name, not a plural of `page`.
    expect(byKey.get('help.targets.page_library')?.source).toBe('Página Biblioteca');
    expect(catalog.some((s) => s.key.startsWith('cli.'))).toBe(false);
    expect(catalog.length).toBeGreaterThan(1000);
  });

  it('gives a language CLDR plural forms, or "other" only when CLDR has none', () => {
    expect(pluralCategories('xty')).toEqual(['other']);
    expect(pluralCategories('nah')).toEqual(['one', 'other']);
    expect(pluralCategories('fr')).toEqual(['one', 'many', 'other']);
  });
});

describe('translator kit (issue #15 §3)', () => {
  it('PO round trip: export with context, translate in the file, import, the UI language serves it', async () => {
    const core = await station();
    const exported = await callCore(core, 'uiStrings.export', { format: 'po', language: 'xty' });
    expect(exported.fileName).toBe('cabina-xty.po');
    const parsed = po.parse(readFileSync(exported.path));
    expect(parsed.headers.Language).toBe('xty');
    expect(parsed.headers['Plural-Forms']).toBe('nplurals=1; plural=0;');
    const nav = Object.values(parsed.translations['app.nav.library'] ?? {})[0];
    expect(nav?.msgid).toBe('Biblioteca');
    expect(nav?.comments?.extracted).toContain('Aparece en: Encabezado y menú de la ventana (app.nav.library)');
    expect(nav?.comments?.extracted).toContain('Máximo 20 caracteres');
    expect(nav?.comments?.extracted).toContain('En inglés: Library');
    const count = Object.values(parsed.translations['library.count'] ?? {})[0];
    expect(count).toMatchObject({ msgid: '{{count, number}} segmento', msgid_plural: '{{count, number}} segmentos', msgstr: [''] });

    const translated = translatePo(exported.path, {
      '_cabina.languageName': ["Tu'un savi"],
      'app.nav.library': ['Ñuu tutu'],
      'library.count': ['{{count, number}} tutu'],
      // Loses its placeholder: refused, the UI keeps the Spanish.
      'packs.build.done': ['Ya quedó'],
    });
    const result = await callCore(core, 'uiStrings.import', { source: { kind: 'path', path: translated }, originalName: 'traducido.po' });
    expect(result.language).toMatchObject({ code: 'xty', name: "Tu'un savi", translated: 2 });
    expect(result.missing).toBe(result.language.total - 2);
    expect(result.problems).toEqual([{ key: 'packs.build.done', problem: 'placeholder_missing', detail: '{{path}}' }]);

    expect(await callCore(core, 'uiStrings.languages', {})).toEqual([expect.objectContaining({ code: 'xty', name: "Tu'un savi", translated: 2 })]);
    const served = await callCore(core, 'uiStrings.get', { code: 'xty' });
    const tree = served.strings as { app: { nav: { library: string } }; library: Record<string, string> };
    expect(tree.app.nav.library).toBe('Ñuu tutu');
    // Every form a runtime might ask for, so count = 1 never falls back to Spanish.
    expect(tree.library).toMatchObject({ count_other: '{{count, number}} tutu', count_one: '{{count, number}} tutu', count_many: '{{count, number}} tutu' });

    // A second export carries what is already translated, for the translator to go on.
    const again = po.parse(readFileSync((await callCore(core, 'uiStrings.export', { format: 'po', language: 'xty' })).path));
    expect(Object.values(again.translations['app.nav.library'] ?? {})[0]?.msgstr).toEqual(['Ñuu tutu']);
    expect(Object.values(again.translations['_cabina.languageName'] ?? {})[0]?.msgstr).toEqual(["Tu'un savi"]);

    expect(await callCore(core, 'uiStrings.delete', { code: 'xty' })).toEqual({ deleted: true });
    expect(await callCore(core, 'uiStrings.languages', {})).toEqual([]);
  });

  it('XLIFF 2.0 round trip, with notes, size restrictions and one unit per plural form', async () => {
    const core = await station();
    const exported = await callCore(core, 'uiStrings.export', { format: 'xliff', language: 'nah', name: 'Nahuatlahtolli' });
    const xml = readFileSync(exported.path, 'utf8');
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(xml).toContain('trgLang="nah"');
    expect(xml).toMatch(/<unit id="app\.nav\.library" slr:sizeRestriction="20">/);
    expect(xml).toContain('<unit id="library.count_one"');
    expect(xml).toContain('<unit id="library.count_other"');
    const edited = xml
      .replace(/(<unit id="app\.nav\.packs"[\s\S]*?<target>)(<\/target>)/, '$1Tlapiyalli$2')
      .replace(/(<unit id="library\.count_one"[\s\S]*?<target>)(<\/target>)/, '$1ce tlamantli$2')
      .replace(/(<unit id="library\.count_other"[\s\S]*?<target>)(<\/target>)/, '$1{{count, number}} tlamantli$2')
      .replace(/(<unit id="import\.button"[\s\S]*?<target>)(<\/target>)/, '$1Xicalaqui {{extra}}$2');
    const file = path.join(dirs.make(), 'nah.xlf');
    writeFileSync(file, edited);
    const result = await callCore(core, 'uiStrings.import', { source: { kind: 'path', path: file }, originalName: 'nah.xlf' });
    expect(result.language).toMatchObject({ code: 'nah', name: 'Nahuatlahtolli', translated: 2 });
    expect(result.problems).toEqual([{ key: 'import.button', problem: 'placeholder_extra', detail: '{{extra}}' }]);
    const tree = (await callCore(core, 'uiStrings.get', { code: 'nah' })).strings as { library: Record<string, string> };
    expect(tree.library).toMatchObject({ count_one: 'ce tlamantli', count_other: '{{count, number}} tlamantli' });
  });

  it('refuses a plural with the wrong number of forms, and files that are not translations, with a named reason', async () => {
    const core = await station();
    const exported = await callCore(core, 'uiStrings.export', { format: 'po', language: 'nah' });
    const wrong = translatePo(exported.path, { 'library.count': ['ce', 'ome', 'eyi'], 'app.nav.record': ['Xictlacuilo'] });
    const result = await callCore(core, 'uiStrings.import', { source: { kind: 'path', path: wrong }, originalName: 'nah.po' });
    expect(result.problems).toEqual([{ key: 'library.count', problem: 'plural_forms', detail: '2' }]);

    const junk = path.join(dirs.make(), 'foto.po');
    writeFileSync(junk, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
    await expect(callCore(core, 'uiStrings.import', { source: { kind: 'path', path: junk }, originalName: 'foto.po' })).rejects.toMatchObject({ code: 'translation.unreadable' });
    const headless = path.join(dirs.make(), 'sin-lengua.po');
    writeFileSync(headless, 'msgctxt "app.nav.record"\nmsgid "Grabar"\nmsgstr "Xictlacuilo"\n');
    await expect(callCore(core, 'uiStrings.import', { source: { kind: 'path', path: headless }, originalName: 'sin-lengua.po' })).rejects.toMatchObject({ code: 'translation.no_language' });
    const badXml = path.join(dirs.make(), 'roto.xlf');
    // Cut short, as a half-copied file is.
    writeFileSync(badXml, '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="es-MX" trgLang="nah"><file id="cabina"><unit id="app.nav.record"><segment><source>Grabar</source><target>Xictlacuilo</target>');
    await expect(callCore(core, 'uiStrings.import', { source: { kind: 'path', path: badXml }, originalName: 'roto.xlf' })).rejects.toMatchObject({ code: 'translation.unreadable' });
    const empty = translatePo(exported.path, {});
    await expect(callCore(core, 'uiStrings.import', { source: { kind: 'path', path: empty }, originalName: 'vacio.po' })).rejects.toMatchObject({ code: 'translation.empty' });
    const spanish = readFileSync(wrong, 'utf8').replace('Language: nah', 'Language: es-MX');
    writeFileSync(wrong, spanish);
    await expect(callCore(core, 'uiStrings.import', { source: { kind: 'path', path: wrong }, originalName: 'es.po' })).rejects.toMatchObject({ code: 'translation.builtin' });
    await expect(callCore(core, 'uiStrings.export', { format: 'po', language: 'en' })).rejects.toMatchObject({ code: 'translation.builtin' });
    // Nothing refused was installed.
    expect((await callCore(core, 'uiStrings.languages', {})).map((l) => l.code)).toEqual(['nah']);
  });
});
