import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { useApi } from '../../../api/api-context.tsx';
import type { Resource } from '../../../hooks/use-async-resource.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { stationMoment } from './asrun-format.ts';
import { VersionPicker } from './version-picker.tsx';

type Page = MethodOutput<'asrun.unmatched'>;

/** Lines no version matched: link one to a version (every line with its name follows) or ignore it. */
export function UnmatchedLines({ page, timeZone, onChanged, onRetry, onMore }: { page: Resource<Page>; timeZone: string; onChanged: () => void; onRetry: () => void; onMore: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [linking, setLinking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      setMessage(await work());
      setLinking(null);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="asrun-section" aria-labelledby="asrun-unmatched-heading" data-testid="asrun-unmatched">
      <h3 id="asrun-unmatched-heading">{t('asrun.unmatched.heading')}</h3>
      {page.status === 'loading' && <p className="muted">{t('asrun.loading')}</p>}
      {page.status === 'error' && (
        <p className="message-error" role="alert">
          {errorMessage(page.error, t)}{' '}
          <button type="button" className="button button-small" onClick={onRetry}>
            {t('asrun.retry')}
          </button>
        </p>
      )}
      {page.status === 'ready' && page.value.total === 0 && <p className="muted" data-testid="asrun-unmatched-empty">{t('asrun.unmatched.empty')}</p>}
      {page.status === 'ready' && page.value.total > 0 && (
        <>
          <p className="muted small">{t('asrun.unmatched.total', { count: page.value.total, titles: page.value.titles })}</p>
          <ul className="asrun-list">
            {page.value.lines.map((l) => (
              <li key={l.id} data-testid="asrun-unmatched-row">
                <strong>{l.title}</strong> <time dateTime={l.airedAt}>{stationMoment(l.airedAt, timeZone, i18n.language)}</time>
                {l.sameTitle > 1 && <span className="muted small"> {t('asrun.unmatched.same', { count: l.sameTitle - 1 })}</span>}
                <div className="asrun-actions">
                  <button type="button" className="button button-small" disabled={busy} onClick={() => setLinking(linking === l.id ? null : l.id)} aria-expanded={linking === l.id}>
                    {t('asrun.unmatched.link')}
                  </button>
                  <button type="button" className="button button-small" disabled={busy} data-testid="asrun-ignore" onClick={() => void act(async () => t('asrun.unmatched.ignored', { count: (await api.call('asrun.ignore', { id: l.id })).ignored }))}>
                    {t('asrun.unmatched.ignore')}
                  </button>
                </div>
                {linking === l.id && (
                  <VersionPicker initialQuery={l.title.replace(/\.[a-z0-9]{2,5}$/i, '')} disabled={busy} onPick={(versionId) => void act(async () => t('asrun.unmatched.linked', { count: (await api.call('asrun.link', { id: l.id, versionId })).linked }))} />
                )}
              </li>
            ))}
          </ul>
          {page.value.titles > page.value.lines.length && (
            <button type="button" className="button button-small" data-testid="asrun-unmatched-more" onClick={onMore}>
              {t('asrun.unmatched.more')}
            </button>
          )}
        </>
      )}
      {message && (
        <p role="status" data-testid="asrun-unmatched-message">
          {message}
        </p>
      )}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
