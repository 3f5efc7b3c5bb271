import { describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../shared/api/errors.ts';
import { en, es } from '../../../shared/locales/index.ts';

function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value as object, `${prefix}${key}.`),
  );
}

function lookup(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('locales', () => {
  it('English has exactly the Spanish keys', () => {
    expect(flatKeys(en).sort()).toEqual(flatKeys(es).sort());
  });

  it('no translation is empty', () => {
    for (const [name, tree] of [['es', es], ['en', en]] as const) {
      for (const key of flatKeys(tree)) expect(String(lookup(tree, key)).trim(), `${name}:${key}`).not.toBe('');
    }
  });

  it('every API error code has a sentence in both languages', () => {
    for (const code of errorCodeSchema.options) {
      expect(typeof lookup(es, `errors.${code}`), `es errors.${code}`).toBe('string');
      expect(typeof lookup(en, `errors.${code}`), `en errors.${code}`).toBe('string');
    }
  });

  it('every counted key has the one, many and other forms Spanish needs', () => {
    const keys = flatKeys(es);
    const counted = new Set(keys.filter((k) => /_(one|many|other)$/.test(k)).map((k) => k.replace(/_(one|many|other)$/, '')));
    expect(counted.size).toBeGreaterThan(0);
    for (const base of counted) {
      for (const form of ['one', 'many', 'other']) expect(keys, base).toContain(`${base}_${form}`);
    }
  });

  it('interpolation variables match between languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const key of flatKeys(es)) expect(vars(lookup(en, key)), key).toEqual(vars(lookup(es, key)));
  });
});
