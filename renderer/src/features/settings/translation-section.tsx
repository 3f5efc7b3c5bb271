import { useRef, useState } from 'react';
import { Download, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { TranslationFormat, TranslationProblem } from '../../../../shared/api/methods/ui-strings.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import { LanguageCombobox } from '../../components/language-combobox.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { InstalledLanguages } from './installed-languages.tsx';

type Busy = null | 'export' | 'import';

/**
 * Ajustes › Traducir la interfaz (issue #15 §3): export every UI string with its context as PO or
 * XLIFF, import the translated file back (checked in the core), and manage the installed languages.
 */
export function TranslationSection() {
  const { t } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement | null>(null);
  const staging = useRef<AbortController | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [exported, setExported] = useState<MethodOutput<'uiStrings.export'> | null>(null);
  const [imported, setImported] = useState<MethodOutput<'uiStrings.import'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function exportFile(format: TranslationFormat) {
    if (!language) return;
    setError(null);
    setBusy('export');
    try {
      setExported(await api.call('uiStrings.export', { format, language, name: name.trim() }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function importFile(file: File) {
    setError(null);
    setImported(null);
    setBusy('import');
    const controller = new AbortController();
    staging.current = controller;
    try {
      const source = await api.stageFile(file, { onProgress: () => undefined, signal: controller.signal });
      setImported(await api.call('uiStrings.import', { source, originalName: file.name }));
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    } finally {
      staging.current = null;
      setBusy(null);
    }
  }

  const refused = imported?.problems.filter((p) => p.problem !== 'too_long') ?? [];
  const tooLong = imported?.problems.filter((p) => p.problem === 'too_long') ?? [];
  const problemText = (p: TranslationProblem) => t(`translate.problem.${p.problem}`, { key: p.key, detail: p.detail });
  return (
    <section className="settings-section" aria-labelledby="translate-title" data-testid="translate-settings">
      <h2 id="translate-title">{t('translate.title')}</h2>
      <p className="muted">{t('translate.intro')}</p>
      <div className="field">
        <label htmlFor="translate-language" className="field-label">
          {t('translate.exportLanguage')}
        </label>
        <LanguageCombobox id="translate-language" testId="translate-language" value={language} onChange={setLanguage} />
      </div>
      <label className="field">
        <span className="field-label">{t('translate.exportName')}</span>
        <input value={name} maxLength={80} data-testid="translate-name" onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="button-row">
        {(['po', 'xliff'] as const).map((format) => (
          <button key={format} type="button" className="button" data-testid={`translate-export-${format}`} disabled={!language || busy !== null} onClick={() => void exportFile(format)}>
            <Download className="button-icon" aria-hidden="true" size={16} />
            {t(format === 'po' ? 'translate.exportPo' : 'translate.exportXliff')}
          </button>
        ))}
        <button type="button" className="button" data-testid="translate-import" disabled={busy !== null} onClick={() => input.current?.click()}>
          <Upload className="button-icon" aria-hidden="true" size={16} />
          {t('translate.importButton')}
        </button>
      </div>
      {!language && <p className="hint">{t('translate.needLanguage')}</p>}
      <input
        ref={input}
        type="file"
        accept=".po,.xlf,.xliff,text/x-gettext-translation,application/xliff+xml"
        className="visually-hidden-input"
        data-testid="translate-import-input"
        aria-label={t('translate.importLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          if (picked) void importFile(picked);
        }}
      />
      {busy !== null && (
        <div className="help-import-progress" role="status" data-testid="translate-busy">
          <span>{t(busy === 'export' ? 'translate.exporting' : 'translate.importing')}</span>
          {busy === 'import' && (
            <button type="button" className="button button-small" onClick={() => staging.current?.abort()}>
              {t('help.record.cancel')}
            </button>
          )}
        </div>
      )}
      {imported && (
        <div role="status" data-testid="translate-imported">
          <p>{t('translate.imported', { name: imported.language.name, translated: imported.language.translated, total: imported.language.total })}</p>
          {refused.length > 0 && <ProblemList heading={t('translate.problemsHeading')} items={refused.map(problemText)} testId="translate-refused" />}
          {tooLong.length > 0 && <ProblemList heading={t('translate.tooLongHeading')} items={tooLong.map(problemText)} testId="translate-too-long" />}
        </div>
      )}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="translate-error">
          {t('translate.failed', { reason: errorMessage(error, t) })}
        </p>
      )}
      {exported && <FileResultDialog title={t('translate.ready')} files={[{ path: exported.path, name: exported.fileName }]} onClose={() => setExported(null)}>
        <p>{t('translate.exported', { count: exported.strings })}</p>
      </FileResultDialog>}
      <InstalledLanguages />
    </section>
  );
}

function ProblemList({ heading, items, testId }: { heading: string; items: string[]; testId: string }) {
  return (
    <>
      <p>{heading}</p>
      <ul className="translate-problems" data-testid={testId}>
        {items.slice(0, 50).map((text) => (
          <li key={text}>{text}</li>
        ))}
        {items.length > 50 && <li>…</li>}
      </ul>
    </>
  );
}
