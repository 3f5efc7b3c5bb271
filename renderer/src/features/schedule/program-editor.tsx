import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/domain/schedule.ts';
import { isApiError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { DateField } from '../../components/date-field.tsx';
import { parseClockInput } from '../../i18n/civil-date.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { DAY_KEYS } from './grid-geometry.ts';
import { DatesField, LanguagesField } from './list-fields.tsx';
import { fieldOfPath, inputOf, validateDraft, type DraftErrors, type DraftField, type ProgramDraft, type RepeatKind } from './program-draft.ts';

interface Props {
  initial: ProgramDraft;
  onSaved(program: Program): void;
  onDeleted(id: string): void;
  onClose(): void;
}

function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Program (series) editor: every control maps to one RRULE part, so no one has to write RRULEs by hand. */
export function ProgramEditor({ initial, onSaved, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const uid = useId();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProgramDraft>(key: K, value: ProgramDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (f: DraftField) => errors[f];
  const aria = (f: DraftField) => ({ 'aria-invalid': errors[f] ? true : undefined, 'aria-describedby': errors[f] ? `${uid}-${f}-error` : undefined });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    // Stored translated: core messages (already sentences) and local checks (keys) share one slot.
    setErrors(Object.fromEntries(Object.entries(found).map(([f, key]) => [f, t(key)])));
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      onSaved(await api.call('schedule.program.save', inputOf(draft)));
    } catch (error) {
      const field = isApiError(error) && typeof error.details?.field === 'string' ? fieldOfPath(error.details.field) : null;
      const message = errorMessage(error, t, { fieldLabel: (p) => { const f = fieldOfPath(p); return f ? t(`schedule.program.fields.${f}`) : null; } });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!draft.id) return;
    setBusy(true);
    try {
      await api.call('schedule.program.delete', { id: draft.id });
      onDeleted(draft.id);
    } catch (error) {
      setFormError(errorMessage(error, t));
      setBusy(false);
    }
  };

  const id = (f: string) => `${uid}-${f}`;
  return (
    <form className="side-form" data-testid="program-editor" onSubmit={submit} noValidate aria-labelledby={id('h')}>
      <h2 id={id('h')}>{draft.id ? t('schedule.program.title') : t('schedule.newProgram')}</h2>
      <Field id={id('title')} label={t('schedule.program.name')} error={err('title')}>
        <input id={id('title')} type="text" data-testid="program-title" value={draft.title} onChange={(e) => set('title', e.target.value)} {...aria('title')} />
      </Field>
      <Field id={id('host')} label={t('schedule.program.host')} error={undefined}>
        <input id={id('host')} type="text" value={draft.host} onChange={(e) => set('host', e.target.value)} />
      </Field>
      <div className="form-row">
        <Field id={id('startTime')} label={t('schedule.program.startTime')} error={err('startTime')}>
          {/* Text, not type="time": that one shows 7:00 a. m. on a 12-hour OS; the station reads 24 h. */}
          <input
            id={id('startTime')}
            type="text"
            inputMode="numeric"
            placeholder="hh:mm"
            data-testid="program-start"
            value={draft.startTime}
            onChange={(e) => set('startTime', e.target.value)}
            onBlur={(e) => set('startTime', parseClockInput(e.target.value) ?? e.target.value)}
            {...aria('startTime')}
          />
        </Field>
        <Field id={id('durationMin')} label={t('schedule.program.duration')} error={err('durationMin')}>
          <input id={id('durationMin')} type="number" min={1} max={1440} data-testid="program-duration" value={draft.durationMin} onChange={(e) => set('durationMin', Number(e.target.value))} {...aria('durationMin')} />
        </Field>
        <Field id={id('color')} label={t('schedule.program.color')} error={undefined}>
          <input id={id('color')} type="color" value={draft.color} onChange={(e) => set('color', e.target.value)} />
        </Field>
      </div>
      <Field id={id('repeat')} label={t('schedule.program.repeat')} error={undefined}>
        <select id={id('repeat')} value={draft.repeat} onChange={(e) => set('repeat', e.target.value as RepeatKind)}>
          {(['once', 'weekly', 'daily', 'monthly', 'custom'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`schedule.program.repeatKinds.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.repeat === 'weekly' && (
        <fieldset className="weekdays" aria-describedby={errors.weekdays ? id('weekdays-error') : undefined}>
          <legend>{t('schedule.program.weekdays')}</legend>
          {DAY_KEYS.map((key, i) => (
            <label key={key} className="weekday">
              <input type="checkbox" checked={draft.weekdays[i] ?? false} onChange={(e) => set('weekdays', draft.weekdays.map((v, j) => (j === i ? e.target.checked : v)))} />
              {t(`schedule.days.${key}`)}
            </label>
          ))}
          {errors.weekdays && <p className="field-error" id={id('weekdays-error')}>{errors.weekdays}</p>}
        </fieldset>
      )}
      {draft.repeat === 'once' ? null : draft.repeat !== 'custom' ? (
        <Field id={id('interval')} label={t(`schedule.program.every.${draft.repeat}`)} error={err('interval')}>
          <input id={id('interval')} type="number" min={1} max={52} value={draft.interval} onChange={(e) => set('interval', Number(e.target.value))} {...aria('interval')} />
        </Field>
      ) : (
        <Field id={id('customRule')} label={t('schedule.program.rrule')} error={err('customRule')}>
          <input id={id('customRule')} type="text" value={draft.customRule} onChange={(e) => set('customRule', e.target.value)} {...aria('customRule')} />
        </Field>
      )}
      <div className="form-row">
        <Field id={id('startDate')} label={t(draft.repeat === 'once' ? 'schedule.program.onDate' : 'schedule.program.startDate')} error={err('startDate')}>
          <DateField id={id('startDate')} testId="program-start-date" value={draft.startDate} onChange={(v) => set('startDate', v)} {...aria('startDate')} />
        </Field>
        {draft.repeat !== 'once' && (
          <Field id={id('endDate')} label={t('schedule.program.endDate')} error={err('endDate')}>
            <DateField id={id('endDate')} testId="program-end-date" value={draft.endDate} onChange={(v) => set('endDate', v)} {...aria('endDate')} />
          </Field>
        )}
      </div>
      {draft.repeat !== 'once' && (
        <DatesField id={id('exdates')} testId="program-exdates" label={t('schedule.program.exdates')} values={draft.exdates} onChange={(v) => set('exdates', v)} error={err('exdates')} />
      )}
      <LanguagesField id={id('languages')} testId="program-languages" label={t('schedule.program.languages')} values={draft.languages} onChange={(v) => set('languages', v)} error={err('languages')} />
      {formError && <p className="state-message message-error" role="alert">{formError}</p>}
      <div className="button-row">
        {draft.id && (
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
            {t('schedule.program.delete')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="submit" className="button button-primary" data-testid="program-save" disabled={busy}>
          {t('schedule.program.save')}
        </button>
      </div>
    </form>
  );
}
