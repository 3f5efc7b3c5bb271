import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';
import { HELP_TARGETS, helpTargetKey, type HelpTarget } from '../../../../shared/domain/help-targets.ts';
import type { Take } from '../../../../shared/domain/recording.ts';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';

// As the Library's import (features do not import each other): Windows often has no MIME type for .opus or .amr.
const AUDIO_ACCEPT = 'audio/*,.wav,.mp3,.m4a,.aac,.ogg,.oga,.opus,.amr,.3gp,.flac,.wma,.webm';

/** "This take is a help prompt for <action>, in <language>" (issue #15), instead of a segment. */
export interface HelpChoice {
  enabled: boolean;
  target: HelpTarget;
  languageCode: string | null;
}

export const noHelpChoice: HelpChoice = { enabled: false, target: 'library.import', languageCode: null };

/**
 * A finished take becomes the prompt: its audio (already in the store) is saved for the target,
 * then the take and the draft segment it made are discarded, so the prompt never shows in the Library.
 */
export async function saveTakeAsPrompt(api: ApiClient, take: Take, choice: HelpChoice): Promise<void> {
  if (!take.assetId || !choice.languageCode) throw new Error('take without audio or prompt without language');
  await api.call('help.save', { target: choice.target, languageCode: choice.languageCode, assetId: take.assetId });
  await api.call('recording.discard', { id: take.id });
}

type Props = { value: HelpChoice; onChange: (next: HelpChoice) => void; languages: readonly LanguageEntry[]; disabled: boolean; onNotice: (n: { kind: 'info' | 'error'; text: string }) => void };

/** The Grabar page's spoken-help section: the target (named in the UI language), its language, and "import a file instead". */
export function HelpPromptChoice({ value, onChange, languages, disabled, onNotice }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const job = useJob();
  const input = useRef<HTMLInputElement | null>(null);
  const [staging, setStaging] = useState(false);
  const english = i18n.language.startsWith('en');
  const targetName = (target: HelpTarget) => t(helpTargetKey(target));

  async function importFile(file: File) {
    const languageCode = value.languageCode;
    if (!languageCode) return onNotice({ kind: 'error', text: t('help.record.needLanguage') });
    try {
      setStaging(true);
      const controller = new AbortController();
      const source = await api.stageFile(file, { onProgress: () => undefined, signal: controller.signal }).finally(() => setStaging(false));
      await job.run((jobId) => api.call('help.import', { jobId, source, originalName: file.name, target: value.target, languageCode }));
      onNotice({ kind: 'info', text: t('help.record.saved', { target: targetName(value.target) }) });
    } catch (error) {
      if (!isCancelledError(error)) onNotice({ kind: 'error', text: errorMessage(error, t) });
    }
  }

  return (
    <fieldset className="record-help" disabled={disabled} data-testid="help-prompt-choice">
      <legend>{t('help.record.legend')}</legend>
      <label className="field-check">
        <input type="checkbox" data-testid="help-prompt-enable" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />
        {t('help.record.enable')}
      </label>
      {value.enabled && (
        <>
          <p className="hint">{t('help.record.hint')}</p>
          <label className="field">
            <span>{t('help.record.target')}</span>
            <select data-testid="help-prompt-target" value={value.target} onChange={(e) => onChange({ ...value, target: e.target.value as HelpTarget })}>
              {HELP_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {targetName(target)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('help.record.language')}</span>
            <select data-testid="help-prompt-language" value={value.languageCode ?? ''} onChange={(e) => onChange({ ...value, languageCode: e.target.value || null })}>
              <option value="">—</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {english ? l.nameEn : l.nameEs}
                </option>
              ))}
            </select>
          </label>
          {value.languageCode === null && <p className="hint" data-testid="help-prompt-need-language">{t('help.record.needLanguage')}</p>}
          {job.running || staging ? (
            <div className="help-import-progress" role="status" data-testid="help-prompt-importing">
              <span>{t('help.record.importing')}</span>
              <progress max={1} value={job.fraction} aria-label={t('help.record.importing')} />
              <button type="button" className="button button-small" onClick={job.cancel}>
                {t('help.record.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button button-small" data-testid="help-prompt-import" disabled={value.languageCode === null} onClick={() => input.current?.click()}>
              {t('help.record.importButton')}
            </button>
          )}
          <input
            ref={input}
            type="file"
            accept={AUDIO_ACCEPT}
            className="visually-hidden-input"
            data-testid="help-prompt-import-input"
            aria-label={t('help.record.importLabel')}
            tabIndex={-1}
            onChange={(e) => {
              const picked = e.target.files?.[0];
              e.target.value = '';
              if (picked) void importFile(picked);
            }}
          />
        </>
      )}
    </fieldset>
  );
}
