/**
 * The pseudo-locale of issue #15 §3: every Spanish string accented and about 40 % longer, so a page
 * that clips or overlaps a longer translation shows it before a translator's work does. Placeholders
 * (`{{n}}`, `{{count, number}}`) pass untouched so i18next still fills them.
 */
export const PSEUDO_LOCALE = 'qps-ploc';

const ACCENTED: Record<string, string> = {
  a: 'á', e: 'ë', i: 'ï', o: 'ô', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Å', E: 'Ë', I: 'Ï', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};
const PAD = '~·';

export function pseudoLocalize(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  let letters = 0;
  const body = parts
    .map((part) => {
      if (part.startsWith('{{')) return part;
      letters += part.length;
      return [...part].map((ch) => ACCENTED[ch] ?? ch).join('');
    })
    .join('');
  // 40 % longer, counted on the words (a placeholder's value has its own length at run time).
  const extra = Math.ceil(letters * 0.4);
  return extra === 0 ? body : `[${body}${PAD.repeat(Math.ceil(extra / PAD.length)).slice(0, Math.max(0, extra - 2))}]`;
}

/** The whole resource tree in pseudo-locale, keys unchanged. */
export function pseudoTree(tree: unknown): unknown {
  if (typeof tree === 'string') return pseudoLocalize(tree);
  if (tree === null || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, pseudoTree(v)]));
}
