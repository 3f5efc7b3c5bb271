import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import type { ApiErrorData } from '../../../../../shared/api/errors.ts';
import { ApiError } from '../../../api/api-client.ts';
import { Fingerprint } from '../../../components/fingerprint.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';

export type ImportResults = MethodOutput<'receipts.import'>;

/** The station a `receipt.unknown_station` refusal names, read from its details. */
export function unknownStation(error: ApiErrorData): { station: string; fingerprint: string } | null {
  if (error.code !== 'receipt.unknown_station') return null;
  const { station, fingerprint } = error.details ?? {};
  return typeof station === 'string' && typeof fingerprint === 'string' && /^[0-9a-f]{64}$/.test(fingerprint) ? { station, fingerprint } : null;
}

/** One line per file, in the order chosen: a refused file never hides the ones that went in. */
export function ReceiptResults({ results, busy, onTrust }: { results: ImportResults; busy: boolean; onTrust: (fingerprint: string) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="asrun-list" aria-label={t('receipts.import.results')} data-testid="receipt-results">
      {results.map((r, i) => {
        if (r.ok) {
          return (
            // Index keys: one row per chosen file, in order, never reordered.
            <li key={i} data-testid="receipt-result-ok">
              {t('receipts.import.imported', r.value)}
            </li>
          );
        }
        const error = new ApiError(r.error.code, r.error.message, r.error.details);
        const unknown = unknownStation(r.error);
        return (
          <li key={i} className="message-error" data-testid="receipt-result-refused">
            <span role="alert">{errorMessage(error, t, { name: r.name })}</span>
            {unknown && (
              <>
                <br />
                <span className="muted small">{t('receipts.import.fingerprintLabel')} </span>
                <Fingerprint value={unknown.fingerprint} testId="receipt-unknown-fingerprint" />{' '}
                <button type="button" className="button button-small" data-testid="receipt-trust" disabled={busy} onClick={() => onTrust(unknown.fingerprint)}>
                  {t('receipts.import.trust')}
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
