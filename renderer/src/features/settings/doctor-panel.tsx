import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorReport } from '../../../../shared/api/methods/backup.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { BackupProgress, percent } from './backup-progress.tsx';

/** Revisión de archivos (issue #12): every original checked against its sha256 name; repair from the newest backup. */
export function DoctorPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [report, setReport] = useState<DoctorReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);

  async function check(repair: boolean) {
    setError(null);
    setCancelled(false);
    try {
      setReport(await job.run((jobId) => api.call('backup.doctor', { jobId, repair })));
    } catch (e) {
      if (isCancelledError(e)) setCancelled(true);
      else setError(e);
    }
  }

  const issues = report ? [...report.missing, ...report.corrupt, ...report.orphans] : [];
  const label = { missing: t('doctor.missing'), corrupt: t('doctor.corrupt'), orphan: t('doctor.orphan') };
  return (
    <section className="settings-section" aria-labelledby="doctor-title" data-testid="doctor-panel">
      <h2 id="doctor-title">{t('doctor.title')}</h2>
      <p className="muted">{t('doctor.intro')}</p>
      {job.running ? (
        <BackupProgress label={t('doctor.running', { percent: percent(job.fraction) })} fraction={job.fraction} cancelLabel={t('doctor.cancel')} onCancel={job.cancel} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void check(false)}>
            {t('doctor.check')}
          </button>
          <button type="button" className="button" onClick={() => void check(true)}>
            {t('doctor.repair')}
          </button>
        </div>
      )}
      {!report && !job.running && !error && !cancelled && <p className="state-message">{t('doctor.none')}</p>}
      {cancelled && <p className="state-message">{t('doctor.cancelled')}</p>}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
      {report && !job.running && (
        <div data-testid="doctor-report">
          <p role="status">
            {issues.length === 0
              ? t('doctor.allGood', { count: report.checked })
              : t('doctor.summary', { count: report.checked, missing: report.missing.length, corrupt: report.corrupt.length, orphans: report.orphans.length })}
          </p>
          {issues.length > 0 && (
            <ul className="backup-items">
              {issues.map((i) => (
                <li key={`${i.problem}:${i.path}`}>
                  {label[i.problem]}: <code>{i.path}</code>
                  {i.problem !== 'orphan' && report.repairedFrom && <span className="muted small"> ({t(i.repaired ? 'doctor.repaired' : 'doctor.notRepaired')})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
