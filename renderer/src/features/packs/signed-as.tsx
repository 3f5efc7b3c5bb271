import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { useNavigation } from '../../app/navigation.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { useRefreshOn } from './use-refresh-on.ts';

/**
 * Who the packs built here say they come from (issue #11): the publisher name Ajustes keeps (empty
 * there = the station's name), with the way to change it one click away.
 */
export function SignedAs({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const { go } = useNavigation();
  const { resource, retry } = useAsyncResource(() => api.call('packs.keyInfo', {}));
  useRefreshOn(refreshKey, retry);
  return (
    <div className="pack-signed-as" data-testid="pack-signed-as">
      {resource.status === 'loading' && <span className="muted">{t('packs.loading')}</span>}
      {resource.status === 'error' && (
        <span className="message-error" role="alert">
          {errorMessage(resource.error, t)}{' '}
          <button type="button" className="button button-small" onClick={retry}>
            {t('common.retry')}
          </button>
        </span>
      )}
      {resource.status === 'ready' && (
        <span data-testid="pack-publisher-name">{t('packs.build.signedAs', { name: resource.value.publisherName })}</span>
      )}{' '}
      <button type="button" className="button button-small button-quiet" onClick={() => go('settings')} data-testid="pack-change-publisher">
        {t('packs.build.changePublisher')}
      </button>
    </div>
  );
}
