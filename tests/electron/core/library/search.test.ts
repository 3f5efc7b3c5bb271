import { describe, expect, it } from 'vitest';
import { untilRangeTokens } from '../../../../electron/core/library/date-facets.ts';
import { countLimit, RANKED_MATCH_LIMIT, searchSegments, type SearchInput } from '../../../../electron/core/library/search.ts';
import type { SearchFilters } from '../../../../shared/api/contract.ts';
import type { RegionTag, SegmentPatch } from '../../../../shared/domain/segment.ts';
import { fakeAsset, useRepositoryLibrary } from './library-fixtures.ts';

const TODAY = '2026-03-01';
const lib = useRepositoryLibrary();

interface Spec {
  title: string;
  language?: string | null;
  regions?: RegionTag[];
  topics?: string[];
  script?: string;
  patch?: SegmentPatch;
}

function add(spec: Spec): string {
  const { id } = lib.repo.createFromImport({
    asset: fakeAsset(),
    title: spec.title,
    languageCode: spec.language ?? null,
    regions: spec.regions ?? [],
    topics: spec.topics ?? [],
  });
  if (spec.script) lib.repo.updateVersion(lib.repo.get(id).versions[0]?.id ?? '', { script: spec.script });
  if (spec.patch) lib.repo.update(id, spec.patch);
  return id;
}

const noFilters: SearchFilters = { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null };

function search(query: string, filters: Partial<SearchFilters> = {}, page: { offset?: number; limit?: number } = {}) {
  const input: SearchInput = { query, filters: { ...noFilters, ...filters }, offset: page.offset ?? 0, limit: page.limit ?? 100 };
  return searchSegments(lib.db, input, TODAY);
}

const titles = (query: string, filters: Partial<SearchFilters> = {}) => search(query, filters).items.map((s) => s.title).sort();
const region = (stateCode: string, role: RegionTag['role'] = 'origin'): RegionTag => ({ stateCode, municipalityCode: null, place: null, role });

