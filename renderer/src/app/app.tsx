import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header.tsx';
import { FirstRunSetup } from '../features/settings/first-run-setup.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { pages } from './pages.ts';

export function App() {
  const { t } = useTranslation();
  const [pageId, setPageId] = useState(pages[0]?.id ?? 'library');
  // The first-run setup sits above the start page only: moving elsewhere means "later" (Ajustes keeps it).
  const [startPage, setStartPage] = useState(true);
  const navigate = (id: string) => {
    setStartPage(false);
    setPageId(id);
  };
  const Page = (pages.find((p) => p.id === pageId) ?? pages[0])?.Component;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader page={pageId} onNavigate={navigate} />
      <main id="main" className="app-main" tabIndex={-1}>
        {startPage && <FirstRunSetup onSetUp={() => navigate('settings')} />}
        {/* Keyed by page so a crash in one page is forgotten when the user moves on. */}
        <ErrorBoundary key={pageId}>{Page && <Page />}</ErrorBoundary>
      </main>
    </div>
  );
}
