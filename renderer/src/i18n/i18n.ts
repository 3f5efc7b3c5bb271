import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLanguage, resources, type UiLanguage } from '../../../shared/locales/index.ts';

const STORAGE_KEY = 'cabina.uiLanguage';
export const defaultUiLanguage: UiLanguage = 'es-MX';

export interface I18nEnv {
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  document?: Document | null;
}

function readStoredLanguage(storage: I18nEnv['storage']): UiLanguage {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isUiLanguage(stored) ? stored : defaultUiLanguage;
  } catch {
    return defaultUiLanguage;
  }
}

/**
 * One instance per app (and per test). Spanish resources live under `es`, so `es-MX` resolves to them;
 * anything missing falls back to Spanish, the language every key is written in first.
 */
export function createI18n(env: I18nEnv = {}, lng?: UiLanguage): I18n {
  const instance = i18next.createInstance();
  const language = lng ?? readStoredLanguage(env.storage);
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'es',
    supportedLngs: ['es-MX', 'es', 'en'],
    defaultNS: 'translation',
    ns: ['translation'],
    initAsync: false,
    // React escapes text already; escaping twice would show `&amp;` in titles.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const followLanguage = (lngNow: string) => {
    if (env.document) env.document.documentElement.lang = lngNow;
    if (isUiLanguage(lngNow)) {
      try {
        env.storage?.setItem(STORAGE_KEY, lngNow);
      } catch {
        // Private mode or a full disk: the choice simply will not persist.
      }
    }
  };
  instance.on('languageChanged', followLanguage);
  if (env.document) env.document.documentElement.lang = language;
  return instance;
}

/** The UI language as one of ours, whatever i18next resolved (`es`, `es-MX`, `en-US`…). */
export function currentUiLanguage(instance: I18n): UiLanguage {
  return instance.language.startsWith('en') ? 'en' : 'es-MX';
}
