import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './app-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { pages } from './pages.ts';

export function App() {
  const { t } = useTranslation();
  const [pageId, setPageId] = useState(pages[0]?.id ?? 'library');
  const Page = (pages.find((p) => p.id === pageId) ?? pages[0])?.Component;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader page={pageId} onNavigate={setPageId} />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Keyed by page so a crash in one page is forgotten when the user moves on. */}
        <ErrorBoundary key={pageId}>{Page && <Page />}</ErrorBoundary>
      </main>
    </div>
  );
}
