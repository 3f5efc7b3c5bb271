import { en } from './en.ts';
import { es } from './es.ts';

export { en } from './en.ts';
export { es, type LocaleResource } from './es.ts';
export { isUiLanguage, uiLanguages, type LocaleTree, type UiLanguage } from './locale-types.ts';

/** i18next resources: Spanish under `es` so `es-MX` (and any other Spanish) falls back to it. */
export const resources = {
  es: { translation: es },
  en: { translation: en },
} as const;
