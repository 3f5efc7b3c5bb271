import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header.tsx';
import { FirstRunSetup } from '../features/settings/first-run-setup.tsx';
import { RestoreNotice } from '../features/settings/restore-notice.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { NavigationProvider, type PageIntent } from './navigation.tsx';
import { pages } from './pages.ts';
import { SpokenHelpProvider } from '../components/spoken-help/spoken-help-context.tsx';
import { CommunityLanguagesProvider } from '../i18n/community-languages.tsx';
import { pageHelpTarget } from '../../../shared/domain/help-targets.ts';

export function App() {
  const { t } = useTranslation();
  const [pageId, setPageId] = useState(pages[0]?.id ?? 'library');
  // The first-run setup sits above the start page only: moving elsewhere means "later" (Ajustes keeps it).
  const [startPage, setStartPage] = useState(true);
  const [intent, setIntent] = useState<{ value: PageIntent | null; key: number }>({ value: null, key: 0 });
  const navigate = (id: string, next?: PageIntent) => {
    setStartPage(false);
    setPageId(id);
    // An intent remounts the page even when it is already open, so it starts from that intent.
    setIntent((current) => ({ value: next ?? null, key: next ? current.key + 1 : current.key }));
  };
  const Page = (pages.find((p) => p.id === pageId) ?? pages[0])?.Component;
  return (
    // Issue #15: spoken help for every page; F1 with nothing of its own focused explains the open page.
    <CommunityLanguagesProvider>
    <SpokenHelpProvider pageTarget={pageHelpTarget(pageId)}>
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader page={pageId} onNavigate={navigate} />
      <main id="main" className="app-main" tabIndex={-1}>
        {startPage && <FirstRunSetup onSetUp={() => navigate('settings')} />}
        {startPage && <RestoreNotice onOpen={() => navigate('settings')} />}
        {/* Keyed by page so a crash in one page is forgotten when the user moves on. */}
        <NavigationProvider value={{ go: navigate, intent: intent.value }}>
          <ErrorBoundary key={`${pageId}-${intent.key}`}>{Page && <Page />}</ErrorBoundary>
        </NavigationProvider>
      </main>
    </div>
    </SpokenHelpProvider>
    </CommunityLanguagesProvider>
  );
}
