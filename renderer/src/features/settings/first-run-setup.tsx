import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import '../../styles/settings.css';

/**
 * The first run's invitation (issue #11), one short band above the start page until the station is
 * saved or the setup skipped; "Configurar ahora" opens Ajustes. A band, not the whole form: pages
 * below size themselves to the window (the library's list), and a tall form would starve them.
 * If the core cannot say whether setup is needed, nothing is shown: the station has safe defaults.
 */
export function FirstRunSetup({ onSetUp }: { onSetUp(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [needed, setNeeded] = useState(false);
  const [skipError, setSkipError] = useState<unknown>(null);
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
  if (!needed) return null;
  const skip = async () => {
    try {
      setNeeded((await api.call('station.skipSetup', {})).needed);
    } catch (error) {
      setSkipError(error);
    }
  };
  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <div>
        <h2 id="first-run-title">{t('settings.firstRun.title')}</h2>
        <p>{t('settings.firstRun.body')}</p>
        {skipError !== null && (
          <p className="message-error" role="alert">
            {errorMessage(skipError, t)}
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="first-run-setup" onClick={onSetUp}>
          {t('settings.firstRun.setUp')}
        </button>
        <button type="button" className="button" data-testid="first-run-skip" onClick={skip}>
          {t('settings.firstRun.skip')}
        </button>
      </div>
    </section>
  );
}
