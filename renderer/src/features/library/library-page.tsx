import { useTranslation } from 'react-i18next';
import type { Catalogs } from '../../../../shared/domain/catalog.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { CatalogProvider } from '../../components/catalog-context.tsx';
import { loadCatalogs } from '../../components/load-catalogs.ts';
import { LibraryView } from './library-view.tsx';
import { AudioPlayerProvider } from '../../components/audio-player.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';

/** Loads the catalogs the whole page labels and filters with, then shows the library. */
export function LibraryPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { resource, retry } = useAsyncResource<Catalogs>(() => loadCatalogs(api));
  if (resource.status === 'loading') {
    return (
      <p className="state-message" data-testid="library-loading">
        {t('common.loading')}
      </p>
    );
  }
  if (resource.status === 'error') {
    return (
      <div className="state-message message-error page-error" role="alert" data-testid="library-error">
        <h1>{t('library.title')}</h1>
        <p>{t('library.catalogError')}</p>
        <p>{errorMessage(resource.error, t)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <CatalogProvider catalogs={resource.value}>
      <AudioPlayerProvider>
        <LibraryView />
      </AudioPlayerProvider>
    </CatalogProvider>
  );
}
