import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityLanguage } from '../../../../shared/api/methods/ui-strings.ts';
import { useApi } from '../../api/api-context.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useCommunityLanguages } from '../../i18n/community-languages.tsx';
import { defaultUiLanguage } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { PSEUDO_LOCALE } from '../../../../shared/text/pseudo-locale.ts';

/** The community translations in this data folder: use one, remove one, or try the pseudo-locale. */
export function InstalledLanguages() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const community = useCommunityLanguages();
  const [asking, setAsking] = useState<CommunityLanguage | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!community) return null;
  const { state, active } = community;

  async function remove(language: CommunityLanguage) {
    setError(null);
    try {
      if (active === language.code) await i18n.changeLanguage(defaultUiLanguage);
      await api.call('uiStrings.delete', { code: language.code });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div data-testid="translate-installed">
      <h3>{t('translate.installed')}</h3>
      {state.status === 'loading' && <p className="state-message">{t('translate.loading')}</p>}
      {state.status === 'error' && (
        <div className="state-message message-error" role="alert">
          <p>{t('translate.loadError')}</p>
          <p>{errorMessage(state.error, t)}</p>
          <button type="button" className="button" onClick={community.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.languages.length === 0 && <p className="state-message" data-testid="translate-none">{t('translate.none')}</p>}
      {state.status === 'ready' && state.languages.length > 0 && (
        <ul className="spoken-help-list">
          {state.languages.map((l) => (
            <li key={l.code} data-testid="translate-language-item" data-code={l.code}>
              <span className="spoken-help-name" lang={l.code}>
                {l.name} ({l.code})
              </span>
              <span className="muted small">{t('translate.progress', { translated: l.translated, total: l.total })}</span>
              {active === l.code ? (
                <span className="badge">{t('translate.inUse')}</span>
              ) : (
                <button type="button" className="button button-small" data-testid="translate-use" onClick={() => void community.choose(l.code).catch(setError)}>
                  {t('translate.use')}
                </button>
              )}
              <button type="button" className="button button-small" data-testid="translate-delete" onClick={() => setAsking(l)}>
                {t('translate.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('translate.pseudoHint')}</p>
      <button
        type="button"
        className="button button-small"
        data-testid="translate-pseudo"
        onClick={() => void (active === PSEUDO_LOCALE ? i18n.changeLanguage(defaultUiLanguage) : community.choose(PSEUDO_LOCALE))}
      >
        {active === PSEUDO_LOCALE ? t('app.uiLanguage.es') : t('translate.pseudo')}
      </button>
      {asking && (
        <ConfirmDialog
          testId="translate-confirm"
          title={t('translate.delete')}
          body={t('translate.confirmDelete', { name: asking.name })}
          keepLabel={t('translate.keep')}
          confirmLabel={t('translate.delete')}
          onKeep={() => setAsking(null)}
          onConfirm={() => {
            const language = asking;
            setAsking(null);
            void remove(language);
          }}
        />
      )}
      {error !== null && (
        <p className="message-error" role="alert">
          {t('translate.failed', { reason: errorMessage(error, t) })}
        </p>
      )}
    </div>
  );
}
