import { useTranslation } from 'react-i18next';
import { UiLanguageSelect } from './ui-language-select.tsx';

export type PageId = 'library';

/** Only built pages appear in the nav; later issues add Editar, Grabar, Programación… */
export function AppHeader({ page, onNavigate }: { page: PageId; onNavigate: (page: PageId) => void }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('app.nav.label')} className="app-nav">
        <ul>
          <li>
            <button
              type="button"
              className="nav-item"
              data-testid="nav-library"
              aria-current={page === 'library' ? 'page' : undefined}
              onClick={() => onNavigate('library')}
            >
              {t('app.nav.library')}
            </button>
          </li>
        </ul>
      </nav>
      <UiLanguageSelect />
    </header>
  );
}
