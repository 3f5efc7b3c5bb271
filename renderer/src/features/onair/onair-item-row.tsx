import { CircleCheck, SkipForward } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { PauseIcon, PlayIcon } from '../../components/icons.tsx';
import { formatDuration } from '../../i18n/format.ts';
import { stationClock } from '../../i18n/station-clock.ts';

interface Props {
  item: RundownItem;
  /** For a spot break: how many spots (campaign plays or placed by hand) it holds. */
  spots: number;
  timeZone: string;
  isNow: boolean;
  playing: boolean;
  busy: boolean;
  onPlay(item: RundownItem): void;
  onMark(item: RundownItem, status: 'aired' | 'skipped'): void;
}

/** One line of the rundown; a break is a line of its own and its spots follow it, indented. */
export function OnAirItemRow({ item, spots, timeZone, isNow, playing, busy, onPlay, onMark }: Props) {
  const { t } = useTranslation();
  const title = item.title || t(`schedule.kinds.${item.kind}`);
  // An untitled item is already named by its kind; its kind is not said twice.
  const details = [
    item.title ? t(`schedule.kinds.${item.kind}`) : null,
    item.campaignId ? t('onair.campaignPlay') : null,
    item.kind === 'spot_break' ? t('onair.breakSpots', { count: spots }) : null,
    item.languageCode,
    formatDuration(item.durationSec),
  ].filter((d): d is string => Boolean(d));
  const classes = ['onair-item'];
  if (isNow) classes.push('now');
  if (item.kind === 'spot_break') classes.push('onair-break');
  if (item.parentId !== null) classes.push('onair-spot');
  if (item.asRun) classes.push(`asrun-${item.asRun}`);
  return (
    <li className={classes.join(' ')} data-testid="onair-item" data-kind={item.kind} aria-current={isNow ? 'time' : undefined}>
      <span className="onair-time" data-testid="onair-time">{stationClock(timeZone, item.plannedStartMs, true)}</span>
      <button
        type="button"
        className={playing ? 'play-button playing' : 'play-button'}
        data-testid="onair-play"
        disabled={!item.assetId}
        aria-label={item.assetId ? t(playing ? 'onair.stopNamed' : 'onair.playNamed', { title }) : t('onair.noAudio', { title })}
        onClick={() => onPlay(item)}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <span className="onair-title">
        {title}
        <span className="muted small">{details.map((d) => ` · ${d}`).join('')}</span>
      </span>
      <span className="onair-status" data-testid="onair-status">
        {item.asRun && <span className={item.asRun === 'skipped' ? 'badge badge-archived' : 'badge badge-approved'}>{t(`onair.status.${item.asRun}`)}</span>}
      </span>
      <span className="onair-actions">
        <button type="button" className="button button-small" data-testid="mark-aired" disabled={busy} aria-label={t('onair.markAiredNamed', { title })} onClick={() => onMark(item, 'aired')}>
          <CircleCheck className="button-icon" aria-hidden="true" focusable="false" size={16} />
          {t('onair.markAired')}
        </button>
        <button type="button" className="button button-small button-quiet" data-testid="mark-skipped" disabled={busy} aria-label={t('onair.markSkippedNamed', { title })} onClick={() => onMark(item, 'skipped')}>
          <SkipForward className="button-icon" aria-hidden="true" focusable="false" size={16} />
          {t('onair.markSkipped')}
        </button>
      </span>
    </li>
  );
}
