import { FileOutput } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { useApi } from '../../../api/api-context.tsx';
import { DateField } from '../../../components/date-field.tsx';
import { FileResultDialog } from '../../../components/file-result-dialog.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';

type Built = MethodOutput<'receipts.build'>;

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The previous calendar month in local time: a station sends one receipt a month (issue #13 §2). */
export function lastMonth(now = new Date()): { from: string; to: string } {
  return { from: iso(new Date(now.getFullYear(), now.getMonth() - 1, 1)), to: iso(new Date(now.getFullYear(), now.getMonth(), 0)) };
}

/** Station side: sign what aired in a range into a small file, offered like every produced file. */
export function ReceiptBuild() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [range, setRange] = useState(() => lastMonth());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [offering, setOffering] = useState(false);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to);
  const ordered = !valid || range.from <= range.to;

  async function build() {
    setBusy(true);
    setError(null);
    setBuilt(null);
    try {
      const done = await api.call('receipts.build', { from: range.from, to: range.to });
      setBuilt(done);
      setOffering(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="asrun-section" aria-labelledby={`${id}-title`} data-testid="receipt-build">
      <h3 id={`${id}-title`}>{t('receipts.build.title')}</h3>
      <p className="muted small">{t('receipts.build.hint')}</p>
      <label htmlFor={`${id}-from`}>{t('receipts.build.from')}</label>
      <DateField id={`${id}-from`} testId="receipt-from" value={range.from} onChange={(from) => setRange((r) => ({ ...r, from }))} aria-invalid={!ordered} />
      <label htmlFor={`${id}-to`}>{t('receipts.build.to')}</label>
      <DateField id={`${id}-to`} testId="receipt-to" value={range.to} onChange={(to) => setRange((r) => ({ ...r, to }))} aria-invalid={!ordered} />
      {!ordered && (
        <p className="message-error" role="alert" data-testid="receipt-range-error">
          {t('receipts.build.badRange')}
        </p>
      )}
      <button type="button" className="button button-primary" data-testid="receipt-build-run" disabled={busy || !valid || !ordered} onClick={() => void build()}>
        <FileOutput className="button-icon" aria-hidden="true" focusable="false" size={16} />
        {t('receipts.build.action')}
      </button>
      {busy && (
        <p className="muted" role="status" data-testid="receipt-building">
          {t('receipts.build.working')}
        </p>
      )}
      {built && (
        <div role="status" data-testid="receipt-built">
          <p>{t('receipts.build.done', { count: built.airings })}</p>
          {built.airings === 0 && <p className="muted small" data-testid="receipt-built-empty">{t('receipts.build.empty')}</p>}
        </div>
      )}
      {built && offering && (
        <FileResultDialog title={t('receipts.build.done', { count: built.airings })} files={[{ path: built.path, name: built.fileName }]} onClose={() => setOffering(false)} />
      )}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="receipt-build-error">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
