import { describe, it, expect, afterEach } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CATALOG_FILES,
  defaultCatalogDir,
  indexCatalogs,
  loadCatalogs,
} from '../../../../electron/core/catalog/load-catalogs.ts';

// Issue 2, item 4: these exact names are what producers see when tagging the first versions.
const REQUIRED_LANGUAGES: Record<string, string> = {
  xty: 'Mixteco de Yoloxóchitl',
  mix: 'Mixteco de Mixtepec',
  zai: 'Zapoteco del Istmo',
  ngu: 'Náhuatl de Guerrero',
  tcf: "Me'phaa de Malinaltepec",
  trc: 'Triqui de Copala',
  mau: 'Mazateco de Huautla',
  amu: 'Amuzgo de Guerrero',
};

const INALI_FAMILIES = new Set([
  'Álgica',
  'Yuto-nahua',
  'Cochimí-yumana',
  'Seri',
  'Oto-mangue',
  'Maya',
  'Totonaco-tepehua',
  'Tarasca',
  'Mixe-zoque',
  'Chontal de Oaxaca',
  'Huave',
]);

describe('loadCatalogs (shipped catalogs)', () => {
  const catalogs = loadCatalogs(defaultCatalogDir());

  it('has Spanish plus at least 60 Indigenous languages and variants', () => {
    const codes = catalogs.languages.map((l) => l.code);
    expect(codes).toContain('spa');
    expect(codes.filter((c) => c !== 'spa').length).toBeGreaterThanOrEqual(60);
  });

  it('names the required variants exactly', () => {
    const byCode = indexCatalogs(catalogs).languages;
    for (const [code, name] of Object.entries(REQUIRED_LANGUAGES)) {
      expect(byCode.get(code)?.nameEs, code).toBe(name);
    }
  });

  it('uses unique ISO 639-3-shaped codes and INALI families', () => {
    const codes = catalogs.languages.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const lang of catalogs.languages) {
      expect(lang.code).toMatch(/^[a-z]{3}$/);
      if (lang.code !== 'spa') expect(INALI_FAMILIES, lang.code).toContain(lang.family);
      expect(lang.states.length, lang.code).toBeGreaterThan(0);
    }
  });

  it('writes apostrophes as ASCII so the search folding sees one form', () => {
    for (const lang of catalogs.languages) {
      const text = `${lang.nameEs} ${lang.nameEn} ${lang.group} ${lang.autonym ?? ''}`;
      expect(text, lang.code).not.toMatch(/[\u2019\u02bc\ua78c]/);
    }
  });

  it('lists the 32 states with INEGI codes 01..32 in order', () => {
    const expected = Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(catalogs.states.map((s) => s.code)).toEqual(expected);
    const byCode = indexCatalogs(catalogs).states;
    expect(byCode.get('01')?.name).toBe('Aguascalientes');
    expect(byCode.get('09')?.name).toBe('Ciudad de México');
    expect(byCode.get('20')?.name).toBe('Oaxaca');
    expect(byCode.get('32')?.name).toBe('Zacatecas');
    expect(byCode.get('12')?.migrationRole).toBe('origin');
    expect(byCode.get('25')?.migrationRole).toBe('destination');
  });

  it('has unique topics covering the field', () => {
    const ids = catalogs.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'derechos-laborales',
        'reclutamiento-enganchadores',
        'trata-de-personas',
        'salario-minimo',
        'contratos-seguridad-social',
        'igualdad-salarial',
        'educacion-ninas-ninos',
        'salud',
        'seguridad-en-el-viaje',
        'inspecciones-laborales',
      ]),
    );
    for (const topic of catalogs.topics) {
      expect(topic.descriptionEs.length, topic.id).toBeGreaterThan(0);
      expect(topic.descriptionEn.length, topic.id).toBeGreaterThan(0);
    }
  });

  it('indexes every entry by its key', () => {
    const index = indexCatalogs(catalogs);
    expect(index.languages.size).toBe(catalogs.languages.length);
    expect(index.states.size).toBe(32);
    expect(index.topics.get('trata-de-personas')?.nameEn).toMatch(/trafficking/i);
  });
});

describe('loadCatalogs (broken catalogs)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the real catalogs with one file replaced. */
  function brokenDir(file: string, content: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'cabina-catalog-'));
    dirs.push(dir);
    cpSync(defaultCatalogDir(), dir, { recursive: true });
    writeFileSync(path.join(dir, file), content);
    return dir;
  }

  it('names the file when it is not JSON', () => {
    const dir = brokenDir(CATALOG_FILES.topics, '[{"id": "salud",');
    expect(() => loadCatalogs(dir)).toThrow(/topics\.json: not valid JSON/);
  });

  it('names the file and the field when an entry breaks the schema', () => {
    const bad = [{ code: 'XTY', nameEs: 'Mixteco', nameEn: 'Mixtec', family: 'Oto-mangue', group: 'Mixteco', autonym: null, states: ['20'] }];
    const dir = brokenDir(CATALOG_FILES.languages, JSON.stringify(bad));
    expect(() => loadCatalogs(dir)).toThrow(/languages\.json: 0\.code: /);
  });

  it('rejects duplicate keys, naming both entries', () => {
    const file = path.join(defaultCatalogDir(), CATALOG_FILES.states);
    const states = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
    const dir = brokenDir(CATALOG_FILES.states, JSON.stringify([...states, states[19]]));
    expect(() => loadCatalogs(dir)).toThrow(/regions\.json: duplicate key "20" in entries 19 and 32/);
  });

  it('rejects a language whose state is missing from the regions catalog', () => {
    const file = path.join(defaultCatalogDir(), CATALOG_FILES.states);
    const states = JSON.parse(readFileSync(file, 'utf8')) as { code: string }[];
    const dir = brokenDir(CATALOG_FILES.states, JSON.stringify(states.filter((s) => s.code !== '12')));
    expect(() => loadCatalogs(dir)).toThrow(/languages\.json: .*state\(s\) 12 not found in regions\.json/);
  });

  it('names the file when it is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cabina-catalog-'));
    dirs.push(dir);
    expect(() => loadCatalogs(dir)).toThrow(/Cannot read catalog .*languages\.json/);
  });

  it('rejects an empty catalog', () => {
    const dir = brokenDir(CATALOG_FILES.topics, '[]');
    expect(() => loadCatalogs(dir)).toThrow(/topics\.json: \(root\): /);
  });
});
