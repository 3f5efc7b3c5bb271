import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../../shared/api/methods/backup.ts';
import { formatSize } from '../../../../shared/text/format-size.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { BackupProgress, percent } from './backup-progress.tsx';
import { RestoreSection } from './restore-section.tsx';

/**
 * Respaldos (issue #12): where the daily backup goes (a folder or a connected USB drive), how many
 * to keep, at what station time, "Back up now" as a job with progress and cancel, and restore.
 */
export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const job = useJob();
  const { resource, retry } = useAsyncResource(async () => {
    const [settings, drives] = await Promise.all([api.call('backup.settings', {}), api.call('files.drives', {}).catch(() => [])]);
    return { settings, drives };
  });
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [listVersion, setListVersion] = useState(0);

  if (resource.status === 'loading') return <p className="state-message" data-testid="backup-loading">{t('backup.loading')}</p>;
  if (resource.status === 'error') {
    return (
      <div className="state-message message-error" role="alert" data-testid="backup-load-error">
        <p>{t('backup.loadError')}</p>
        <p>{errorMessage(resource.error, t)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const { settings, drives } = resource.value;
  const form = draft ?? { destination: settings.destination, keepLast: settings.keepLast, dailyTime: settings.dailyTime };
  const edit = (patch: Partial<BackupSettings>) => setDraft({ ...form, ...patch });
  const last = settings.lastRun;

  async function save() {
    setSaving(true);
    setError(null);
    setMessage(null);
    try {
      await api.call('backup.saveSettings', { ...form, destination: form.destination?.trim() || null });
      setDraft(null);
      setMessage(t('backup.saved'));
      retry();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  async function backupNow() {
    setError(null);
    setMessage(null);
    try {
      const r = await job.run((jobId) => api.call('backup.now', { jobId, ...(form.destination ? { destination: form.destination } : {}) }));
      setMessage(t('backup.done', { name: r.backup.name, copied: r.copiedFiles, size: formatSize(r.copiedBytes, i18n.language), skipped: r.skippedFiles }));
      setListVersion((n) => n + 1);
      retry();
    } catch (e) {
      if (isCancelledError(e)) setMessage(t('backup.cancelled'));
      else setError(e);
    }
  }

  return (
    <section className="settings-section" aria-labelledby="backup-title" data-testid="backup-panel">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field-label">{t('backup.destination')}</span>
          <input type="text" value={form.destination ?? ''} onChange={(e) => edit({ destination: e.target.value })} aria-describedby="backup-destination-hint" />
          <span id="backup-destination-hint" className="muted small">
            {t('backup.destinationHint')}
          </span>
        </label>
        <div className="button-row">
          {drives.length === 0 ? (
            <span className="muted small">{t('backup.drivesEmpty')}</span>
          ) : (
            drives.map((d) => (
              <button key={d.mountPath} type="button" className="button button-small" onClick={() => edit({ destination: d.mountPath })}>
                {t('backup.useDrive', { label: d.label })}
              </button>
            ))
          )}
        </div>
        <label className="field">
          <span className="field-label">{t('backup.keepLast')}</span>
          <input type="number" min={1} max={100} value={form.keepLast} onChange={(e) => edit({ keepLast: Math.max(1, Math.min(100, Number(e.target.value) || 1)) })} />
        </label>
        <label className="field">
          <span className="field-label">{t('backup.dailyTime')}</span>
          <input type="time" value={form.dailyTime} onChange={(e) => edit({ dailyTime: e.target.value || form.dailyTime })} />
          <span className="muted small">{t('backup.dailyHint')}</span>
        </label>
        <button type="submit" className="button" disabled={saving || draft === null}>
          {saving ? t('backup.saving') : t('backup.save')}
        </button>
      </form>
      {!settings.destination && <p className="state-message">{t('backup.noDestination')}</p>}
      <p className="muted" data-testid="backup-last">
        {!last ? t('backup.never') : last.error ? t('backup.lastFailed', { at: new Date(last.at).toLocaleString(i18n.language), reason: t(`errors.${last.error}`) }) : t('backup.lastOk', { name: last.backup ?? '' })}
      </p>
      {job.running ? (
        <BackupProgress label={t('backup.running', { percent: percent(job.fraction) })} fraction={job.fraction} cancelLabel={t('backup.cancel')} onCancel={job.cancel} />
      ) : (
        <button type="button" className="button button-primary" disabled={!form.destination?.trim()} onClick={() => void backupNow()}>
          {t('backup.now')}
        </button>
      )}
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
      {settings.destination && <RestoreSection key={`${settings.destination}:${listVersion}`} destination={settings.destination} />}
    </section>
  );
}
