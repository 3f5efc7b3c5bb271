import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context.tsx';
import { useAsyncResource } from '../../../hooks/use-async-resource.ts';
import '../../../styles/asrun.css';
import { ReceiptBuild } from './receipt-build.tsx';
import { ReceiptImport } from './receipt-import.tsx';
import { StationList } from './station-list.tsx';

/**
 * Informes › Recibos (issue #13 §2–3): the station sends what aired to IREX; IREX imports the
 * receipts and keeps its list of stations. Both sides live in one tab: the same app serves both.
 */
export function ReceiptsPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const stations = useAsyncResource(() => api.call('receipts.stations', {}));
  // The INEGI catalog names the states; until it loads (or if it fails) the code stands in.
  const regions = useAsyncResource(() => api.call('catalog.regions', {}));
  const names = new Map(regions.resource.status === 'ready' ? regions.resource.value.map((s) => [s.code, s.name]) : []);
  return (
    <div className="asrun-panel" data-testid="receipts-panel">
      <h2>{t('receipts.title')}</h2>
      <div className="asrun-grid">
        <ReceiptBuild />
        <ReceiptImport onImported={stations.retry} />
        <StationList stations={stations.resource} stateName={(code) => names.get(code) ?? code} onRetry={stations.retry} />
      </div>
    </div>
  );
}
