import { Crosshair, Plus } from 'lucide-react';
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_USES, type ConsentUse } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { DateField } from '../../components/date-field.tsx';
import { parseCivilDate } from '../../i18n/civil-date.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { todayIso } from '../../i18n/format.ts';

interface Props {
  testimonyId: string;
  /** A call noted by hand has no recording to hear the consent on. */
  hasAudio: boolean;
  playhead: RefObject<(() => number) | null>;
  onAdded(): void;
}

/**
 * A new consent record. No names are needed ("la persona que llamó"); with no use ticked it
 * withdraws the consent, and the button says so.
 */
export function ConsentForm({ testimonyId, hasAudio, playhead, onAdded }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [givenBy, setGivenBy] = useState('');
  const [uses, setUses] = useState<ConsentUse[]>([]);
  const [method, setMethod] = useState<'audio' | 'checkbox'>(hasAudio ? 'audio' : 'checkbox');
  const [atSec, setAtSec] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const at = Number(atSec);
  const atValid = method === 'checkbox' || (atSec.trim() !== '' && Number.isFinite(at) && at >= 0);
  const dateValid = parseCivilDate(givenOn) === givenOn;
  const withdraw = uses.length === 0;

  async function add() {
    setBusy(true);
    setProblem(null);
    try {
      await api.call('voices.consent.add', { id: testimonyId, givenBy: givenBy.trim(), uses, method, atSec: method === 'audio' ? at : null, givenOn });
      setGivenBy('');
      setUses([]);
      setAtSec('');
      onAdded();
    } catch (error) {
      setProblem(`${t('voices.consent.addFailed')} ${errorMessage(error, t)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="boxed-fieldset voices-consent-form" data-testid="voices-consent-form">
      <legend>{t('voices.consent.add')}</legend>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('voices.consent.givenBy')}</label>
        <input id={`${id}-who`} type="text" maxLength={120} data-testid="voices-consent-given-by" aria-describedby={`${id}-who-hint`} value={givenBy} onChange={(e) => setGivenBy(e.target.value)} />
        <p className="hint" id={`${id}-who-hint`}>
          {t('voices.consent.givenByHint')}
        </p>
      </div>
      <fieldset className="boxed-fieldset voices-uses">
        <legend>{t('voices.consent.uses')}</legend>
        {CONSENT_USES.map((u) => (
          <label key={u} className="voices-check voices-use">
            <input type="checkbox" data-testid={`voices-consent-use-${u}`} checked={uses.includes(u)} onChange={(e) => setUses(CONSENT_USES.filter((x) => (x === u ? e.target.checked : uses.includes(x))))} />
            <span>
              <strong>{t(`voices.consent.use.${u}`)}</strong> <span className="small">{t(`voices.consent.useExplain.${u}`)}</span>
            </span>
          </label>
        ))}
        <p className="hint" data-testid="voices-consent-withdraw-hint">
          {t('voices.consent.withdrawHint')}
        </p>
      </fieldset>
      <fieldset className="boxed-fieldset voices-radios">
        <legend>{t('voices.consent.method')}</legend>
        {(['audio', 'checkbox'] as const).map((m) => (
          <label key={m} className="voices-check">
            <input type="radio" name={`${id}-method`} data-testid={`voices-consent-method-${m}`} checked={method === m} disabled={m === 'audio' && !hasAudio} onChange={() => setMethod(m)} />
            <span>{t(`voices.consent.methods.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {method === 'audio' && (
        <div className="voices-at">
          <div className="field">
            <label htmlFor={`${id}-at`}>{t('voices.consent.atSec')}</label>
            <input id={`${id}-at`} type="number" min={0} step="0.1" data-testid="voices-consent-at" value={atSec} aria-invalid={!atValid} onChange={(e) => setAtSec(e.target.value)} />
          </div>
          <button type="button" className="button button-small" data-testid="voices-consent-use-playhead" onClick={() => setAtSec((playhead.current?.() ?? 0).toFixed(1))}>
            <Crosshair className="button-icon" aria-hidden="true" size={16} />
            {t('voices.consent.usePlayhead')}
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('voices.consent.givenOn')}</label>
        <DateField id={`${id}-date`} testId="voices-consent-given-on" value={givenOn} onChange={setGivenOn} aria-invalid={!dateValid} />
      </div>
      <div className="button-row">
        <button type="button" className={withdraw ? 'button button-danger' : 'button button-primary'} data-testid="voices-consent-add" disabled={busy || givenBy.trim() === '' || !atValid || !dateValid} onClick={() => void add()}>
          <Plus className="button-icon" aria-hidden="true" size={16} />
          {withdraw ? t('voices.consent.addWithdrawal') : t('voices.consent.addRecord')}
        </button>
      </div>
      {problem && (
        <p className="message-error" role="alert" data-testid="voices-consent-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
