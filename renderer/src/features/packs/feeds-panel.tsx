import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { PackPreview } from '../../../../shared/api/methods/packs.ts';
import { ApiError, isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { JobProgress } from './job-progress.tsx';
import { useJob } from '../../hooks/use-job.ts';

/** Feed subscriptions and the "new packs" they brought (issue #6 "Feed"). */
export function FeedsPanel({ onPreview }: { onPreview: (p: PackPreview) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<MethodOutput<'feeds.check'> | null>(null);
  const { resource, retry } = useAsyncResource(async () => ({ feeds: await api.call('feeds.list', {}), inbox: await api.call('feeds.inbox', {}) }));

  async function attempt(work: () => Promise<unknown>) {
    setError(null);
    try {
      await work();
      retry();
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }

  return (
    <section className="pack-panel" aria-labelledby="pack-feeds-heading">
      <h2 id="pack-feeds-heading">{t('packs.feeds.heading')}</h2>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(() => api.call('feeds.subscribe', { url }).then(() => setUrl('')));
        }}
      >
        <label className="field">
          <span className="field-label">{t('packs.feeds.urlLabel')}</span>
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
        </label>
        <button type="submit" className="button" disabled={url.trim() === ''}>
          {t('packs.feeds.subscribe')}
        </button>
      </form>
      {resource.status === 'loading' && <p className="state-message">{t('packs.loading')}</p>}
      {resource.status === 'error' && (
        <p className="message-error" role="alert">
          {errorMessage(resource.error, t)}
        </p>
      )}
      {resource.status === 'ready' && (
        <>
          {resource.value.feeds.length === 0 ? (
            <p className="state-message">{t('packs.feeds.empty')}</p>
          ) : (
            <ul className="pack-items">
              {resource.value.feeds.map((f) => (
                <li key={f.id}>
                  {f.url} {f.lastError && <span className="message-error small">{t('packs.feeds.lastError', { code: t(`errors.${f.lastError}`) })}</span>}
                </li>
              ))}
            </ul>
          )}
          {job.running ? (
            <JobProgress label={t('packs.feeds.check')} fraction={job.fraction} onCancel={job.cancel} />
          ) : (
            <button type="button" className="button" disabled={resource.value.feeds.length === 0} onClick={() => void attempt(() => job.run((jobId) => api.call('feeds.check', { jobId })).then(setChecked))}>
              {t('packs.feeds.check')}
            </button>
          )}
          {checked && (
            <div role="status">
              <p className="state-message">{t('packs.feeds.checked', { packs: checked.downloaded, receipts: checked.receipts })}</p>
              {checked.errors.length > 0 && (
                <ul className="message-error small">
                  {checked.errors.map((e) => (
                    <li key={`${e.url}:${e.code}`}>{t('packs.feeds.checkFailed', { url: e.url, error: errorMessage(new ApiError(e.error?.code ?? 'internal', e.error?.message ?? e.code, e.error?.details), t) })}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <h3>{t('packs.feeds.inbox')}</h3>
          {resource.value.inbox.filter((e) => e.status === 'new').length === 0 ? (
            <p className="state-message">{t('packs.feeds.inboxEmpty')}</p>
          ) : (
            <ul className="pack-items">
              {resource.value.inbox
                .filter((e) => e.status === 'new')
                .map((e) => (
                  <li key={e.id}>
                    {e.title} <span className="muted small">v{e.packVersion}</span>{' '}
                    <button type="button" className="button button-small" onClick={() => void attempt(() => job.run((jobId) => api.call('packs.openInbox', { jobId, inboxId: e.id })).then(onPreview))}>
                      {t('packs.feeds.openInbox')}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
