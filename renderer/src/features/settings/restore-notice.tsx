import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';

/**
 * Issue #12 "or the next start asks": after a restore was swapped in, a band above the start page
 * says so until the user keeps or undoes it in Ajustes. Nothing is shown when the core cannot tell.
 */
export function RestoreNotice({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('backup.restoreState', {}).then(
      (state) => live && setWaiting(state.state === 'confirm'),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (!waiting) return null;
  return (
    <section className="first-run" data-testid="restore-notice" aria-label={t('backup.confirmTitle')}>
      <p>{t('backup.notice')}</p>
      <button type="button" className="button button-primary" onClick={onOpen}>
        {t('backup.noticeOpen')}
      </button>
    </section>
  );
}
