/**
 * Locale trees are plain nested objects of strings. Spanish is the source of truth: every other
 * language must have exactly its keys, which `satisfies LocaleTree<typeof …>` checks at compile time
 * (an excess or missing key fails typecheck) and tests/renderer/i18n/locale-parity.test.ts checks
 * again at run time.
 */
export type LocaleTree<T> = { [K in keyof T]: T[K] extends string ? string : LocaleTree<T[K]> };

/** Languages the UI can be shown in; `es-MX` is the default for Mexican stations. */
export const uiLanguages = ['es-MX', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}
