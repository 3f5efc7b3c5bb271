import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES } from '../../../../shared/domain/production.ts';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import type { LanguageAt, ProductionFilters } from './production-filters.ts';

interface Props {
  filters: ProductionFilters;
  onChange(next: ProductionFilters): void;
}

/**
 * Search plus the two questions a coordinator asks: "already this far in X" and "not yet this far
 * in Y" — together, "approved in Spanish, missing in Mixteco de la Costa".
 */
export function FilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form className="production-filters" aria-label={t('production.filters.label')} role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field production-filter-query">
        <label htmlFor={`${id}-query`}>{t('production.filters.query')}</label>
        <input
          id={`${id}-query`}
          type="search"
          data-testid="production-query"
          placeholder={t('production.filters.queryPlaceholder')}
          value={filters.query}
          onChange={(e) => onChange({ ...filters, query: e.target.value })}
        />
      </div>
      <LanguageAtField
        kind="reached"
        legend={t('production.filters.reached')}
        statusLabel={t('production.filters.reachedStatus')}
        value={filters.reached}
        onChange={(reached) => onChange({ ...filters, reached })}
      />
      <LanguageAtField
        kind="notReached"
        legend={t('production.filters.notReached')}
        statusLabel={t('production.filters.notReachedStatus')}
        value={filters.notReached}
        onChange={(notReached) => onChange({ ...filters, notReached })}
      />
      <label className="production-filter-check">
        <input type="checkbox" data-testid="production-outdated-only" checked={filters.outdatedOnly} onChange={(e) => onChange({ ...filters, outdatedOnly: e.target.checked })} />
        {t('production.filters.outdatedOnly')}
      </label>
    </form>
  );
}

function LanguageAtField({ kind, legend, statusLabel, value, onChange }: { kind: 'reached' | 'notReached'; legend: string; statusLabel: string; value: LanguageAt; onChange(next: LanguageAt): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="production-filter-pair" data-testid={`production-filter-${kind}`}>
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={`${id}-language`} className="field-label">
          {t('production.filters.language')}
        </label>
        <LanguageCombobox id={`${id}-language`} testId={`production-${kind}-language`} value={value.languageCode} onChange={(languageCode) => onChange({ ...value, languageCode })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`} className="field-label">
          {statusLabel}
        </label>
        <select id={`${id}-status`} data-testid={`production-${kind}-status`} value={value.status} onChange={(e) => onChange({ ...value, status: TASK_STATUSES.find((s) => s === e.target.value) ?? value.status })}>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`production.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
