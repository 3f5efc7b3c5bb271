import { useTranslation } from 'react-i18next';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { RecordView } from './record-view.tsx';
import '../../styles/record.css';

/** Grabar (issue #4): loads the language catalog, then the recorder. */
export function RecordPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { resource, retry } = useAsyncResource<LanguageEntry[]>(() => api.call('catalog.languages', {}));
  if (resource.status === 'loading') {
    return (
      <p className="state-message" data-testid="record-loading">
        {t('record.loading')}
      </p>
    );
  }
  if (resource.status === 'error') {
    return (
      <div className="state-message message-error page-error" role="alert" data-testid="record-error">
        <h1>{t('record.title')}</h1>
        <p>{t('record.loadError')}</p>
        <p>{errorMessage(resource.error, t)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <RecordView languages={resource.value} />;
}
