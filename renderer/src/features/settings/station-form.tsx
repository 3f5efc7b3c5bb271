import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidCallSign, type Station } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { LanguagesField } from './languages-field.tsx';
import { PlaceFields } from '../../components/place-fields.tsx';
import { ZoneSelect } from './zone-select.tsx';

interface Props {
  idPrefix: string;
  initial: Station;
  onSaved(station: Station): void;
  /** Extra buttons beside Guardar (the first run's "Omitir por ahora"). */
  actions?: ReactNode;
}

type Problem = 'name' | 'callSign' | 'languages';

function problemsOf(d: Station): Problem[] {
  const problems: Problem[] = [];
  if (d.name.trim() === '') problems.push('name');
  if (!isValidCallSign(d.callSign)) problems.push('callSign');
  if (d.languages.length === 0) problems.push('languages');
  return problems;
}

/** The station's identity, shared by Ajustes and the first run; saves the whole station at once. */
export function StationForm({ idPrefix, initial, onSaved, actions }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<Station>(initial);
  const [tried, setTried] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: unknown }>({ kind: 'idle' });
  const problems = tried ? problemsOf(draft) : [];
  const id = (field: string) => `${idPrefix}-${field}`;
  const edit = (patch: Partial<Station>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (state.kind === 'saved') setState({ kind: 'idle' });
  };
  const errorFor = (p: Problem) =>
    problems.includes(p) ? (
      <p className="field-error" id={id(`${p}-error`)} data-testid={`station-${p}-error`}>
        {t(`settings.invalid.${p}`)}
      </p>
    ) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problemsOf(draft).length > 0) return;
    setState({ kind: 'saving' });
    try {
      const saved = await api.call('station.set', { ...draft, callSign: draft.callSign.trim().toUpperCase() });
      setDraft(saved);
      setState({ kind: 'saved' });
      onSaved(saved);
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  const signer = draft.publisherName.trim() || draft.name.trim() || 'Cabina';
  return (
    <form className="station-form" data-testid="station-form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={id('name')}>{t('settings.fields.name')}</label>
        <input id={id('name')} data-testid="station-name" value={draft.name} maxLength={120} aria-invalid={problems.includes('name')} onChange={(e) => edit({ name: e.target.value })} />
        {errorFor('name')}
      </div>
      <div className="field">
        <label htmlFor={id('callSign')}>{t('settings.fields.callSign')}</label>
        <input
          id={id('callSign')}
          data-testid="station-call-sign"
          value={draft.callSign}
          maxLength={20}
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={problems.includes('callSign')}
          aria-describedby={id('callSign-hint')}
          onChange={(e) => edit({ callSign: e.target.value.toUpperCase() })}
        />
        <p className="muted small" id={id('callSign-hint')}>
          {t('settings.fields.callSignHint')}
        </p>
        {errorFor('callSign')}
      </div>
      <PlaceFields idPrefix={idPrefix} stateCode={draft.stateCode} municipalityCode={draft.municipalityCode} onChange={edit} />
      <div className="field">
        <label htmlFor={id('zone')}>{t('settings.fields.timeZone')}</label>
        <ZoneSelect id={id('zone')} value={draft.timeZone} onChange={(timeZone) => edit({ timeZone })} />
      </div>
      <div className="field">
        <label htmlFor={id('languages')}>{t('settings.fields.languages')}</label>
        <LanguagesField id={id('languages')} value={draft.languages} onChange={(languages) => edit({ languages })} />
        {errorFor('languages')}
      </div>
      <div className="field">
        <label htmlFor={id('publisher')}>{t('settings.fields.publisherName')}</label>
        <input
          id={id('publisher')}
          data-testid="station-publisher"
          value={draft.publisherName}
          maxLength={200}
          placeholder={draft.name}
          aria-describedby={id('publisher-hint')}
          onChange={(e) => edit({ publisherName: e.target.value })}
        />
        <p className="muted small" id={id('publisher-hint')} data-testid="station-publisher-hint">
          {t('settings.fields.publisherHint', { name: signer })}
        </p>
      </div>
      {state.kind === 'error' && (
        <p className="message-error" role="alert" data-testid="station-save-error">
          {errorMessage(state.error, t)}
        </p>
      )}
      {state.kind === 'saved' && (
        <p className="state-message" role="status" data-testid="station-saved">
          {t('settings.saved')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="station-save" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
