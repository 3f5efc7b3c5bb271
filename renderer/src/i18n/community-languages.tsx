import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityLanguage } from '../../../shared/api/methods/ui-strings.ts';
import { es } from '../../../shared/locales/es.ts';
import { isUiLanguage } from '../../../shared/locales/index.ts';
import { PSEUDO_LOCALE, pseudoTree } from '../../../shared/text/pseudo-locale.ts';
import { useApi } from '../api/api-context.tsx';
import { defaultUiLanguage, storedCommunityLanguage } from './i18n.ts';

export type LanguagesState = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; languages: CommunityLanguage[] };

export interface CommunityLanguagesView {
  state: LanguagesState;
  /** The language the UI shows now: `es-MX`, `en`, a community tag or the pseudo-locale. */
  active: string;
  /** Shows the UI in any language: built in, a community translation (fetched first) or the pseudo-locale. */
  choose(code: string): Promise<void>;
  reload(): void;
}

const Context = createContext<CommunityLanguagesView | null>(null);

/**
 * The tag as the rest of Cabina writes it: i18next reports `qps-Ploc` for `qps-ploc` (it cases
 * subtags), built-in languages keep their spelling (`es-MX`), community tags are lowercase.
 */
export function uiLanguageTag(lng: string): string {
  const lower = lng.toLowerCase();
  if (lower === 'es-mx' || lower === 'es') return 'es-MX';
  return lower;
}

/**
 * UI languages added without a rebuild (issue #15 §3): the translations installed in the data
 * folder, loaded into i18next when chosen; what a translation lacks falls back to Spanish. The
 * last choice is remembered (i18n.ts) and restored once the core has the translation.
 */
export function CommunityLanguagesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [state, setState] = useState<LanguagesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [active, setActive] = useState(uiLanguageTag(i18n.language));
  const wanted = useRef(storedCommunityLanguage({ storage: globalThis.localStorage ?? null }));

  useEffect(() => {
    const follow = (lng: string) => setActive(uiLanguageTag(lng));
    i18n.on('languageChanged', follow);
    return () => i18n.off('languageChanged', follow);
  }, [i18n]);

  const load = useCallback(
    async (code: string) => {
      // i18next looks bundles up by its canonical form of the tag (`qps-ploc` → `qps-Ploc`).
      const key = i18n.services.languageUtils.formatLanguageCode(code);
      if (code === PSEUDO_LOCALE) {
        i18n.addResourceBundle(key, 'translation', pseudoTree(es), true, true);
      } else if (!isUiLanguage(code)) {
        const { strings } = await api.call('uiStrings.get', { code });
        // Replace, not merge: a re-imported translation may have dropped a string that was wrong.
        i18n.removeResourceBundle(key, 'translation');
        i18n.addResourceBundle(key, 'translation', strings, true, true);
      }
    },
    [api, i18n],
  );

  const choose = useCallback(
    async (code: string) => {
      await load(code);
      wanted.current = null;
      await i18n.changeLanguage(code);
    },
    [i18n, load],
  );

  useEffect(() => {
    let live = true;
    api.call('uiStrings.languages', {}).then(
      async (languages) => {
        if (!live) return;
        setState({ status: 'ready', languages });
        const now = uiLanguageTag(i18n.language);
        const restore = wanted.current;
        if (restore && (restore === PSEUDO_LOCALE || languages.some((l) => l.code === restore))) await choose(restore).catch(() => undefined);
        else if (!isUiLanguage(now) && now !== PSEUDO_LOCALE && !languages.some((l) => l.code === now)) await i18n.changeLanguage(defaultUiLanguage);
        // The translation in use was imported again: show the new strings.
        else if (!isUiLanguage(now) && now !== PSEUDO_LOCALE) await load(now).then(() => i18n.changeLanguage(now)).catch(() => undefined);
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt, choose, i18n, load]);
  useEffect(() => api.on('uiStrings.changed', () => setAttempt((n) => n + 1)), [api]);

  const view = useMemo<CommunityLanguagesView>(() => ({ state, active, choose, reload: () => setAttempt((n) => n + 1) }), [state, active, choose]);
  return <Context value={view}>{children}</Context>;
}

/** Null outside the provider (a component test of one page): only the built-in languages exist there. */
export function useCommunityLanguages(): CommunityLanguagesView | null {
  return useContext(Context);
}
