/**
 * Search folding shared by the index and the query: lower case, no accents, one apostrophe.
 * Indigenous orthographies write the glottal stop with ' ’ ‘ ꞌ ʼ ´ ` or a saltillo; a producer
 * types whichever their keyboard has, so all of them must meet (issue #2, DESIGN.md §3).
 */
const APOSTROPHES = /['\u2018\u2019\u02BC\u02B9\u02BB\uA78B\uA78C\u00B4\u0060\u2032]/g;

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .normalize('NFC');
}

/** Words of a folded text, apostrophes kept inside words ("n'aa"). */
export function searchTokens(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}']+/gu)?.map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w.length > 0) ?? [];
}
