import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLanguage, resources, type UiLanguage } from '../../../shared/locales/index.ts';
import { addLongDate } from '../../../shared/text/long-date.ts';
import { PSEUDO_LOCALE } from '../../../shared/text/pseudo-locale.ts';

const STORAGE_KEY = 'cabina.uiLanguage';
export const defaultUiLanguage: UiLanguage = 'es-MX';

export interface I18nEnv {
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  document?: Document | null;
}

function readStored(storage: I18nEnv['storage']): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function readStoredLanguage(storage: I18nEnv['storage']): UiLanguage {
  const stored = readStored(storage);
  return isUiLanguage(stored) ? stored : defaultUiLanguage;
}

/** A language tag as a community translation is keyed (`xty`, `mix-x-costa`, `qps-ploc`). */
const COMMUNITY_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/**
 * The community language (issue #15 §3) the user chose last time, if any. It is not built in, so
 * the app starts in Spanish and switches once the core has handed over the translation.
 */
export function storedCommunityLanguage(env: I18nEnv): string | null {
  const stored = readStored(env.storage);
  return stored !== null && !isUiLanguage(stored) && COMMUNITY_TAG.test(stored) ? stored : null;
}

/**
 * The page's `lang`: the pseudo-locale is Spanish text in disguise, and `qps` (a private-use code)
 * is not a language a screen reader or axe knows, so the page says Spanish, marked private.
 */
function documentLang(lng: string): string {
  return lng.toLowerCase() === PSEUDO_LOCALE ? 'es-x-pseudo' : lng;
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
    // No supportedLngs: a community translation (xty, zai…) is added at run time, and whatever it
    // leaves untranslated falls back to Spanish, the language every key is written in first.
    fallbackLng: 'es',
    defaultNS: 'translation',
    ns: ['translation'],
    initAsync: false,
    // React escapes text already; escaping twice would show `&amp;` in titles.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  // `{{receivedOn, longDate}}`: the core's ISO dates said in words (the CLI's translator registers it too).
  addLongDate(instance);
  const followLanguage = (lngNow: string) => {
    if (env.document) env.document.documentElement.lang = documentLang(lngNow);
    if (isUiLanguage(lngNow) || COMMUNITY_TAG.test(lngNow)) {
      try {
        env.storage?.setItem(STORAGE_KEY, lngNow);
      } catch {
        // Private mode or a full disk: the choice simply will not persist.
      }
    }
  };
  instance.on('languageChanged', followLanguage);
  if (env.document) env.document.documentElement.lang = documentLang(language);
  return instance;
}

/** The UI language as one of ours, whatever i18next resolved (`es`, `es-MX`, `en-US`…). */
export function currentUiLanguage(instance: I18n): UiLanguage {
  return instance.language.startsWith('en') ? 'en' : 'es-MX';
}
