import { Pause, Play } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageTask } from '../../../../shared/domain/production.ts';
import { useApi } from '../../api/api-context.tsx';
import { useAudioPlayer } from '../../components/audio-player.tsx';
import '../../styles/production-recordings.css';

/**
 * Review (issue #14 §1): the take recorded for this task, played as it airs, next to the
 * back-translation the reviewer listens to (when it was spoken) or reads below. Nothing to review
 * before a take exists.
 */
export function TakePlay({ task, title, language }: { task: LanguageTask; title: string; language: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const player = useAudioPlayer();
  const id = useId();
  if (!task.versionId) return <p className="muted small" data-testid="production-no-take">{t('production.task.noTake')}</p>;
  const versionId = task.versionId;
  const active = player.current?.versionId === versionId && player.playing;
  const label = t(active ? 'production.task.pauseTake' : 'production.task.playTake', { language });
  const back = task.backTranslationRecording;
  return (
    <div className="production-review" role="group" aria-labelledby={`${id}-review`} data-testid="production-review">
      <h4 id={`${id}-review`}>{t('production.review.heading')}</h4>
      <div className="button-row">
        <button type="button" className="button" data-testid="production-play-take" aria-pressed={active} onClick={() => player.toggle({ segmentId: task.segmentId, versionId, title: `${title} · ${language}` })}>
          {active ? <Pause className="button-icon" aria-hidden="true" size={16} /> : <Play className="button-icon" aria-hidden="true" size={16} />}
          {label}
        </button>
        {back ? (
          <audio controls preload="none" src={api.mediaUrl(back.assetId)} data-testid="production-review-back-audio" aria-label={t('production.recording.back.play', { language })} />
        ) : (
          <span className="muted small" data-testid="production-review-no-back">
            {t('production.review.noBack')}
          </span>
        )}
      </div>
    </div>
  );
}
