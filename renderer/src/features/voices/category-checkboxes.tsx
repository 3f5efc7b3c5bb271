import { useTranslation } from 'react-i18next';
import { useCategories } from './categories-context.tsx';

/** The problems a testimony tells of, from the catalog, each with its one-line description as a hint. */
export function CategoryCheckboxes({ value, onChange }: { value: readonly string[]; onChange(next: string[]): void }) {
  const { t } = useTranslation();
  const categories = useCategories();
  return (
    <fieldset className="boxed-fieldset voices-categories" data-testid="voices-categories">
      <legend>{t('voices.form.categories')}</legend>
      {categories.list.map((c) => {
        const description = categories.description(c.id);
        return (
          <label key={c.id} className="voices-check" title={description || undefined}>
            <input
              type="checkbox"
              data-testid="voices-category"
              data-category={c.id}
              checked={value.includes(c.id)}
              // The catalog's order, whatever order they were ticked in.
              onChange={(e) => onChange(categories.ids.filter((id) => (id === c.id ? e.target.checked : value.includes(id))))}
            />
            <span>{categories.name(c.id)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
