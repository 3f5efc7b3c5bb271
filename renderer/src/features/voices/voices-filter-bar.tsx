import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StateOptions } from '../../components/state-options.tsx';
import { useCategories } from './categories-context.tsx';
import type { VoicesFilters } from './voices-filters.ts';

/** Words in the summary, one problem, one state (where people come from or where they work). */
export function VoicesFilterBar({ filters, onChange }: { filters: VoicesFilters; onChange(next: VoicesFilters): void }) {
  const { t } = useTranslation();
  const categories = useCategories();
  const id = useId();
  return (
    <form className="voices-filters" role="search" aria-label={t('voices.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field voices-filter-query">
        <label htmlFor={`${id}-query`}>{t('voices.filters.query')}</label>
        <input id={`${id}-query`} type="search" data-testid="voices-query" placeholder={t('voices.filters.queryPlaceholder')} value={filters.query} onChange={(e) => onChange({ ...filters, query: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('voices.filters.category')}</label>
        <select id={`${id}-category`} data-testid="voices-filter-category" value={filters.category ?? ''} onChange={(e) => onChange({ ...filters, category: e.target.value || null })}>
          <option value="">{t('voices.filters.anyCategory')}</option>
          {categories.list.map((c) => (
            <option key={c.id} value={c.id}>
              {categories.name(c.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>{t('voices.filters.state')}</label>
        <select id={`${id}-state`} data-testid="voices-filter-state" value={filters.stateCode ?? ''} onChange={(e) => onChange({ ...filters, stateCode: e.target.value || null })}>
          <option value="">{t('voices.filters.anyState')}</option>
          <StateOptions />
        </select>
      </div>
    </form>
  );
}
