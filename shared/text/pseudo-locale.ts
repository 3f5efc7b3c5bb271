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
/** Padding words: real translations are longer in words, and a page must be able to wrap them. */
const PAD_WORD = '~·~·~·';

/** `length` characters of padding: a first short run glued to the text, then words of six. */
function padding(length: number): string {
  const glued = Math.min(length, 2);
  let out = PAD_WORD.slice(0, glued);
  let left = length - glued;
  while (left > 0) {
    const word = PAD_WORD.slice(0, Math.min(PAD_WORD.length, left - 1));
    out += ` ${word}`;
    left -= word.length + 1;
  }
  return out;
}

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
  return extra === 0 ? body : `[${body}${padding(Math.max(0, extra - 2))}]`;
}

/** The whole resource tree in pseudo-locale, keys unchanged. */
export function pseudoTree(tree: unknown): unknown {
  if (typeof tree === 'string') return pseudoLocalize(tree);
  if (tree === null || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, pseudoTree(v)]));
}
