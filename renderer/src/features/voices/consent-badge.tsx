import { ShieldAlert, ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CONSENT_USES, type ConsentUse } from '../../../../shared/domain/voices.ts';

/**
 * The uses the consent in force covers, in the words a producer checks before anything leaves:
 * "Interno · Informe anónimo · Transmisión", or "Sin consentimiento" (never given, or withdrawn).
 */
export function ConsentBadge({ uses }: { uses: readonly ConsentUse[] }) {
  const { t } = useTranslation();
  if (uses.length === 0) {
    return (
      <span className="voices-consent voices-consent-none" data-testid="voices-consent-badge" data-uses="">
        <ShieldAlert aria-hidden="true" focusable="false" size={16} />
        {t('voices.consent.none')}
      </span>
    );
  }
  // The contract's order, whatever order the record listed them in.
  const ordered = CONSENT_USES.filter((u) => uses.includes(u));
  return (
    <span className="voices-consent" data-testid="voices-consent-badge" data-uses={ordered.join(' ')}>
      <ShieldCheck aria-hidden="true" focusable="false" size={16} />
      <span className="sr-only">{t('voices.consent.covers')}</span>
      {ordered.map((u) => t(`voices.consent.useShort.${u}`)).join(' · ')}
    </span>
  );
}
