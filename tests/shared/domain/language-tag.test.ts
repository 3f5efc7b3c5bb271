import { describe, expect, it } from 'vitest';
import { bcp47FromIso6393 } from '../../../shared/domain/language-tag.ts';

describe('BCP 47 tags from ISO 639-3 codes (RFC 5646: the shortest ISO 639 code)', () => {
  it('uses the two-letter code where ISO 639-1 has one', () => {
    expect(bcp47FromIso6393('spa')).toBe('es');
    expect(bcp47FromIso6393('ENG')).toBe('en');
  });
  it('keeps the three-letter code where none exists, private-use codes included', () => {
    expect(bcp47FromIso6393('mix')).toBe('mix');
    expect(bcp47FromIso6393('tcf')).toBe('tcf');
    expect(bcp47FromIso6393('qmx')).toBe('qmx');
  });
});
