import { useTranslation } from 'react-i18next';
import type { Take } from '../../../../shared/domain/recording.ts';
import { useApi } from '../../api/api-context.tsx';
import { formatDuration } from '../../i18n/format.ts';
import { spokenDuration } from './record-format.ts';

export interface TakeActions {
  onKeeper(take: Take): void;
  onDiscard(take: Take): void;
}

/** Several takes per segment; one is the keeper. Each plays from the library's media URL. */
export function TakesList({ takes, languageName, actions, busy }: { takes: readonly Take[]; languageName: (code: string | null) => string; actions: TakeActions; busy: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  if (takes.length === 0) {
    return (
      <p className="state-message" data-testid="takes-empty">
        {t('record.takes.empty')}
      </p>
    );
  }
  return (
    <ul className="take-list" aria-label={t('record.takes.count', { count: takes.length })}>
      {takes.map((take) => (
        <li key={take.id} className={take.keeper ? 'take-row keeper' : 'take-row'} data-testid="take-row" data-take-id={take.id} data-duration={take.durationSec} data-status={take.status}>
          <span className="take-title">{take.segmentTitle}</span>
          <span className="take-meta">
            {languageName(take.languageCode)}
            {!take.assetId && ` · ${formatDuration(take.durationSec)}`}
            {take.status === 'recovered' && <span className="badge">{t('record.takes.recovered')}</span>}
            {!take.assetId && take.status !== 'recording' && <span className="badge">{t('record.takes.pending')}</span>}
          </span>
          {take.assetId && (
            <span className="take-player">
              {/* preload="none": a segment may have dozens of takes. The control reads 0:00 until
                  played, so the length we already know is written beside it (issue #11 req. 14). */}
              <audio controls preload="none" src={api.mediaUrl(take.assetId)} aria-label={`${t('record.takes.play')}: ${take.segmentTitle} (${spokenDuration(take.durationSec, t)})`} />
              <span className="take-length" data-testid="take-length">
                {spokenDuration(take.durationSec, t)}
              </span>
            </span>
          )}
          {take.keeper ? (
            <span className="badge keeper-badge" data-testid="take-keeper">{t('record.takes.keeper')}</span>
          ) : (
            take.versionId && (
              <button type="button" className="button button-small" disabled={busy} onClick={() => actions.onKeeper(take)}>
                {t('record.takes.markKeeper')}
              </button>
            )
          )}
          <button type="button" className="button button-small button-danger" data-testid="take-discard" disabled={busy} onClick={() => actions.onDiscard(take)}>
            {t('record.takes.discard')}
          </button>
        </li>
      ))}
    </ul>
  );
}
