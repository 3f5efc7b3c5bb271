import { Pause, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LanguageTask } from '../../../../shared/domain/production.ts';
import { useAudioPlayer } from '../../components/audio-player.tsx';

/**
 * Review (issue #14 §1): the take recorded for this task, played as it airs, beside the
 * back-translation the reviewer reads while listening. Nothing to play before a take exists.
 */
export function TakePlay({ task, title, language }: { task: LanguageTask; title: string; language: string }) {
  const { t } = useTranslation();
  const player = useAudioPlayer();
  if (!task.versionId) return <p className="muted small" data-testid="production-no-take">{t('production.task.noTake')}</p>;
  const versionId = task.versionId;
  const active = player.current?.versionId === versionId && player.playing;
  const label = t(active ? 'production.task.pauseTake' : 'production.task.playTake', { language });
  return (
    <button type="button" className="button" data-testid="production-play-take" aria-pressed={active} onClick={() => player.toggle({ segmentId: task.segmentId, versionId, title: `${title} · ${language}` })}>
      {active ? <Pause className="button-icon" aria-hidden="true" size={16} /> : <Play className="button-icon" aria-hidden="true" size={16} />}
      {label}
    </button>
  );
}
