import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Take } from '../../../../shared/domain/recording.ts';
import { useApi } from '../../api/api-context.tsx';
import { usePendingCalls } from '../../hooks/use-pending-calls.ts';
import { intlLocale } from '../../i18n/civil-date.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { spokenDuration } from './record-format.ts';

/**
 * Grabar opened from Voces (issue #14 §2): the take is a listener's call. `testimonyId` names the
 * call noted by hand whose audio this is; null makes a new testimony.
 */
export interface CallInChoice {
  testimonyId: string | null;
}

interface Props {
  choice: CallInChoice;
  /** A take is being recorded or stopped: saving now would race it. */
  recording: boolean;
  /** The testimony the call became (or was added to): Grabar goes back to Voces with it open. */
  onSaved(testimonyId: string): void;
  onBack(): void;
}

/**
 * What Grabar shows instead of the library target in call-in mode: what happens to the call, and
 * each recorded call with "Save as testimony". Saving is one core call (`voices.fromTake` or
 * `voices.audio.attach`) that makes the testimony and removes the take together; when it fails
 * the take stays in this list, so no call is lost.
 */
export function CallInTakes({ choice, recording, onSaved, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { calls, reload } = usePendingCalls(recording);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const when = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  async function save(take: Take) {
    setBusyId(take.id);
    setFailure(null);
    try {
      const testimony = choice.testimonyId
        ? await api.call('voices.audio.attach', { id: choice.testimonyId, takeId: take.id })
        : await api.call('voices.fromTake', { takeId: take.id });
      onSaved(testimony.id);
    } catch (error) {
      setFailure(t('callIn.saveFailed', { reason: errorMessage(error, t) }));
      setBusyId(null);
      reload();
    }
  }

  async function discard(take: Take) {
    if (!window.confirm(t('callIn.confirmDiscard'))) return;
    setBusyId(take.id);
    setFailure(null);
    try {
      await api.call('recording.discard', { id: take.id });
    } catch (error) {
      setFailure(t('callIn.discardFailed', { reason: errorMessage(error, t) }));
    } finally {
      setBusyId(null);
      reload();
    }
  }

  return (
    <div className="call-in" data-testid="call-in">
      <div className="call-in-banner" role="note" data-testid="call-in-banner">
        <p>{t(choice.testimonyId ? 'callIn.bannerAttach' : 'callIn.banner')}</p>
        <button type="button" className="button button-small" data-testid="call-in-back" disabled={recording || busyId !== null} onClick={onBack}>
          {t('callIn.back')}
        </button>
      </div>
      <h2>{t('callIn.pending.title')}</h2>
      {calls.status === 'loading' && <p className="state-message" role="status">{t('callIn.pending.loading')}</p>}
      {calls.status === 'error' && (
        <p className="message-error" role="alert">
          {t('callIn.pending.loadError')} {errorMessage(calls.error, t)}
        </p>
      )}
      {calls.status === 'ready' && calls.value.length === 0 && (
        <p className="state-message" data-testid="call-in-empty">
          {t('callIn.pending.empty')}
        </p>
      )}
      {failure && (
        <p className="message-error" role="alert" data-testid="call-in-error">
          {failure}
        </p>
      )}
      {calls.status === 'ready' && calls.value.length > 0 && (
        <ul className="take-list" aria-label={t('callIn.pending.title')}>
          {calls.value.map((take) => (
            <li key={take.id} className="take-row" data-testid="call-in-take" data-take-id={take.id} data-duration={take.durationSec}>
              <span className="take-title">{t('callIn.pending.row', { when: when.format(new Date(take.startedAt)), duration: spokenDuration(take.durationSec, t) })}</span>
              {take.needsReview && <span className="badge">{t('callIn.pending.recovered')}</span>}
              <span className="button-row">
                <button type="button" className="button button-primary button-small" data-testid="call-in-save" disabled={recording || busyId !== null} onClick={() => void save(take)}>
                  {busyId === take.id ? t('callIn.saving') : t(choice.testimonyId ? 'callIn.attach' : 'callIn.save')}
                </button>
                <button type="button" className="button button-small button-danger" data-testid="call-in-discard" disabled={recording || busyId !== null} onClick={() => void discard(take)}>
                  {t('callIn.discard')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
