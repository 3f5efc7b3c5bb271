import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../shared/locales/index.ts';
import { currentUiLanguage } from '../i18n/i18n.ts';

export function UiLanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('app.uiLanguage.label')}</label>
      <select
        id={id}
        data-testid="ui-language"
        value={currentUiLanguage(i18n)}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) void i18n.changeLanguage(event.target.value);
        }}
      >
        {/* Each name in its own language so a user lost in the wrong one can find theirs. */}
        <option value="es-MX" lang="es">
          {t('app.uiLanguage.es')}
        </option>
        <option value="en" lang="en">
          {t('app.uiLanguage.en')}
        </option>
      </select>
    </div>
  );
}
