import { useTranslation } from 'react-i18next';
import type { SegmentSummary } from '../../../../../shared/domain/segment.ts';
import { PauseIcon, PlayIcon } from '../../../components/icons.tsx';
import { useAudioPlayer } from '../../../components/audio-player.tsx';

export function PlayButton({ item }: { item: SegmentSummary }) {
  const { t } = useTranslation();
  const player = useAudioPlayer();
  const versionId = item.primaryAssetId ? item.primaryVersionId : null;
  const active = player.current?.segmentId === item.id && player.playing;
  const label = !versionId ? t('library.row.noAudio') : t(active ? 'library.row.pause' : 'library.row.play', { title: item.title });
  return (
    <button
      type="button"
      className={active ? 'play-button playing' : 'play-button'}
      data-testid="play-button"
      aria-label={label}
      title={label}
      disabled={!versionId}
      onClick={(event) => {
        // Playing is not opening: keep the row's click (open the editor) out of it.
        event.stopPropagation();
        if (versionId) player.toggle({ segmentId: item.id, versionId, title: item.title });
      }}
    >
      {active ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
}
