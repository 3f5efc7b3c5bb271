import { LoadError } from '../../components/load-error.tsx';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryScope } from './use-summary.ts';
import type { PlaceRole } from '../../../../shared/domain/voices.ts';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { todayIso } from '../../i18n/format.ts';
import { useCategories } from './categories-context.tsx';
import { MonthField } from './month-field.tsx';
import { SummaryExport } from './summary-export.tsx';
import { defaultRange, monthsBetween, pivot, type MonthRange } from './summary-pivot.ts';
import { SummaryTable } from './summary-table.tsx';
import { useSummary } from './use-summary.ts';

/**
 * Resumen (issue #14 §2): how many testimonies of each problem, by state, month by month — only of
 * those whose consent covers anonymised reports, and the page says how many were left out.
 */
export function SummaryTab() {
  const { t, i18n } = useTranslation();
  const catalogs = useCatalogs();
  const categories = useCategories();
  const id = useId();
  const [range, setRange] = useState<MonthRange>(() => defaultRange(todayIso()));
  const [placeRole, setPlaceRole] = useState<PlaceRole>('work');
  // Station: this station's own testimonies. Network: at IREX, what the stations' receipts counted.
  const [scope, setScope] = useState<SummaryScope>('station');
  const [month, setMonth] = useState<string | null>(null);
  const reversed = range.from > range.to;
  // A reversed range is refused by the contract: keep asking for the last good one while the user fixes it.
  const [asked, setAsked] = useState({ ...range, placeRole, scope });
  const wanted = { ...range, placeRole, scope };
  if (!reversed && JSON.stringify(wanted) !== JSON.stringify(asked)) setAsked(wanted);
  const { resource, reload } = useSummary(asked);
  const months = monthsBetween(asked);
  const shownMonth = month && months.includes(month) ? month : null;
  const monthName = (m: string) => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T12:00:00Z`));
  const stateOrder = useMemo(() => {
    const names = new Map(catalogs.sortedStates.map((s, i) => [s.code, i]));
    return (codes: string[]) => [...codes].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (names.get(a) ?? 99) - (names.get(b) ?? 99)));
  }, [catalogs.sortedStates]);
  const table = useMemo(
    () => (resource.status === 'ready' ? pivot(resource.value.cells, shownMonth, categories.ids, stateOrder) : null),
    [resource, shownMonth, categories.ids, stateOrder],
  );

  return (
    <div className="voices-summary" data-testid="voices-summary">
      <p className="muted small">{t('voices.summary.intro')}</p>
      <form className="voices-filters" aria-label={t('voices.summary.controls')} onSubmit={(e) => e.preventDefault()}>
        <MonthField legend={t('voices.summary.from')} testId="voices-summary-from" value={range.from} invalid={reversed} onChange={(from) => setRange({ ...range, from })} />
        <MonthField legend={t('voices.summary.to')} testId="voices-summary-to" value={range.to} invalid={reversed} describedBy={reversed ? `${id}-reversed` : undefined} onChange={(to) => setRange({ ...range, to })} />
        <fieldset className="boxed-fieldset voices-radios voices-role">
          <legend>{t('voices.summary.placeRole')}</legend>
          {(['origin', 'work'] as const).map((role) => (
            <label key={role} className="voices-check">
              <input type="radio" name={`${id}-role`} data-testid={`voices-summary-role-${role}`} checked={placeRole === role} onChange={() => setPlaceRole(role)} />
              <span>{t(`voices.summary.role.${role}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="boxed-fieldset voices-radios voices-role">
          <legend>{t('voices.summary.scope')}</legend>
          {(['station', 'network'] as const).map((s) => (
            <label key={s} className="voices-check">
              <input type="radio" name={`${id}-scope`} data-testid={`voices-summary-scope-${s}`} checked={scope === s} onChange={() => setScope(s)} />
              <span>{t(`voices.summary.scopes.${s}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('voices.summary.month')}</label>
          <select id={`${id}-month`} data-testid="voices-summary-month" value={shownMonth ?? ''} onChange={(e) => setMonth(e.target.value || null)}>
            <option value="">{t('voices.summary.allMonths')}</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {reversed && (
        <p id={`${id}-reversed`} className="field-error" role="alert" data-testid="voices-summary-reversed">
          {t('voices.summary.reversed')}
        </p>
      )}
      {resource.status === 'loading' && (
        <p className="state-message" role="status" data-testid="voices-summary-loading">
          {t('voices.summary.loading')}
        </p>
      )}
      {resource.status === 'error' && (
        <LoadError title={t('voices.summary.loadError')} error={resource.error} onRetry={reload} testId="voices-summary-error" />
      )}
      {resource.status === 'ready' && table && (
        <>
          <p className="voices-count" data-testid="voices-summary-counted" aria-live="polite">
            {t('voices.summary.counted', { count: resource.value.counted })}
          </p>
          {asked.scope === 'network' && (
            <p className="hint" data-testid="voices-summary-stations">
              {t('voices.summary.stations', { count: resource.value.stations })}
            </p>
          )}
          {resource.value.leftOut > 0 && (
            <p className="hint" data-testid="voices-summary-left-out">
              {t('voices.summary.leftOut', { count: resource.value.leftOut })}
            </p>
          )}
          {table.total === 0 ? (
            <p className="state-message" data-testid="voices-summary-empty">
              {t('voices.summary.empty')}
            </p>
          ) : (
            <SummaryTable table={table} caption={shownMonth ? t('voices.summary.captionMonth', { month: monthName(shownMonth) }) : t('voices.summary.captionRange', { from: monthName(asked.from), to: monthName(asked.to) })} />
          )}
          <SummaryExport range={asked} disabled={resource.value.counted === 0} />
        </>
      )}
    </div>
  );
}
