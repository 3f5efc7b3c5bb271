import { useTranslation } from 'react-i18next';

/** How many years back the summary can reach: the station's archive, not the calendar's. */
const YEARS_BACK = 9;

interface Props {
  legend: string;
  /** `YYYY-MM`. */
  value: string;
  onChange(value: string): void;
  testId: string;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A month and a year, named in the UI language: a native month input shows "July 2026" on an
 * English Windows whatever language Cabina speaks (as DateField avoids for days).
 */
export function MonthField({ legend, value, onChange, testId, invalid, describedBy }: Props) {
  const { t, i18n } = useTranslation();
  const [year = '', month = ''] = value.split('-');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - YEARS_BACK + i));
  if (year && !years.includes(year)) years.unshift(year);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  return (
    <fieldset className="voices-month" data-testid={testId} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <select aria-label={t('voices.summary.monthOf', { field: legend })} data-testid={`${testId}-month`} value={month} aria-invalid={invalid} onChange={(e) => onChange(`${year}-${e.target.value}`)}>
        {Array.from({ length: 12 }, (_, i) => {
          const m = String(i + 1).padStart(2, '0');
          return (
            <option key={m} value={m}>
              {monthName.format(new Date(Date.UTC(2000, i, 1)))}
            </option>
          );
        })}
      </select>
      <select aria-label={t('voices.summary.yearOf', { field: legend })} data-testid={`${testId}-year`} value={year} aria-invalid={invalid} onChange={(e) => onChange(`${e.target.value}-${month}`)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
