import { Save } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptRevision } from '../../../../shared/domain/production.ts';
import { useApi } from '../../api/api-context.tsx';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { intlLocale } from '../../i18n/civil-date.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import type { ScriptSaved } from './production-types.ts';

interface Props {
  segmentId: string;
  revisions: readonly ScriptRevision[];
  /** The answer to the last save in this panel, so the panel can say what became outdated. */
  saved: ScriptSaved | null;
  onSaved(result: ScriptSaved): void;
}

/** Most master scripts are written in Spanish, the language the station's translators share. */
const DEFAULT_SCRIPT_LANGUAGE = 'spa';

/**
 * The master script. Saving never overwrites: it adds a revision, and the translations made from
 * an older one become outdated — the note after saving says how many, so nobody is surprised.
 */
export function ScriptEditor({ segmentId, revisions, saved, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const catalogs = useCatalogs();
  const id = useId();
  const sorted = [...revisions].sort((a, b) => b.revision - a.revision);
  const current = sorted[0] ?? null;
  const [language, setLanguage] = useState<string | null>(current?.languageCode ?? DEFAULT_SCRIPT_LANGUAGE);
  const [author, setAuthor] = useState(current?.author ?? '');
  const [text, setText] = useState(current?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string } | null>(null);
  const unchanged = current !== null && text === current.text && language === current.languageCode;
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'short', timeStyle: 'short' }).format(date);
  };

  async function save() {
    if (!language) {
      setProblem({ message: t('production.script.needLanguage') });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onSaved(await api.call('production.script.save', { segmentId, languageCode: language, text, author }));
    } catch (error) {
      setProblem({ message: `${t('production.script.saveFailed')} ${errorMessage(error, t)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="production-section" aria-labelledby={`${id}-heading`} data-testid="production-script">
      <h3 id={`${id}-heading`}>
        {t('production.script.heading')}{' '}
        <span className="muted small" data-testid="production-script-revision">
          {current ? t('production.script.current', { revision: current.revision }) : t('production.script.none')}
        </span>
      </h3>
      <div className="production-field-pair">
        <div className="field">
          <label htmlFor={`${id}-language`} className="field-label">
            {t('production.script.language')}
          </label>
          <LanguageCombobox id={`${id}-language`} testId="production-script-language" value={language} onChange={setLanguage} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-author`}>{t('production.script.author')}</label>
          <input id={`${id}-author`} type="text" data-testid="production-script-author" maxLength={120} value={author} onChange={(e) => setAuthor(e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('production.script.text')}</label>
        <textarea id={`${id}-text`} data-testid="production-script-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="production-script-save" disabled={busy || unchanged} onClick={() => void save()}>
          <Save className="button-icon" aria-hidden="true" size={16} />
          {busy ? t('production.script.saving') : t('production.script.save')}
        </button>
      </div>
      {saved && (
        <p className="production-note" role="status" data-testid="production-script-saved">
          {t('production.script.saved', { revision: saved.revision.revision })}{' '}
          {saved.outdated.length === 0
            ? t('production.script.noneOutdated')
            : t('production.script.outdated', { count: saved.outdated.length, languages: saved.outdated.map(catalogs.languageName).join(', ') })}
        </p>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="production-script-error">
          {problem.message}
        </p>
      )}
      {sorted.length > 1 && (
        <div className="production-revisions">
          <h4>{t('production.script.earlier')}</h4>
          <ul data-testid="production-revisions">
            {sorted.slice(1).map((r) => (
              <li key={r.revision} data-testid="production-revision">
                <details>
                  <summary>
                    {t('production.script.revisionLine', { revision: r.revision, date: when(r.createdAt), author: r.author || t('production.script.noAuthor') })} · {catalogs.languageName(r.languageCode)}
                  </summary>
                  <p className="production-revision-text">{r.text}</p>
                </details>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
