import { BookPlus, ExternalLink } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Testimony } from '../../../../shared/domain/voices.ts';
import { useNavigation } from '../../app/navigation.tsx';
import { useApi } from '../../api/api-context.tsx';
import { formatCivilDate } from '../../i18n/civil-date.ts';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { JobProgress } from './job-progress.tsx';

interface Props {
  testimony: Testimony;
  blocked: 'noAudio' | 'noConsent' | null;
  onPublished(): void;
}

/**
 * "Llevar a la Biblioteca": the redacted, disguised audio becomes a draft segment (a job), so it
 * can be scheduled and sent in packs like any other. Then it opens in Editar, as a link.
 */
export function PublishForm({ testimony, blocked, onPublished }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { go } = useNavigation();
  const id = useId();
  const job = useJob();
  const [title, setTitle] = useState(() => t('voices.leave.publish.defaultTitle', { date: formatCivilDate(testimony.receivedOn, i18n.language) }));
  const [made, setMade] = useState<{ segmentId: string; versionId: string | null } | null>(testimony.segmentId ? { segmentId: testimony.segmentId, versionId: null } : null);

  const publish = () =>
    void job.run((jobId) => api.call('voices.publish', { id: testimony.id, jobId, title: title.trim() })).then(
      (r) => {
        setMade(r);
        onPublished();
      },
      () => undefined,
    );

  return (
    <>
      {made && (
        <p className="voices-note" role="status" data-testid="voices-published">
          {t('voices.leave.publish.done')}{' '}
          <button type="button" className="button button-small" data-testid="voices-open-segment" onClick={() => go('edit', { page: 'edit', segmentId: made.segmentId, versionId: made.versionId })}>
            <ExternalLink className="button-icon" aria-hidden="true" size={16} />
            {t('voices.leave.publish.open')}
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('voices.leave.publish.title')}</label>
        <input id={`${id}-title`} type="text" maxLength={200} data-testid="voices-publish-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="voices-leave-action">
        <button type="button" className="button" data-testid="voices-publish" disabled={blocked !== null || title.trim() === '' || job.running} aria-describedby={blocked ? `${id}-why` : undefined} onClick={publish}>
          <BookPlus className="button-icon" aria-hidden="true" size={16} />
          {made ? t('voices.leave.publish.again') : t('voices.leave.publish.button')}
        </button>
        {blocked && (
          <span id={`${id}-why`} className="voices-why small" data-testid="voices-publish-why">
            {t(`voices.leave.why.${blocked}.broadcast`)}
          </span>
        )}
      </div>
      {job.running && <JobProgress label={t('voices.leave.publish.running')} fraction={job.fraction} onCancel={job.cancel} testId="voices-publish-progress" />}
      {job.error !== null && (
        <p className="message-error" role="alert" data-testid="voices-publish-error">
          {t('voices.leave.publish.failed')} {errorMessage(job.error, t)}
        </p>
      )}
    </>
  );
}
