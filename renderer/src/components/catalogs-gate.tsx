import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogs } from '../../../shared/domain/catalog.ts';
import { useApi } from '../api/api-context.tsx';
import { CatalogProvider } from './catalog-context.tsx';
import { loadCatalogs } from './load-catalogs.ts';
import { errorMessage } from '../i18n/error-message.ts';

type State = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; catalogs: Catalogs };

/** Loads the catalogs once for a page that names things with them (schedule forms, Informes). */
export function CatalogsGate({ children, testId }: { children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadCatalogs(api).then(
      (catalogs) => live && setState({ status: 'ready', catalogs }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  if (state.status === 'loading') return <p className="muted" data-testid={testId}>{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="state-message message-error" role="alert">
        <p>{t('library.catalogError')}</p>
        <p>{errorMessage(state.error, t)}</p>
        <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <CatalogProvider catalogs={state.catalogs}>{children}</CatalogProvider>;
}
