import { useTranslation } from 'react-i18next';
import { pages } from './pages.ts';
import { UiLanguageSelect } from './ui-language-select.tsx';

/** Only built pages appear in the nav (see pages.ts). */
export function AppHeader({ page, onNavigate }: { page: string; onNavigate: (page: string) => void }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('app.nav.label')} className="app-nav">
        <ul>
          {pages.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="nav-item"
                data-testid={entry.testId}
                data-help-target={`page.${entry.id}`}
                aria-current={page === entry.id ? 'page' : undefined}
                title={t(entry.hintKey)}
                onClick={() => onNavigate(entry.id)}
              >
                <entry.Icon className="nav-icon" aria-hidden="true" focusable="false" size={20} strokeWidth={2.2} />
                <span>{t(entry.labelKey)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <UiLanguageSelect />
    </header>
  );
}
