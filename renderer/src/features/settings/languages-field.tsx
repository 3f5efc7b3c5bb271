import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/icons.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { useCatalogs } from '../../components/catalog-context.tsx';

interface Props {
  id: string;
  value: string[];
  onChange(codes: string[]): void;
}

/** Multi-select over the Library's language combobox: each pick becomes a removable tag. */
export function LanguagesField({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  return (
    <div className="station-languages">
      {value.length === 0 ? (
        <p className="muted" data-testid="station-languages-empty">
          {t('settings.noLanguages')}
        </p>
      ) : (
        <ul className="tag-list" aria-label={t('settings.fields.languages')}>
          {value.map((code) => {
            const name = catalogs.languageName(code);
            return (
              <li key={code} className="tag" data-testid="station-language" data-code={code}>
                <span>{name}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('settings.removeLanguage', { name })}
                  title={t('settings.removeLanguage', { name })}
                  onClick={() => onChange(value.filter((c) => c !== code))}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <LanguageCombobox id={id} testId="station-language-select" value={null} onChange={(code) => code && !value.includes(code) && onChange([...value, code])} />
    </div>
  );
}
