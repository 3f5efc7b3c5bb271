import { CircleCheck } from 'lucide-react';
import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { consentInForce, type ConsentRecord, type Testimony } from '../../../../shared/domain/voices.ts';
import { formatCivilDate } from '../../i18n/civil-date.ts';
import { formatDuration } from '../../i18n/format.ts';
import { ConsentBadge } from './consent-badge.tsx';
import { ConsentForm } from './consent-form.tsx';

interface Props {
  testimony: Testimony;
  playhead: RefObject<(() => number) | null>;
  onAdded(): void;
}

/**
 * Who consented to what, as a history (oldest first): records are never edited, a later one
 * replaces the one in force, which is marked. Adding one is the only way to change it.
 */
export function ConsentSection({ testimony, playhead, onAdded }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const inForce = consentInForce(testimony.consents);
  return (
    <section className="voices-section" aria-labelledby={`${id}-heading`} data-testid="voices-consent">
      <h3 id={`${id}-heading`}>{t('voices.consent.heading')}</h3>
      <p className="voices-consent-now" data-testid="voices-consent-now">
        {t('voices.consent.now')} <ConsentBadge uses={inForce?.uses ?? []} />
      </p>
      {testimony.consents.length === 0 ? (
        <p className="muted" data-testid="voices-consent-empty">
          {t('voices.consent.empty')}
        </p>
      ) : (
        <ol className="voices-consent-list" aria-label={t('voices.consent.listLabel')}>
          {testimony.consents.map((c) => (
            <ConsentLine key={c.id} record={c} inForce={c.id === inForce?.id} />
          ))}
        </ol>
      )}
      <ConsentForm testimonyId={testimony.id} hasAudio={testimony.assetId !== null} playhead={playhead} onAdded={onAdded} />
    </section>
  );
}

function ConsentLine({ record, inForce }: { record: ConsentRecord; inForce: boolean }) {
  const { t, i18n } = useTranslation();
  const how = record.method === 'audio' ? t('voices.consent.heardAt', { at: formatDuration(record.atSec ?? 0) }) : t('voices.consent.ticked');
  return (
    <li className={inForce ? 'voices-consent-record in-force' : 'voices-consent-record'} data-testid="voices-consent-record" data-in-force={inForce}>
      <div className="voices-consent-record-head">
        <span>{formatCivilDate(record.givenOn, i18n.language)}</span>
        <ConsentBadge uses={record.uses} />
        {inForce && (
          <span className="voices-in-force" data-testid="voices-in-force">
            <CircleCheck aria-hidden="true" focusable="false" size={16} />
            {t('voices.consent.inForce')}
          </span>
        )}
      </div>
      <p className="small">
        {t('voices.consent.givenByLine', { who: record.givenBy })} · {how}
        {record.uses.length === 0 && <> · {t('voices.consent.withdrawn')}</>}
      </p>
    </li>
  );
}
