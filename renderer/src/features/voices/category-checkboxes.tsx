import { useTranslation } from 'react-i18next';
import { useCatalogs } from '../../components/catalog-context.tsx';

/** The problems a testimony tells of, from the catalog, each with its one-line description as a hint. */
export function CategoryCheckboxes({ value, onChange }: { value: readonly string[]; onChange(next: string[]): void }) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  return (
    <fieldset className="voices-categories" data-testid="voices-categories">
      <legend>{t('voices.form.categories')}</legend>
      {catalogs.testimonyCategories.map((c) => {
        const description = catalogs.categoryDescription(c.id);
        return (
          <label key={c.id} className="voices-check" title={description || undefined}>
            <input
              type="checkbox"
              data-testid="voices-category"
              data-category={c.id}
              checked={value.includes(c.id)}
              // The catalog's order, whatever order they were ticked in.
              onChange={(e) => onChange(catalogs.testimonyCategories.map((x) => x.id).filter((id) => (id === c.id ? e.target.checked : value.includes(id))))}
            />
            <span>{catalogs.categoryName(c.id)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
