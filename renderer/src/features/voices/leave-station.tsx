import { BookPlus, FileAudio, Radio } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import { consentCovers, type Testimony } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { JobProgress } from './job-progress.tsx';
import { PublishForm } from './publish-form.tsx';

type ExportUse = MethodInput<'voices.export'>['use'];

/** Why an audio cannot leave for this use, or null when it may (the core checks again and refuses alike). */
export function blockedReason(testimony: Testimony, use: ExportUse): 'noAudio' | 'noConsent' | null {
  if (!testimony.assetId) return 'noAudio';
  return consentCovers(testimony.consents, use) ? null : 'noConsent';
}

/**
 * How a testimony leaves the station: its redacted (and disguised) audio for air or for an
 * authority's report, or into the Library to air and travel in packs. Each needs its consent;
 * a button that cannot be used says why beside it.
 */
export function LeaveStation({ testimony, onChanged }: { testimony: Testimony; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const job = useJob();
  const [files, setFiles] = useState<string[] | null>(null);
  const [running, setRunning] = useState<ExportUse | null>(null);

  const exportFor = (use: ExportUse) => {
    setRunning(use);
    void job
      .run((jobId) => api.call('voices.export', { id: testimony.id, jobId, use }))
      .then((r) => setFiles(r.files), () => undefined)
      .finally(() => setRunning(null));
  };

  return (
    <section className="voices-section" aria-labelledby={`${id}-heading`} data-testid="voices-leave">
      <h3 id={`${id}-heading`}>{t('voices.leave.heading')}</h3>
      <p className="hint">{t('voices.leave.intro')}</p>
      {(['broadcast', 'anonymised'] as const).map((use) => {
        const reason = blockedReason(testimony, use);
        return (
          <div key={use} className="voices-leave-action">
            <button type="button" className="button" data-testid={`voices-export-${use}`} disabled={reason !== null || job.running} aria-describedby={reason ? `${id}-${use}-why` : undefined} onClick={() => exportFor(use)}>
              {use === 'broadcast' ? <Radio className="button-icon" aria-hidden="true" size={16} /> : <FileAudio className="button-icon" aria-hidden="true" size={16} />}
              {t(`voices.leave.export.${use}`)}
            </button>
            {reason && (
              <span id={`${id}-${use}-why`} className="voices-why small" data-testid={`voices-export-${use}-why`}>
                {t(`voices.leave.why.${reason}.${use}`)}
              </span>
            )}
          </div>
        );
      })}
      {job.running && running && <JobProgress label={t(`voices.leave.exporting.${running}`)} fraction={job.fraction} onCancel={job.cancel} testId="voices-export-progress" />}
      {job.error !== null && (
        <p className="message-error" role="alert" data-testid="voices-export-error">
          {t('voices.leave.exportFailed')} {errorMessage(job.error, t)}
        </p>
      )}
      {files && <FileResultDialog title={t('voices.leave.exported')} files={files.map((path) => ({ path }))} onClose={() => setFiles(null)} />}
      <div className="voices-publish">
        <h4>
          <BookPlus className="button-icon" aria-hidden="true" size={16} />
          {t('voices.leave.publish.heading')}
        </h4>
        <PublishForm testimony={testimony} blocked={blockedReason(testimony, 'broadcast')} onPublished={onChanged} />
      </div>
    </section>
  );
}
