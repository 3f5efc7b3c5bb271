import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../shared/locales/index.ts';
import { PSEUDO_LOCALE } from '../../../shared/text/pseudo-locale.ts';
import { useCommunityLanguages } from '../i18n/community-languages.tsx';
import { currentUiLanguage } from '../i18n/i18n.ts';

export function UiLanguageSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const community = useCommunityLanguages();
  const installed = community?.state.status === 'ready' ? community.state.languages : [];
  const active = community?.active ?? i18n.language;
  const value = isUiLanguage(active) || active === 'es' ? currentUiLanguage(i18n) : active;
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('app.uiLanguage.label')}</label>
      <select
        id={id}
        data-testid="ui-language"
        value={value}
        onChange={(event) => {
          const code = event.target.value;
          if (isUiLanguage(code)) void i18n.changeLanguage(code);
          else void community?.choose(code);
        }}
      >
        {/* Each name in its own language so a user lost in the wrong one can find theirs. */}
        <option value="es-MX" lang="es">
          {t('app.uiLanguage.es')}
        </option>
        <option value="en" lang="en">
          {t('app.uiLanguage.en')}
        </option>
        {/* Issue #15 §3: translations the community made, named as their speakers write them. */}
        {installed.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
        {active === PSEUDO_LOCALE && <option value={PSEUDO_LOCALE}>{t('translate.pseudoName')}</option>}
      </select>
    </div>
  );
}
