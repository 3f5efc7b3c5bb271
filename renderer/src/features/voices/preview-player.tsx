import { Headphones } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';
import { JobProgress } from './job-progress.tsx';

interface Props {
  testimonyId: string;
  /** Unsaved spans are saved first: the preview is made from what the core holds. Null when nothing waits. */
  beforePreview: (() => Promise<boolean>) | null;
}

/** "Escuchar como saldrá": the core renders it redacted and disguised (a job), and it plays here. */
export function PreviewPlayer({ testimonyId, beforePreview }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [preview, setPreview] = useState<{ mediaId: string; durationSec: number } | null>(null);

  async function listen() {
    if (beforePreview && !(await beforePreview())) return;
    setPreview(null);
    // useJob keeps the failure to show (a cancel is not one): nothing more to do with it here.
    await job.run((jobId) => api.call('voices.preview', { id: testimonyId, jobId })).then(setPreview, () => undefined);
  }

  return (
    <div className="voices-preview" data-testid="voices-preview">
      {job.running ? (
        <JobProgress label={t('voices.preview.running')} fraction={job.fraction} onCancel={job.cancel} testId="voices-preview-progress" />
      ) : (
        <button type="button" className="button" data-testid="voices-preview-button" onClick={() => void listen()}>
          <Headphones className="button-icon" aria-hidden="true" size={16} />
          {t('voices.preview.button')}
        </button>
      )}
      {job.error !== null && (
        <p className="message-error" role="alert" data-testid="voices-preview-error">
          {t('voices.preview.failed')} {errorMessage(job.error, t)}
        </p>
      )}
      {preview && (
        <figure className="voices-preview-player">
          <figcaption className="small">{t('voices.preview.ready', { duration: formatDuration(preview.durationSec) })}</figcaption>
          <audio controls autoPlay src={api.mediaUrl(preview.mediaId)} data-testid="voices-preview-audio" aria-label={t('voices.preview.audioLabel')} />
        </figure>
      )}
    </div>
  );
}
