import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { DateField } from '../../components/date-field.tsx';
import { CloseIcon } from '../../components/icons.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { StateOptions } from '../../components/state-options.tsx';
import { formatCivilDay, parseCivilDate } from '../../i18n/civil-date.ts';

interface ListProps {
  id: string;
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
  error: string | undefined;
  testId: string;
}

/** Chosen values as removable tags named for people, with the picker that adds one more below. */
function TagList({ id, label, values, onChange, error, testId, name, children }: ListProps & { name(value: string): string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="list-field" data-testid={testId} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {values.length === 0 ? (
        <p className="muted small">{t('schedule.lists.none')}</p>
      ) : (
        <ul className="tag-list">
          {values.map((v) => (
            <li key={v} className="tag" data-testid={`${testId}-tag`} data-value={v}>
              <span>{name(v)}</span>
              <button type="button" className="icon-button" aria-label={t('schedule.lists.remove', { name: name(v) })} title={t('schedule.lists.remove', { name: name(v) })} onClick={() => onChange(values.filter((x) => x !== v))}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
      {error && <p className="field-error" id={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}

const add = (values: readonly string[], v: string) => (values.includes(v) ? [...values] : [...values, v]);

/** Languages by name (or by ISO code: the combobox finds `mix` too), picked from the INALI catalog. */
export function LanguagesField(props: ListProps) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const inputId = useId();
  return (
    <TagList {...props} name={(code) => `${catalogs.languageName(code)} (${code})`}>
      <label htmlFor={inputId} className="small">{t('schedule.lists.addLanguage')}</label>
      <LanguageCombobox id={inputId} value={null} onChange={(code) => code && props.onChange(add(props.values, code))} />
    </TagList>
  );
}

/** INEGI states by name; the stored value stays the two-digit code. */
export function StatesField(props: ListProps) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const selectId = useId();
  return (
    <TagList {...props} name={(code) => catalogs.stateName(code)}>
      <label htmlFor={selectId} className="small">{t('schedule.lists.addState')}</label>
      <select id={selectId} data-testid={`${props.testId}-select`} value="" onChange={(e) => e.target.value && props.onChange(add(props.values, e.target.value))}>
        <option value="">{t('schedule.lists.chooseState')}</option>
        <StateOptions />
      </select>
    </TagList>
  );
}

/** Exception dates, each typed or picked as dd/mm/aaaa and listed with its weekday. */
export function DatesField(props: ListProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const parsed = parseCivilDate(text);
  return (
    <TagList {...props} name={(iso) => formatCivilDay(iso, i18n.language)}>
      <label htmlFor={inputId} className="small">{t('schedule.lists.addDate')}</label>
      <div className="form-row">
        <DateField id={inputId} testId={`${props.testId}-input`} value={text} onChange={setText} aria-invalid={text !== '' && !parsed ? true : undefined} />
        <button
          type="button"
          className="button button-small"
          data-testid={`${props.testId}-add`}
          disabled={!parsed}
          onClick={() => {
            if (!parsed) return;
            props.onChange(add(props.values, parsed).sort());
            setText('');
          }}
        >
          {t('schedule.lists.add')}
        </button>
      </div>
    </TagList>
  );
}
