import { describe, expect, it } from 'vitest';
import { matchLanguages } from '../../../renderer/src/components/language-match.ts';
import { catalogs } from '../fixtures.ts';

const codes = (text: string) => matchLanguages(catalogs.languages, text).map((l) => l.code);

describe('matchLanguages', () => {
  it('folds accents and case', () => {
    expect(codes('yolox')).toEqual(['xty']);
    expect(codes('NAHUATL')).toEqual(['ngu']);
  });

  it('matches apostrophe variants and none at all', () => {
    expect(codes('me’phaa')).toEqual(['tcf']);
    expect(codes('mephaa')).toEqual(['tcf']);
  });

  it('puts an exact ISO code first and matches every word', () => {
    expect(codes('mix')[0]).toBe('mix');
    expect(codes('mixteco mixtepec')).toEqual(['mix']);
  });

  it('finds by autonym and English name', () => {
    expect(codes('diidxaza')).toEqual(['zai']);
    expect(codes('isthmus')).toEqual(['zai']);
  });
});
