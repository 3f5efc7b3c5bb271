/**
 * ISO 639-3 (how versions are tagged) to a BCP 47 language tag (what RSS 2.0's `<language>`, the
 * Podcasting 2.0 `lang` attributes and HTML `lang` want). BCP 47 (RFC 5646 §2.2.1) takes the shortest
 * ISO 639 code: the two-letter ISO 639-1 code where one exists, else the three-letter code as is.
 * Of the languages aired on these stations only a few have a two-letter code; Mixteco (`mix`),
 * Me'phaa (`tcf`), Triqui (`trc`)… stay three letters. Codes `qaa`–`qtz` are valid private-use
 * subtags in BCP 47 too, so Cabina's `qmx` "Mixteco (variante sin especificar)" passes through.
 */
const TWO_LETTER: Readonly<Record<string, string>> = {
  spa: 'es',
  eng: 'en',
  fra: 'fr',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  cat: 'ca',
  nld: 'nl',
  zho: 'zh',
  ara: 'ar',
  hin: 'hi',
  jpn: 'ja',
  kor: 'ko',
  rus: 'ru',
  que: 'qu',
  grn: 'gn',
  aym: 'ay',
  hat: 'ht',
};

export function bcp47FromIso6393(code: string): string {
  const lower = code.trim().toLowerCase();
  return TWO_LETTER[lower] ?? lower;
}
