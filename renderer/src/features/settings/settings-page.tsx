import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { CatalogProvider } from '../../components/catalog-context.tsx';
import { StationForm } from './station-form.tsx';
import { useStationSettings } from './use-station-settings.ts';
import { BackupSection } from './backup-section.tsx';
import '../../styles/settings.css';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';
import { SpokenHelpSection } from './spoken-help-section.tsx';
import { TranslationSection } from './translation-section.tsx';

/** Ajustes (issue #11): the station's identity, reachable at any time after the first run. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { resource, retry } = useStationSettings();
  return (
    <section className="settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <SpokenHelpButton target="page.settings" />
      <p className="muted">{t('settings.intro')}</p>
      {resource.status === 'loading' && (
        <p className="state-message" data-testid="settings-loading">
          {t('settings.loading')}
        </p>
      )}
      {resource.status === 'error' && (
        <div className="state-message message-error" role="alert" data-testid="settings-error">
          <p>{t('settings.loadError')}</p>
          <p>{errorMessage(resource.error, t)}</p>
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {resource.status === 'ready' && (
        <CatalogProvider catalogs={resource.value.catalogs}>
          <StationForm idPrefix="settings" initial={resource.value.station} onSaved={() => undefined} />
          <SpokenHelpSection />
          <TranslationSection />
        </CatalogProvider>
      )}
      <BackupSection />
    </section>
  );
}
