import { FileSpreadsheet, FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryScope } from './use-summary.ts';
import type { PlaceRole } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { currentUiLanguage } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { JobProgress } from './job-progress.tsx';

const FORMATS = [
  { format: 'csv', Icon: FileSpreadsheet },
  { format: 'pdf', Icon: FileText },
] as const;

/** The summary on screen as CSV or PDF (a job), in the UI language, offered with the file dialog. */
export function SummaryExport({ range, disabled }: { range: { from: string; to: string; placeRole: PlaceRole; scope: SummaryScope }; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [files, setFiles] = useState<string[] | null>(null);
  const start = (format: 'csv' | 'pdf') =>
    void job
      .run((jobId) => api.call('voices.summary.export', { ...range, jobId, format, lang: currentUiLanguage(i18n) === 'en' ? 'en' : 'es' }))
      .then((r) => setFiles(r.files), () => undefined);
  return (
    <div className="voices-summary-export">
      <div className="button-row">
        {FORMATS.map(({ format, Icon }) => (
          <button key={format} type="button" className="button" data-testid={`voices-summary-export-${format}`} disabled={disabled || job.running} onClick={() => start(format)}>
            <Icon className="button-icon" aria-hidden="true" size={16} />
            {t(`voices.summary.export.${format}`)}
          </button>
        ))}
      </div>
      {job.running && <JobProgress label={t('voices.summary.export.running')} fraction={job.fraction} onCancel={job.cancel} testId="voices-summary-export-progress" />}
      {job.error !== null && (
        <p className="message-error" role="alert" data-testid="voices-summary-export-error">
          {t('voices.summary.export.failed')} {errorMessage(job.error, t)}
        </p>
      )}
      {files && <FileResultDialog title={t('voices.summary.export.title')} files={files.map((path) => ({ path }))} onClose={() => setFiles(null)} />}
    </div>
  );
}
