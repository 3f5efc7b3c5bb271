import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoTree } from '../../../shared/text/pseudo-locale.ts';

describe('pseudo-locale (issue #15 §3)', () => {
  it('accents the letters, brackets the text and makes it about 40 % longer', () => {
    const out = pseudoLocalize('Biblioteca');
    expect(out).toMatch(/^\[Bïblïôtëçá/);
    expect(out.endsWith(']')).toBe(true);
    expect(out.length).toBe(Math.round('Biblioteca'.length * 1.4));
  });

  it('keeps i18next placeholders untouched so they are still filled', () => {
    const out = pseudoLocalize('Guardar {{count, number}} audios de {{name}}');
    expect(out).toContain('{{count, number}}');
    expect(out).toContain('{{name}}');
    expect(out).not.toContain('{{cöüñt');
  });

  it('pads long text with words a line can break between, not one unbreakable run', () => {
    const source = 'Exporta los textos de Cabina para traducirlos a tu lengua y usar la traducción sin instalar nada.';
    const out = pseudoLocalize(source);
    const longestWord = Math.max(...out.split(' ').map((w) => w.length));
    expect(longestWord).toBeLessThanOrEqual(14);
    expect(out.length).toBeGreaterThanOrEqual(Math.floor(source.length * 1.4));
  });

  it('leaves an empty string empty and walks a resource tree keeping its keys', () => {
    expect(pseudoLocalize('')).toBe('');
    expect(pseudoTree({ app: { name: 'Cabina', n: 3 } })).toEqual({ app: { name: pseudoLocalize('Cabina'), n: 3 } });
  });
});
