import { useTranslation } from 'react-i18next';
import type { Take } from '../../../../shared/domain/recording.ts';
import { spokenDuration } from './record-format.ts';

/** "We recovered 3 min 12 s from your last recording": one banner per take a crash left behind. */
export function RecoveredBanner({ takes, onKeep, onDiscard, onOpen }: { takes: readonly Take[]; onKeep(take: Take): void; onDiscard(take: Take): void; onOpen(take: Take): void }) {
  const { t } = useTranslation();
  return (
    <>
      {takes.map((take) => (
        <div key={take.id} className="recovered-banner" role="status" data-testid="recovered-banner" data-take-id={take.id} data-duration={take.durationSec}>
          <p>{t('record.recovered.message', { duration: spokenDuration(take.durationSec, t), title: take.segmentTitle })}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" data-testid="recovered-keep" onClick={() => onKeep(take)}>
              {t('record.recovered.keep')}
            </button>
            {take.segmentId && (
              <button type="button" className="button" onClick={() => onOpen(take)}>
                {t('record.recovered.open')}
              </button>
            )}
            <button type="button" className="button button-danger" data-testid="recovered-discard" onClick={() => onDiscard(take)}>
              {t('record.recovered.discard')}
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
