import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id} className="sr-only">
        {t('library.search.label')}
      </label>
      <input
        id={id}
        type="search"
        data-testid="search-input"
        value={value}
        placeholder={t('library.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
