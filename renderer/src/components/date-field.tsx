import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCivilDate, parseCivilDate } from '../i18n/civil-date.ts';
import '../styles/date-field.css';

interface Props {
  id: string;
  /** `YYYY-MM-DD`, '' for none, or the raw text when what was typed is not a date (the form says so). */
  value: string;
  onChange(value: string): void;
  testId?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

type PickerInput = HTMLInputElement & { showPicker?: () => void };

/**
 * A date typed and shown as dd/mm/aaaa (the UI language's order, not the OS's: a native date input
 * would show mm/dd/yyyy on an English Windows), with the browser's calendar one button away.
 */
export function DateField({ id, value, onChange, testId, ...aria }: Props) {
  const { t, i18n } = useTranslation();
  const shown = parseCivilDate(value) ? formatCivilDate(value, i18n.language) : value;
  const [text, setText] = useState<string | null>(null);
  const picker = useRef<PickerInput>(null);
  const commit = (raw: string) => onChange(raw.trim() === '' ? '' : (parseCivilDate(raw) ?? raw.trim()));
  return (
    <div className="date-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('common.date.placeholder')}
        data-testid={testId}
        data-value={parseCivilDate(value) ?? ''}
        value={text ?? shown}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value);
        }}
        onBlur={() => setText(null)}
        {...aria}
      />
      <button type="button" className="icon-button" aria-label={t('common.date.calendar')} title={t('common.date.calendar')} onClick={() => picker.current?.showPicker?.()}>
        📅
      </button>
      <input
        ref={picker}
        type="date"
        className="date-field-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={parseCivilDate(value) ?? ''}
        onChange={(e) => {
          setText(null);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
