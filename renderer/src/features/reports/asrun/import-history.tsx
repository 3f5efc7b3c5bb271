import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { logImportSchema } from '../../../../../shared/api/methods/asrun.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import type { Resource } from '../../../hooks/use-async-resource.ts';
import { stationMoment } from './asrun-format.ts';

type Row = z.infer<typeof logImportSchema>;

/** Every imported log, newest first, with what it brought. */
export function ImportHistory({ imports, timeZone, onRetry }: { imports: Resource<Row[]>; timeZone: string; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="asrun-section" aria-labelledby="asrun-history-heading" data-testid="asrun-history">
      <h3 id="asrun-history-heading">{t('asrun.history.heading')}</h3>
      {imports.status === 'loading' && <p className="muted">{t('asrun.loading')}</p>}
      {imports.status === 'error' && (
        <p className="message-error" role="alert">
          {errorMessage(imports.error, t)}{' '}
          <button type="button" className="button button-small" onClick={onRetry}>
            {t('asrun.retry')}
          </button>
        </p>
      )}
      {imports.status === 'ready' && imports.value.length === 0 && <p className="muted" data-testid="asrun-history-empty">{t('asrun.history.empty')}</p>}
      {imports.status === 'ready' && imports.value.length > 0 && (
        <ul className="asrun-list">
          {imports.value.map((r) => (
            <li key={r.id} data-testid="asrun-history-row">
              <strong>{t('asrun.history.row', { file: r.fileName, preset: t(`asrun.import.presets.${r.preset}`), date: stationMoment(r.importedAt, timeZone, i18n.language) })}</strong>
              <br />
              <span className="muted small">{t('asrun.history.counts', r)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
