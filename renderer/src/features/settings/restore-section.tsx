import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreState } from '../../../../shared/api/methods/backup.ts';
import { formatSize } from '../../../../shared/text/format-size.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { BackupProgress, percent } from './backup-progress.tsx';

/**
 * The backups at the destination and restore (issue #12): verify first, then the swap waits for a
 * restart (the database is open while the app runs), then keep or undo.
 */
export function RestoreSection({ destination }: { destination: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const job = useJob();
  const { resource, retry } = useAsyncResource(async () => {
    const [backups, state] = await Promise.all([api.call('backup.list', { destination }), api.call('backup.restoreState', {})]);
    return { backups, state };
  });
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const [state, setState] = useState<RestoreState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function attempt(work: () => Promise<RestoreState>, done?: string) {
    setError(null);
    setMessage(null);
    try {
      setState(await work());
      if (done) setMessage(done);
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }

  const shown = state ?? (resource.status === 'ready' ? resource.value.state : null);
  return (
    <div className="settings-subsection" data-testid="restore-section">
      {shown?.state === 'restart' && (
        <p className="message-warning" role="status" data-testid="restore-restart">
          {t(shown.kind === 'restore' ? 'backup.restartRestore' : 'backup.restartUndo')}
        </p>
      )}
      {shown?.state === 'confirm' && (
        <div className="message-warning" role="status" data-testid="restore-confirm">
          <p>
            <strong>{t('backup.confirmTitle')}</strong> {t('backup.confirmText', { backup: shown.backup, aside: shown.asideDir })}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void attempt(() => api.call('backup.confirmRestore', { keep: true }), t('backup.kept'))}>
              {t('backup.keep')}
            </button>
            <button type="button" className="button" onClick={() => void attempt(() => api.call('backup.confirmRestore', { keep: false }))}>
              {t('backup.undo')}
            </button>
          </div>
        </div>
      )}
      <h3>{t('backup.listTitle')}</h3>
      {resource.status === 'loading' && <p className="state-message">{t('backup.listLoading')}</p>}
      {resource.status === 'error' && (
        <div className="message-error" role="alert">
          <p>{errorMessage(resource.error, t)}</p>
          <button type="button" className="button button-small" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {resource.status === 'ready' &&
        (resource.value.backups.length === 0 ? (
          <p className="state-message" data-testid="backup-list-empty">
            {t('backup.listEmpty')}
          </p>
        ) : (
          <ul className="backup-items" data-testid="backup-list">
            {resource.value.backups.map((b) => (
              <li key={b.dir}>
                {t('backup.listItem', { name: b.name, files: b.files, size: formatSize(b.bytes, i18n.language) })}{' '}
                <button type="button" className="button button-small" disabled={job.running} onClick={() => setAsking(b)}>
                  {t('backup.restore')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {asking && !job.running && (
        <div className="message-warning" role="alertdialog" aria-label={t('backup.restore')}>
          <p>{t('backup.restoreConfirm', { name: asking.name })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                const dir = asking.dir;
                setAsking(null);
                void attempt(() => job.run((jobId) => api.call('backup.restore', { jobId, dir })));
              }}
            >
              {t('backup.restoreYes')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('backup.restoreNo')}
            </button>
          </div>
        </div>
      )}
      {job.running && <BackupProgress label={t('backup.restoring', { percent: percent(job.fraction) })} fraction={job.fraction} cancelLabel={t('backup.cancel')} onCancel={job.cancel} />}
      {message && (
        <p className="message-success" role="status">
          {message}
        </p>
      )}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </div>
  );
}
