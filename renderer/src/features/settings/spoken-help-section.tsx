import { useState } from 'react';
import { Play, Square, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { HelpPrompt } from '../../../../shared/api/methods/help.ts';
import { helpTargetKey } from '../../../../shared/domain/help-targets.ts';
import { useApi } from '../../api/api-context.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { useSpokenHelp } from '../../components/spoken-help/spoken-help-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';

/**
 * Ajustes › Ayuda hablada (issue #15): which language the speakers speak, and every prompt the
 * station has — play it, or delete it (its audio goes with it) after a question.
 */
export function SpokenHelpSection() {
  const { t } = useTranslation();
  const api = useApi();
  const help = useSpokenHelp();
  const [asking, setAsking] = useState<HelpPrompt | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);
  if (!help) return null;
  const { state } = help;
  const name = (p: HelpPrompt) => ({ target: t(helpTargetKey(p.target)), language: help.languageName(p.languageCode) });

  async function run(failKey: string, action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure({ key: failKey, error });
    }
  }

  return (
    <section className="settings-section" aria-labelledby="spoken-help-title" data-testid="spoken-help-settings">
      <h2 id="spoken-help-title">{t('help.settings.title')}</h2>
      <p className="muted">{t('help.settings.intro')}</p>
      {state.status === 'loading' && <p className="state-message">{t('help.settings.loading')}</p>}
      {state.status === 'error' && (
        <div className="state-message message-error" role="alert">
          <p>{t('help.settings.loadError')}</p>
          <p>{errorMessage(state.error, t)}</p>
          <button type="button" className="button" onClick={help.reload}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <div className="field">
            <label htmlFor="spoken-help-language" className="field-label">
              {t('help.settings.language')}
            </label>
            <LanguageCombobox
              id="spoken-help-language"
              testId="spoken-help-language"
              value={state.promptLanguage}
              onChange={(code) => void run('help.settings.languageFailed', () => api.call('help.setLanguage', { languageCode: code }))}
            />
            <p className="hint">{state.promptLanguage ? help.languageName(state.promptLanguage) : t('help.settings.auto')}</p>
          </div>
          {state.prompts.length === 0 ? (
            <p className="state-message" data-testid="spoken-help-empty">
              {t('help.settings.empty')}
            </p>
          ) : (
            <ul className="spoken-help-list" aria-label={t('help.settings.listLabel')} data-testid="spoken-help-list">
              {state.prompts.map((p) => {
                const playing = help.playingId === p.id;
                return (
                  <li key={p.id} data-testid="spoken-help-item" data-target={p.target} data-language={p.languageCode}>
                    <span className="spoken-help-name">
                      {name(p).target} · {name(p).language}
                    </span>
                    <span className="muted small">
                      {formatDuration(p.durationSec)} · {t(`help.settings.origin.${p.origin.kind}`)}
                    </span>
                    <button type="button" className="button button-small" aria-pressed={playing} data-testid="spoken-help-item-play" onClick={() => help.toggle(p)}>
                      {playing ? <Square className="button-icon" aria-hidden="true" size={16} /> : <Play className="button-icon" aria-hidden="true" size={16} />}
                      {playing ? t('help.stop') : t('help.settings.play')}
                    </button>
                    <button type="button" className="button button-small" data-testid="spoken-help-item-delete" onClick={() => setAsking(p)}>
                      <Trash2 className="button-icon" aria-hidden="true" size={16} />
                      {t('help.settings.delete')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      {asking && (
        <ConfirmDialog
          testId="spoken-help-confirm"
          title={t('help.settings.delete')}
          body={t('help.settings.confirmDelete', name(asking))}
          keepLabel={t('help.settings.keep')}
          confirmLabel={t('help.settings.delete')}
          onKeep={() => setAsking(null)}
          onConfirm={() => {
            const id = asking.id;
            setAsking(null);
            void run('help.settings.deleteFailed', () => api.call('help.delete', { id }));
          }}
        />
      )}
      {failure && (
        <p className="message-error" role="alert" data-testid="spoken-help-settings-error">
          {t(failure.key)} {errorMessage(failure.error, t)}
        </p>
      )}
    </section>
  );
}
