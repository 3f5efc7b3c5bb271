import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instantToWall } from '../../../../../shared/time/zoned-time.ts';
import { useApi } from '../../../api/api-context.tsx';
import { useAsyncResource } from '../../../hooks/use-async-resource.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import '../../../styles/asrun.css';
import { ConfirmDay } from './confirm-day.tsx';
import { ImportHistory } from './import-history.tsx';
import { LogImport } from './log-import.tsx';
import { UnmatchedLines } from './unmatched-lines.tsx';

/**
 * Informes › Lo que salió al aire (issue #13 §1, station side): import the playout log, see past
 * imports, settle unmatched lines, or confirm a day from the rundown. No props: the Informes shell
 * mounts it as a tab.
 */
export function AsRunPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const station = useAsyncResource(() => api.call('station.get', {}));
  const mappings = useAsyncResource(() => api.call('asrun.log.mappings', {}));
  const imports = useAsyncResource(() => api.call('asrun.log.imports', {}));
  const [limit, setLimit] = useState(100);
  const unmatched = useAsyncResource(() => api.call('asrun.unmatched', { offset: 0, limit }));
  const { retry: retryImports } = imports;
  const { retry: retryUnmatched } = unmatched;
  const { retry: retryMappings } = mappings;
  const [today] = useState(() => new Date());
  const refresh = useCallback(() => {
    retryImports();
    retryUnmatched();
    retryMappings();
  }, [retryImports, retryUnmatched, retryMappings]);
  // An import from the CLI or another window announces itself like the desk's marks do.
  useEffect(() => api.on('asrun.changed', refresh), [api, refresh]);

  if (station.resource.status === 'loading') return <p className="muted" data-testid="asrun-loading">{t('asrun.loading')}</p>;
  if (station.resource.status === 'error') {
    return (
      <p className="message-error" role="alert" data-testid="asrun-load-error">
        {errorMessage(station.resource.error, t)}{' '}
        <button type="button" className="button button-small" onClick={station.retry}>
          {t('asrun.retry')}
        </button>
      </p>
    );
  }
  const zone = station.resource.value.timeZone;
  return (
    <div className="asrun-panel" data-testid="asrun-panel">
      <h2>{t('asrun.title')}</h2>
      <p className="muted">{t('asrun.intro')}</p>
      <div className="asrun-grid">
        <LogImport timeZone={zone} saved={mappings.resource.status === 'ready' ? mappings.resource.value : []} onImported={refresh} />
        <UnmatchedLines
          page={unmatched.resource}
          timeZone={zone}
          onChanged={refresh}
          onRetry={retryUnmatched}
          onMore={() => {
            setLimit((n) => Math.min(500, n + 100));
            retryUnmatched();
          }}
        />
        <ImportHistory imports={imports.resource} timeZone={zone} onRetry={retryImports} />
        <ConfirmDay today={instantToWall(zone, today.getTime()).date} onConfirmed={refresh} />
      </div>
    </div>
  );
}
