import { MessageCircle, PhoneCall } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TestimonySource } from '../../../../shared/domain/voices.ts';

export const SOURCE_ICONS = { voice_note: MessageCircle, call_in: PhoneCall } as const;

/** "Nota de voz" or "Llamada", with its icon: how the testimony reached the station. */
export function SourceLabel({ source }: { source: TestimonySource }) {
  const { t } = useTranslation();
  const Icon = SOURCE_ICONS[source];
  return (
    <span className="voices-source" data-testid="voices-source" data-source={source}>
      <Icon aria-hidden="true" focusable="false" size={16} />
      {t(`voices.source.${source}`)}
    </span>
  );
}
