import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LibraryPage } from '../features/library/library-page.tsx';
import { AppHeader, type PageId } from './app-header.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

export function App() {
  const { t } = useTranslation();
  const [page, setPage] = useState<PageId>('library');
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader page={page} onNavigate={setPage} />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Keyed by page so a crash in one page is forgotten when the user moves on. */}
        <ErrorBoundary key={page}>{page === 'library' && <LibraryPage />}</ErrorBoundary>
      </main>
    </div>
  );
}
