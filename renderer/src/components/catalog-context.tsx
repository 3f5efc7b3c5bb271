import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogs, LanguageEntry, StateEntry, TopicEntry } from '../../../shared/domain/catalog.ts';
import { currentUiLanguage } from '../i18n/i18n.ts';

export interface CatalogView extends Catalogs {
  languageName(code: string): string;
  stateName(code: string): string;
  topicName(id: string): string;
  /** Languages sorted by their name in the UI language (Spanish collation for Spanish). */
  sortedLanguages: LanguageEntry[];
  sortedTopics: TopicEntry[];
  sortedStates: StateEntry[];
}

const CatalogContext = createContext<CatalogView | null>(null);

export function CatalogProvider({ catalogs, children }: { catalogs: Catalogs; children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = currentUiLanguage(i18n) === 'en';
  const view = useMemo<CatalogView>(() => {
    const collator = new Intl.Collator(english ? 'en' : 'es', { sensitivity: 'base' });
    const languageLabel = (l: LanguageEntry) => (english ? l.nameEn : l.nameEs);
    const topicLabel = (t: TopicEntry) => (english ? t.nameEn : t.nameEs);
    const languages = new Map(catalogs.languages.map((l) => [l.code, l]));
    const states = new Map(catalogs.states.map((s) => [s.code, s]));
    const topics = new Map(catalogs.topics.map((t) => [t.id, t]));
    return {
      ...catalogs,
      languageName: (code) => {
        const entry = languages.get(code);
        return entry ? languageLabel(entry) : code;
      },
      stateName: (code) => states.get(code)?.name ?? code,
      topicName: (id) => {
        const entry = topics.get(id);
        return entry ? topicLabel(entry) : id;
      },
      sortedLanguages: [...catalogs.languages].sort((a, b) => collator.compare(languageLabel(a), languageLabel(b))),
      sortedTopics: [...catalogs.topics].sort((a, b) => collator.compare(topicLabel(a), topicLabel(b))),
      sortedStates: [...catalogs.states].sort((a, b) => collator.compare(a.name, b.name)),
    };
  }, [catalogs, english]);
  return <CatalogContext value={view}>{children}</CatalogContext>;
}

export function useCatalogs(): CatalogView {
  const view = useContext(CatalogContext);
  if (!view) throw new Error('useCatalogs needs a <CatalogProvider>');
  return view;
}
