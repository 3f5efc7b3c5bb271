import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { Fingerprint } from '../../../components/fingerprint.tsx';
import type { Resource } from '../../../hooks/use-async-resource.ts';
import { formatCivilDate } from '../../../i18n/civil-date.ts';
import { errorMessage } from '../../../i18n/error-message.ts';

type Stations = MethodOutput<'receipts.stations'>;

/** IREX's partner stations (issue #13 §3): who they are, their key, and when they last reported. */
export function StationList({ stations, stateName, onRetry }: { stations: Resource<Stations>; stateName: (code: string) => string; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  let body;
  if (stations.status === 'loading') body = <p className="muted" role="status" data-testid="receipt-stations-loading">{t('receipts.stations.loading')}</p>;
  else if (stations.status === 'error') {
    body = (
      <p className="message-error" role="alert" data-testid="receipt-stations-error">
        {errorMessage(stations.error, t)}{' '}
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('receipts.stations.retry')}
        </button>
      </p>
    );
  } else if (stations.value.length === 0) body = <p className="muted" data-testid="receipt-stations-empty">{t('receipts.stations.empty')}</p>;
  else {
    body = (
      <table className="asrun-table" data-testid="receipt-stations">
        <thead>
          <tr>
            <th scope="col">{t('receipts.stations.name')}</th>
            <th scope="col">{t('receipts.stations.callSign')}</th>
            <th scope="col">{t('receipts.stations.state')}</th>
            <th scope="col">{t('receipts.stations.fingerprint')}</th>
            <th scope="col">{t('receipts.stations.last')}</th>
          </tr>
        </thead>
        <tbody>
          {stations.value.map((s) => (
            <tr key={s.fingerprint} data-testid="receipt-station">
              <td>{s.name}</td>
              <td>{s.callSign}</td>
              <td>{s.stateCode ? stateName(s.stateCode) : t('receipts.stations.noState')}</td>
              <td>
                <Fingerprint value={s.fingerprint} />
              </td>
              {/* The day IREX imported it, on IREX's calendar (an ISO instant from the core). */}
              <td>{s.lastReceiptAt ? formatCivilDate(isoDay(s.lastReceiptAt), i18n.language) : t('receipts.stations.never')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section className="asrun-section" aria-labelledby="receipt-stations-title" data-testid="receipt-station-list">
      <h3 id="receipt-stations-title">{t('receipts.stations.title')}</h3>
      {body}
    </section>
  );
}

function isoDay(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant.slice(0, 10);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