describe('searchSegments', () => {
  it('folds case and accents: "migracion" finds "Migración"', () => {
    add({ title: 'Migración segura desde la Montaña' });
    add({ title: 'Salario mínimo' });
    expect(titles('migracion')).toEqual(['Migración segura desde la Montaña']);
    expect(titles('MIGRACIÓN SEGURA')).toEqual(['Migración segura desde la Montaña']);
    expect(titles('minimo')).toEqual(['Salario mínimo']);
  });

  it('folds apostrophe variants, and finds words with an apostrophe without it', () => {
    add({ title: 'Mensaje en mixteco', script: "Ja'a n'aa tu'un savi" });
    add({ title: 'Otro mensaje', script: 'nada que ver' });
    for (const query of ["n'aa", 'nꞌaa', 'n’aa', 'nʼaa', 'naa', 'NAA', 'tu’un', 'tuun']) {
      expect(titles(query), query).toEqual(['Mensaje en mixteco']);
    }
  });

  it('matches every word as a prefix, as the producer types', () => {
    add({ title: 'Cuidado con los enganchadores' });
    add({ title: 'Enganche de trabajo en Sinaloa' });
    add({ title: 'Derechos laborales' });
    expect(titles('e')).toHaveLength(2);
    expect(titles('eng')).toEqual(['Cuidado con los enganchadores', 'Enganche de trabajo en Sinaloa']);
    expect(titles('enganchad')).toEqual(['Cuidado con los enganchadores']);
    expect(titles('eng sin')).toEqual(['Enganche de trabajo en Sinaloa']);
    expect(titles('engancha cuidado')).toEqual(['Cuidado con los enganchadores']);
    expect(titles('enganchadores xyz')).toEqual([]);
  });

  it('matches description, script, and topic, language and state names', () => {
    add({ title: 'Uno', patch: { description: 'Consejos para el viaje' } });
    add({ title: 'Dos', script: 'Guarda tus documentos' });
    add({ title: 'Tres', topics: ['recruitment'] });
    add({ title: 'Cuatro', language: 'xty', regions: [{ ...region('20'), place: 'San Juan Mixtepec' }] });
    add({ title: 'Cinco', language: 'tcf' });
    expect(titles('viaje')).toEqual(['Uno']);
    expect(titles('documentos')).toEqual(['Dos']);
    expect(titles('enganchadores')).toEqual(['Tres']);
    expect(titles('labor brokers')).toEqual(['Tres']);
    expect(titles('yoloxochitl')).toEqual(['Cuatro']);
    expect(titles('mixtec')).toEqual(['Cuatro']);
    expect(titles('oaxaca')).toEqual(['Cuatro']);
    expect(titles('juan mixtepec')).toEqual(['Cuatro']);
    expect(titles('mephaa')).toEqual(['Cinco']);
    expect(titles('tlapaneco')).toEqual(['Cinco']);
  });

  it('filters by language, region, topic and status: OR within a kind, AND across kinds', () => {
    add({ title: 'A', language: 'xty', regions: [region('20')], topics: ['wages'] });
    add({ title: 'B', language: 'tcf', regions: [region('12')], topics: ['recruitment'], patch: { status: 'approved' } });
    add({ title: 'C', language: 'spa', regions: [region('25', 'destination')], topics: ['wages', 'trafficking'], patch: { status: 'ready' } });
    expect(titles('', { languages: ['xty'] })).toEqual(['A']);
    expect(titles('', { languages: ['xty', 'tcf'] })).toEqual(['A', 'B']);
    expect(titles('', { regions: ['25'] })).toEqual(['C']);
    expect(titles('', { regions: ['20', '12'] })).toEqual(['A', 'B']);
    expect(titles('', { topics: ['wages'] })).toEqual(['A', 'C']);
    expect(titles('', { statuses: ['approved', 'ready'] })).toEqual(['B', 'C']);
    expect(titles('', { statuses: ['draft'] })).toEqual(['A']);
    expect(titles('', { topics: ['wages'], statuses: ['ready'] })).toEqual(['C']);
    expect(titles('', { topics: ['wages'], languages: ['tcf'] })).toEqual([]);
    expect(titles('oaxaca', { topics: ['wages'] })).toEqual(['A']);
  });

  it('filters a language or region given on any version', () => {
    const id = add({ title: 'Dos versiones', language: 'spa', regions: [region('20')] });
    lib.repo.updateVersion(lib.repo.get(id).versions[0]?.id ?? '', { languageCode: 'zai', regions: [region('02', 'destination')] });
    expect(titles('', { languages: ['zai'] })).toEqual(['Dos versiones']);
    expect(titles('', { languages: ['spa'] })).toEqual([]);
    expect(titles('', { regions: ['02'] })).toEqual(['Dos versiones']);
    expect(titles('', { regions: ['20'] })).toEqual([]);
  });

  it('finds segments expiring within N days of the given today, edges included', () => {
    add({ title: 'vence hoy', patch: { validUntil: '2026-03-01' } });
    add({ title: 'vence en 30 días', patch: { validUntil: '2026-03-31' } });
    add({ title: 'vence en 31 días', patch: { validUntil: '2026-04-01' } });
    add({ title: 'ya venció', patch: { validUntil: '2026-02-28' } });
    add({ title: 'sin fecha' });
    add({ title: 'vence en 2029', patch: { validUntil: '2029-06-30' } });
    expect(titles('', { expiringWithinDays: 30 })).toEqual(['vence en 30 días', 'vence hoy']);
    expect(titles('', { expiringWithinDays: 0 })).toEqual(['vence hoy']);
    expect(titles('', { expiringWithinDays: 31 })).toEqual(['vence en 30 días', 'vence en 31 días', 'vence hoy']);
    expect(titles('', { expiringWithinDays: 3650 })).toHaveLength(4);
    expect(titles('vence 30', { expiringWithinDays: 30 })).toEqual(['vence en 30 días']);
  });

  it('covers a date range with the fewest day, month and year tokens', () => {
    expect(untilRangeTokens('2026-03-01', '2026-03-31')).toEqual(['_until_2026-03']);
    expect(untilRangeTokens('2026-02-27', '2026-03-02')).toEqual(['_until_2026-02-27', '_until_2026-02-28', '_until_2026-03-01', '_until_2026-03-02']);
    expect(untilRangeTokens('2025-12-31', '2028-01-01')).toEqual(['_until_2025-12-31', '_until_2026', '_until_2027', '_until_2028-01-01']);
    expect(untilRangeTokens('2026-03-02', '2026-03-01')).toEqual([]);
    expect(untilRangeTokens('2024-02-01', '2024-02-29')).toEqual(['_until_2024-02']);
  });

  it('pages with an exact total, most recently changed first when nothing is typed', () => {
    const ids = Array.from({ length: 25 }, (_, i) => add({ title: `Cápsula ${i}` }));
    lib.repo.update(ids[3] ?? '', { description: 'editada al final' });
    const first = search('', {}, { limit: 10 });
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]?.id).toBe(ids[3]);
    expect(first.items[1]?.id).toBe(ids[24]);
    const updatedAts = first.items.map((s) => s.updatedAt);
    expect(updatedAts).toEqual([...updatedAts].sort().reverse());
    const all = [0, 10, 20].flatMap((offset) => search('', {}, { offset, limit: 10 }).items.map((s) => s.id));
    expect(new Set(all).size).toBe(25);
    expect(search('', {}, { offset: 20, limit: 10 }).items).toHaveLength(5);
    expect(search('', {}, { offset: 30, limit: 10 })).toEqual({ total: 25, totalExact: true, items: [] });
    const typed = search('capsula', {}, { offset: 20, limit: 10 });
    expect(typed.total).toBe(25);
    expect(typed.items).toHaveLength(5);
  });

  it('stops counting past the page when thousands match, says "more than", and counts exactly further on', () => {
    const many = RANKED_MATCH_LIMIT + 150;
    const ids = lib.db.transaction(() => Array.from({ length: many }, (_, i) => add({ title: `Jornalero ${i}` })))();
    add({ title: 'Otra cosa' });
    const first = search('jornalero');
    // More than the ranking limit: not ranked, most recent first, and the count stops at its limit.
    expect(first).toMatchObject({ total: countLimit(0, 100) - 1, totalExact: false });
    expect(first.items).toHaveLength(100);
    expect(first.items[0]?.id).toBe(ids.at(-1));
    // A page far enough on counts to the end: the total becomes exact and the last page is whole.
    const later = search('jornalero', {}, { offset: many - 50, limit: 100 });
    expect(later).toMatchObject({ total: many, totalExact: true });
    expect(later.items.map((s) => s.id)).toEqual(ids.slice(0, 50).reverse());
    // Nothing typed and no filters: the table's own count, always exact.
    expect(search('')).toMatchObject({ total: many + 1, totalExact: true });
  });

  it('ranks by bm25, then most recent, when there are few matches', () => {
    add({ title: 'Trata de personas', script: 'La trata es un delito. Denuncia la trata. Señales de trata.' });
    add({ title: 'Contratos', script: 'Pide tu contrato por escrito y revisa la trata en el campo' });
    add({ title: 'Trata de personas' }); // same words, later: ties fall to recency
    const items = search('trata').items.map((s) => s.title);
    expect(items[0]).toBe('Trata de personas');
    expect(items.at(-1)).toBe('Contratos');
    expect(RANKED_MATCH_LIMIT).toBeGreaterThan(100);
  });

  it('returns the summary fields a library row needs', () => {
    const id = add({ title: 'Resumen', language: 'xty', regions: [region('20'), region('25', 'destination')], topics: ['wages'] });
    const [item] = search('resumen').items;
    expect(item).toMatchObject({ id, title: 'Resumen', languages: ['xty'], regions: ['20', '25'], topics: ['wages'], versionCount: 1, durationSec: 42.5 });
    expect(item?.primaryAssetId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats FTS5 syntax in the query as plain text and never throws', () => {
    add({ title: 'Salario justo' });
    for (const query of ['"', '""', '*', 'sal*', '(', ')', '(sal', 'OR', 'AND', 'NOT', 'NEAR', 'NEAR(sal, 2)', 'salario OR x', 'title:sal', '{body}: sal', '^sal', '-sal', "'", "''", '+', ':', 'sal"ario', '\\', '%', '_']) {
      expect(() => search(query), query).not.toThrow();
    }
    expect(titles('salario OR x')).toEqual([]);
    expect(titles('(sal')).toEqual(['Salario justo']);
    expect(titles('sal*')).toEqual(['Salario justo']);
    expect(titles('NEAR(sal, 2)')).toEqual([]);
    expect(titles('"')).toEqual(['Salario justo']); // nothing searchable: the whole list
  });

  it('never lets a typed word match a filter token', () => {
    add({ title: 'Uno', language: 'xty', topics: ['wages'] });
    expect(titles('lang_xty')).toEqual([]);
    expect(titles('lang')).toEqual([]);
    expect(titles('until')).toEqual([]);
    expect(titles('_status_draft')).toEqual([]);
    expect(titles('status')).toEqual([]);
    expect(titles('topic wages')).toEqual([]);
  });
});
