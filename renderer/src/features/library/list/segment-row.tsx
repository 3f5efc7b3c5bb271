import { Mic, Scissors } from 'lucide-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentSummary } from '../../../../../shared/domain/segment.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { LoudnessVerdictBadge } from '../../../components/loudness-verdict.tsx';
import { formatAudioFormat, formatDuration, formatIsoDate, validityState } from '../../../i18n/format.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';
import { useNavigation } from '../../../app/navigation.tsx';
import { PlayButton } from './play-button.tsx';

interface RowProps {
  item: SegmentSummary | undefined;
  index: number;
  setSize: number;
  selected: boolean;
  today: string;
  style: CSSProperties;
  onOpen(id: string): void;
}

export function SegmentRow({ item, index, setSize, selected, today, style, onOpen }: RowProps) {
  const { t, i18n } = useTranslation();
  const catalogs = useCatalogs();
  const { go } = useNavigation();
  const position = { 'aria-setsize': setSize, 'aria-posinset': index + 1 };
  if (!item) {
    return (
      <div role="listitem" className="segment-row segment-row-placeholder" style={style} {...position}>
        {t('library.row.loadingRow')}
      </div>
    );
  }
  const validity = validityState(item.validUntil, today);
  const languages = item.languages.map((c) => catalogs.languageName(c)).join(', ') || t('library.row.noLanguage');
  const regions = item.regions.map((c) => catalogs.stateName(c)).join(', ') || t('library.row.noRegion');
  const topics = item.topics.map((id) => catalogs.topicName(id)).join(', ');
  return (
    <div
      role="listitem"
      data-testid="segment-row"
      data-segment-id={item.id}
      className={selected ? 'segment-row selected' : 'segment-row'}
      aria-current={selected ? 'true' : undefined}
      style={style}
      onClick={() => onOpen(item.id)}
      {...position}
    >
      <PlayButton item={item} />
      <div className="row-main">
        <div className="row-line">
          <button
            type="button"
            className="row-title"
            data-testid="segment-title"
            title={t('library.row.open', { title: item.title })}
            onClick={(event) => {
              event.stopPropagation();
              onOpen(item.id);
            }}
          >
            {item.title}
          </button>
          <StatusBadge status={item.status} />
          {validity && item.validUntil && (
            <span className={`badge badge-${validity}`}>
              {t(validity === 'expired' ? 'library.row.expired' : 'library.row.expires', { date: formatIsoDate(item.validUntil, i18n.language) })}
            </span>
          )}
        </div>
        <div className="row-meta">
          <span className="sr-only">{t('library.row.languages')}: </span>
          <span className="meta-languages">{languages}</span>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">{t('library.row.regions')}: </span>
          <span className="meta-regions">{regions}</span>
          {topics && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">{t('library.row.topics')}: </span>
              <span className="meta-topics">{topics}</span>
            </>
          )}
        </div>
      </div>
      <div className="row-tech">
        <span className="row-duration">
          <span className="sr-only">{t('library.row.duration')}: </span>
          {formatDuration(item.durationSec)}
        </span>
        <span className="row-format">{formatAudioFormat(item.format, t, i18n.language)}</span>
        {/* Issue #11: "can this go on air?" in words; nothing until the import's analysis has measured it. */}
        {item.loudness && <LoudnessVerdictBadge integratedLufs={item.loudness.integratedLufs} truePeakDbtp={item.loudness.truePeakDbtp} testId="row-loudness-verdict" />}
      </div>
      {/* Straight to the work a producer does next with this segment; the row click still opens its details. */}
      <div className="row-actions">
        {item.primaryVersionId && (
          <button
            type="button"
            className="button button-small"
            data-testid="row-open-edit"
            aria-label={t('library.row.openInEdit', { title: item.title })}
            onClick={(event) => {
              event.stopPropagation();
              go('edit', { page: 'edit', segmentId: item.id, versionId: item.primaryVersionId });
            }}
          >
            <Scissors className="button-icon" aria-hidden="true" focusable="false" size={16} />
            {t('library.row.edit')}
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          data-testid="row-record-take"
          aria-label={t('library.row.recordTake', { title: item.title })}
          onClick={(event) => {
            event.stopPropagation();
            go('record', { page: 'record', segmentId: item.id, title: item.title });
          }}
        >
          <Mic className="button-icon" aria-hidden="true" focusable="false" size={16} />
          {t('library.row.record')}
        </button>
      </div>
    </div>
  );
}
