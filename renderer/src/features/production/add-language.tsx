import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { errorMessage } from '../../i18n/error-message.ts';

/** A new language for the segment: a task "to translate" with nothing else filled in yet. */
export function AddLanguage({ segmentId, taken, onAdded }: { segmentId: string; taken: readonly string[]; onAdded(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [language, setLanguage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // task.save on an existing language would quietly do nothing: say so instead.
  const already = language !== null && taken.includes(language);

  async function add() {
    if (!language || already) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('production.task.save', { segmentId, languageCode: language });
      setLanguage(null);
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="production-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('production.panel.addLanguage')}</h3>
      <div className="production-add-language">
        <div className="field">
          <label htmlFor={`${id}-language`} className="sr-only">
            {t('production.panel.addLanguage')}
          </label>
          <LanguageCombobox id={`${id}-language`} testId="production-add-language" value={language} onChange={setLanguage} />
        </div>
        <button type="button" className="button" data-testid="production-add-language-button" disabled={!language || already || busy} onClick={() => void add()}>
          <Plus className="button-icon" aria-hidden="true" size={16} />
          {t('production.panel.addLanguageButton')}
        </button>
      </div>
      {already && <p className="hint">{t('production.panel.alreadyThere')}</p>}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="production-add-language-error">
          {t('production.panel.addFailed')} {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
