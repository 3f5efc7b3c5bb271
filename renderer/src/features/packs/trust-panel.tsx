import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { Fingerprint } from '../../components/fingerprint.tsx';
import { useRefreshOn } from './use-refresh-on.ts';

/** Trusted publishers: add by public key file, remove; the station's own fingerprint (issue #6). */
export function TrustPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { resource, retry } = useAsyncResource(async () => ({ own: await api.call('packs.keyInfo', {}), list: await api.call('packs.trustList', {}) }));
  useRefreshOn(refreshKey, retry);

  async function addKey(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      await api.call('packs.trustKey', { publicKeyPem: await file.text(), name: file.name.replace(/\.[^.]+$/, '') });
      retry();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="pack-panel" aria-labelledby="pack-trust-heading">
      <h2 id="pack-trust-heading">{t('packs.trust.heading')}</h2>
      {resource.status === 'loading' && <p className="state-message">{t('packs.loading')}</p>}
      {resource.status === 'error' && (
        <p className="message-error" role="alert">
          {errorMessage(resource.error, t)}
        </p>
      )}
      {resource.status === 'ready' && (
        <>
          <p className="small">
            {t('packs.trust.own')}: <Fingerprint value={resource.value.own.fingerprint} testId="own-fingerprint" />
          </p>
          {resource.value.list.length === 0 ? (
            <p className="state-message">{t('packs.trust.empty')}</p>
          ) : (
            <ul className="pack-items">
              {resource.value.list.map((p) => (
                <li key={p.fingerprint}>
                  {p.name} <span className="muted small">({t(`packs.trust.source.${p.source}`)})</span> <Fingerprint value={p.fingerprint} testId="trusted-fingerprint" />{' '}
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => void api.call('packs.untrust', { fingerprint: p.fingerprint }).then(retry, setError)}
                  >
                    {t('packs.trust.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('packs.trust.add')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".pem,.pub,text/plain"
        className="visually-hidden-input"
        aria-label={t('packs.trust.inputLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          void addKey(file);
        }}
      />
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
