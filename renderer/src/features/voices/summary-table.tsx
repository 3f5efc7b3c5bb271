import { useTranslation } from 'react-i18next';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { useCategories } from './categories-context.tsx';
import type { Pivot } from './summary-pivot.ts';

/** Categories down, states across, totals on both edges; it scrolls inside its own box when many states have counts. */
export function SummaryTable({ table, caption }: { table: Pivot; caption: string }) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const categories = useCategories();
  const stateName = (code: string) => (code === '' ? t('voices.summary.noState') : catalogs.stateName(code));
  return (
    <div className="voices-summary-scroll" data-testid="voices-summary-table">
      <table className="voices-summary-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voices.summary.category')}</th>
            {table.states.map((s) => (
              <th key={s} scope="col" data-testid="voices-summary-state" data-state={s}>
                {stateName(s)}
              </th>
            ))}
            <th scope="col">{t('voices.summary.total')}</th>
          </tr>
        </thead>
        <tbody>
          {table.categories.map((c) => (
            <tr key={c} data-testid="voices-summary-row" data-category={c}>
              <th scope="row">{categories.name(c)}</th>
              {table.states.map((s) => (
                <td key={s} data-state={s} className={table.count(c, s) === 0 ? 'muted' : undefined}>
                  {table.count(c, s)}
                </td>
              ))}
              <td className="voices-summary-total" data-testid="voices-summary-row-total">
                {table.categoryTotal(c)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('voices.summary.totalMentions')}</th>
            {table.states.map((s) => (
              <td key={s} className="voices-summary-total" data-state={s}>
                {table.stateTotal(s)}
              </td>
            ))}
            <td className="voices-summary-total" data-testid="voices-summary-grand-total">
              {table.total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
