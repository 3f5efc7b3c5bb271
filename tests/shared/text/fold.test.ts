import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTokens } from '../../../shared/text/fold.ts';

describe('foldForSearch', () => {
  it('lower-cases and removes accents, tildes and diaereses', () => {
    expect(foldForSearch('Migración SEGURA')).toBe('migracion segura');
    expect(foldForSearch('Niñas y niños, pingüino, Yoloxóchitl')).toBe('ninas y ninos, pinguino, yoloxochitl');
    expect(foldForSearch('Hñähñu Ayöök Diidxazá')).toBe('hnahnu ayook diidxaza');
  });

  it('folds composed and decomposed forms alike', () => {
    expect(foldForSearch('Migracio\u0301n')).toBe(foldForSearch('Migraci\u00f3n'));
  });

  it('folds every apostrophe and saltillo variant to one apostrophe', () => {
    for (const variant of ["n'aa", 'n’aa', 'n‘aa', 'nꞌaa', 'nꞋaa', 'nʼaa', 'n´aa', 'n`aa', 'n′aa']) {
      expect(foldForSearch(variant), variant).toBe("n'aa");
    }
    expect(foldForSearch('NꞋAA')).toBe("n'aa");
  });
});

describe('searchTokens', () => {
  it('splits on anything but letters, digits and apostrophes', () => {
    expect(searchTokens(foldForSearch('¿Salario mínimo 2026? ¡Sí!'))).toEqual(['salario', 'minimo', '2026', 'si']);
    expect(searchTokens('trabajo-infantil/niños_calle')).toEqual(['trabajo', 'infantil', 'niños', 'calle']);
  });

  it('keeps apostrophes inside words and drops them at the edges', () => {
    expect(searchTokens(foldForSearch("Me’phaa n'aa 'cita' tu'un'"))).toEqual(["me'phaa", "n'aa", 'cita', "tu'un"]);
    expect(searchTokens("'' ' n'")).toEqual(['n']);
  });

  it('ignores FTS5 syntax characters', () => {
    expect(searchTokens('"sal*" (OR) NEAR:^-+')).toEqual(['sal', 'OR', 'NEAR']);
    expect(searchTokens('')).toEqual([]);
  });
});
