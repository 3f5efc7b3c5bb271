import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { CatalogProvider } from '../library/catalog-context.tsx';
import { StationForm } from './station-form.tsx';
import { useStationSettings } from './use-station-settings.ts';
import '../../styles/settings.css';

/**
 * The first run's setup (issue #11), shown above the first page until the station is saved or the
 * setup skipped. It never blocks the app: if the core cannot say whether setup is needed, nothing
 * is shown (the station still has safe defaults and Ajustes is one click away).
 */
export function FirstRunSetup() {
  const api = useApi();
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('station.setupStatus', {}).then(
      (status) => live && setNeeded(status.needed),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return needed ? <FirstRunPanel onDone={() => setNeeded(false)} /> : null;
}

function FirstRunPanel({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { resource, retry } = useStationSettings();
  const [skipError, setSkipError] = useState<unknown>(null);
  const skip = async () => {
    try {
      await api.call('station.skipSetup', {});
      onDone();
    } catch (error) {
      setSkipError(error);
    }
  };
  const skipButton = (
    <button type="button" className="button" data-testid="first-run-skip" onClick={skip}>
      {t('settings.firstRun.skip')}
    </button>
  );
  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('settings.firstRun.title')}</h2>
      <p>{t('settings.firstRun.body')}</p>
      {resource.status === 'loading' && <p className="state-message">{t('settings.loading')}</p>}
      {resource.status === 'error' && (
        <div className="message-error" role="alert">
          <p>{t('settings.loadError')}</p>
          <p>{errorMessage(resource.error, t)}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={retry}>
              {t('common.retry')}
            </button>
            {skipButton}
          </div>
        </div>
      )}
      {resource.status === 'ready' && (
        <CatalogProvider catalogs={resource.value.catalogs}>
          <StationForm idPrefix="first-run" initial={resource.value.station} onSaved={onDone} actions={skipButton} />
        </CatalogProvider>
      )}
      {skipError !== null && (
        <p className="message-error" role="alert">
          {errorMessage(skipError, t)}
        </p>
      )}
    </section>
  );
}
