import { Save } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISGUISES, TESTIMONY_SOURCES, TESTIMONY_SUMMARY_MAX, type Testimony } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { DateField } from '../../components/date-field.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { PlaceFields } from '../../components/place-fields.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { CategoryCheckboxes } from './category-checkboxes.tsx';
import { badDate, draftOf, toUpdate, type TestimonyDraft } from './testimony-draft.ts';

/** The contract's field names (voices.update) as the labels the user sees, for the core's invalid_input. */
const FIELD_KEYS: Record<string, string> = {
  receivedOn: 'voices.form.receivedOn',
  source: 'voices.form.source',
  languageCode: 'voices.form.language',
  origin: 'voices.form.originState',
  work: 'voices.form.workState',
  categories: 'voices.form.categories',
  summary: 'voices.form.summary',
  disguise: 'voices.form.disguise',
};

/** What the testimony is: when and how it came, whose voice (language, places), what about, and how the voice leaves. */
export function TestimonyForm({ testimony, onSaved }: { testimony: Testimony; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState<TestimonyDraft>(() => draftOf(testimony));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = (patch: Partial<TestimonyDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setNote(null);
  };
  const dateWrong = badDate(draft);
  const fieldLabel = (path: string) => {
    const key = FIELD_KEYS[path.split('.')[0] ?? ''];
    return key ? t(key) : null;
  };

  async function save() {
    setBusy(true);
    setProblem(null);
    setNote(null);
    try {
      await api.call('voices.update', toUpdate(testimony.id, draft));
      setNote(t('voices.form.saved'));
      onSaved();
    } catch (error) {
      setProblem(`${t('voices.form.saveFailed')} ${errorMessage(error, t, { fieldLabel })}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="voices-section" aria-labelledby={`${id}-heading`} data-testid="voices-form">
      <h3 id={`${id}-heading`}>{t('voices.form.heading')}</h3>
      <div className="voices-field-pair">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('voices.form.receivedOn')}</label>
          <DateField id={`${id}-date`} testId="voices-received-on" value={draft.receivedOn} onChange={(receivedOn) => edit({ receivedOn })} aria-invalid={dateWrong} aria-describedby={dateWrong ? `${id}-date-error` : undefined} />
          {dateWrong && (
            <p id={`${id}-date-error`} className="field-error" data-testid="voices-date-error">
              {t('voices.form.badDate')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('voices.form.language')}</label>
          <LanguageCombobox id={`${id}-language`} testId="voices-language" value={draft.languageCode} onChange={(languageCode) => edit({ languageCode })} />
        </div>
      </div>
      <Radios legend={t('voices.form.source')} name={`${id}-source`} options={TESTIMONY_SOURCES} value={draft.source} label={(s) => t(`voices.source.${s}`)} testId="voices-source-option" onChange={(source) => edit({ source })} />
      <fieldset className="boxed-fieldset voices-place" data-testid="voices-origin">
        <legend>{t('voices.form.origin')}</legend>
        <PlaceFields idPrefix={`${id}-origin`} testIdPrefix="voices-origin" labels={{ state: t('voices.form.originState'), municipality: t('voices.form.municipality') }} {...draft.origin} onChange={(origin) => edit({ origin })} />
      </fieldset>
      <fieldset className="boxed-fieldset voices-place" data-testid="voices-work">
        <legend>{t('voices.form.work')}</legend>
        <PlaceFields idPrefix={`${id}-work`} testIdPrefix="voices-work" labels={{ state: t('voices.form.workState'), municipality: t('voices.form.municipality') }} {...draft.work} onChange={(work) => edit({ work })} />
      </fieldset>
      <CategoryCheckboxes value={draft.categories} onChange={(categories) => edit({ categories })} />
      <div className="field">
        <label htmlFor={`${id}-summary`}>{t('voices.form.summary')}</label>
        <textarea id={`${id}-summary`} data-testid="voices-summary" rows={4} maxLength={TESTIMONY_SUMMARY_MAX} aria-describedby={`${id}-summary-count ${id}-summary-hint`} value={draft.summary} onChange={(e) => edit({ summary: e.target.value })} />
        <p className="hint" id={`${id}-summary-hint`}>
          {t('voices.form.summaryHint')}
        </p>
        <p className="muted small voices-counter" id={`${id}-summary-count`} data-testid="voices-summary-count">
          {t('voices.form.summaryCount', { used: draft.summary.length, max: TESTIMONY_SUMMARY_MAX })}
        </p>
      </div>
      <Radios legend={t('voices.form.disguise')} name={`${id}-disguise`} options={DISGUISES} value={draft.disguise} label={(d) => t(`voices.disguise.${d}`)} testId="voices-disguise" onChange={(disguise) => edit({ disguise })} />
      <p className="hint">{t('voices.form.disguiseHint')}</p>
      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="voices-save" disabled={busy || dateWrong} onClick={() => void save()}>
          <Save className="button-icon" aria-hidden="true" size={16} />
          {busy ? t('voices.form.saving') : t('voices.form.save')}
        </button>
      </div>
      {note && (
        <p className="voices-note" role="status" data-testid="voices-saved">
          {note}
        </p>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="voices-save-error">
          {problem}
        </p>
      )}
    </section>
  );
}

function Radios<V extends string>(p: { legend: string; name: string; options: readonly V[]; value: V; label(v: V): string; testId: string; onChange(v: V): void }) {
  return (
    <fieldset className="boxed-fieldset voices-radios">
      <legend>{p.legend}</legend>
      {p.options.map((o) => (
        <label key={o} className="voices-check">
          <input type="radio" name={p.name} value={o} data-testid={`${p.testId}-${o}`} checked={p.value === o} onChange={() => p.onChange(o)} />
          <span>{p.label(o)}</span>
        </label>
      ))}
    </fieldset>
  );
}
