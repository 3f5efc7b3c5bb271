import { PhoneIncoming } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.tsx';
import { usePendingCalls } from '../../hooks/use-pending-calls.ts';

/**
 * A call recorded in Grabar and not saved (stopped, or left by a crash) is a listener's testimony
 * no one can see from Voces: say it waits there and take the producer to it. Nothing shows while
 * loading or when there is none; a failed check stays quiet too (Grabar shows its own error).
 */
export function PendingCallsNotice() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const { calls } = usePendingCalls(false);
  if (calls.status !== 'ready' || calls.value.length === 0) return null;
  return (
    <div className="voices-pending-calls" role="status" data-testid="voices-pending-calls">
      <PhoneIncoming className="button-icon" aria-hidden="true" size={18} />
      <span>{t('callIn.waiting', { count: calls.value.length })}</span>
      <button type="button" className="button button-small" data-testid="voices-pending-calls-open" onClick={() => go('record', { page: 'record', callIn: { testimonyId: null } })}>
        {t('callIn.waitingOpen', { count: calls.value.length })}
      </button>
    </div>
  );
}
