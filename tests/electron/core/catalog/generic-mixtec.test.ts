import { describe, expect, it } from 'vitest';
import { defaultCatalogDir, loadCatalogs } from '../../../../electron/core/catalog/load-catalogs.ts';

/*
 * Issue #11 item 10: producers often do not know which of the INALI Mixtec variants a recording is
 * in. ISO 639-3 has no Mixtec macrolanguage (`mix` is Mixtepec Mixtec, one variant), so the generic
 * entry takes a code from the private-use range qaa–qtz, which can never clash with a real language.
 */
describe('generic Mixtec entry', () => {
  const languages = loadCatalogs(defaultCatalogDir()).languages;

  it('sits in the Mixteco group under a private-use code, beside the INALI variants', () => {
    const generic = languages.find((l) => l.nameEs === 'Mixteco (variante sin especificar)');
    expect(generic).toMatchObject({ code: 'qmx', nameEn: 'Mixtec (unspecified variant)', group: 'Mixteco', family: 'Oto-mangue' });
    expect(generic?.code).toMatch(/^q[a-t][a-z]$/);
    expect(languages.find((l) => l.code === 'mix')?.nameEs).toBe('Mixteco de Mixtepec');
    expect(languages.filter((l) => l.group === 'Mixteco').length).toBeGreaterThan(20);
  });
});
