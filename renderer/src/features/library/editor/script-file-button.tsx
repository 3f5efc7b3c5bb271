import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useScriptFile } from './use-script-file.ts';

interface Props {
  currentScript: string;
  onLoad(text: string): void;
}

/** "Load script from file…" beside a version's script: a labelled button over a hidden file input. */
export function ScriptFileButton({ currentScript, onLoad }: Props) {
  const { t } = useTranslation();
  const { state, read, confirm, keep } = useScriptFile(currentScript, onLoad);
  const input = useRef<HTMLInputElement>(null);
  const ids = { hint: useId() };
  const busy = state.kind === 'reading';

  return (
    <div className="script-file" data-testid="script-file">
      <input
        ref={input}
        type="file"
        accept=".txt,.docx,.odt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
        hidden
        data-testid="script-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so picking the same file again still fires a change.
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <button type="button" className="button" aria-describedby={ids.hint} disabled={busy || state.kind === 'confirm'} data-testid="script-file-load" onClick={() => input.current?.click()}>
        {t('editor.scriptFile.load')}
      </button>
      <p id={ids.hint} className="muted small">
        {t('editor.scriptFile.hint')}
      </p>
      <div aria-live="polite">
        {state.kind === 'reading' && (
          <p className="muted small" role="status" data-testid="script-file-reading">
            {t('editor.scriptFile.loading', { name: state.name })}
          </p>
        )}
        {state.kind === 'loaded' && (
          <p className="message small" role="status" data-testid="script-file-loaded">
            {t('editor.scriptFile.loaded', { name: state.name })}
          </p>
        )}
        {state.kind === 'empty' && (
          <p className="message small" role="status" data-testid="script-file-empty">
            {t('editor.scriptFile.empty', { name: state.name })}
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="field-error" role="alert" data-testid="script-file-error">
          {errorMessage(state.error, t, { name: state.name })}
        </p>
      )}
      {state.kind === 'confirm' && (
        <ConfirmDialog
          title={t('editor.scriptFile.replaceTitle')}
          body={t('editor.scriptFile.replaceBody', { name: state.name })}
          keepLabel={t('editor.scriptFile.keep')}
          confirmLabel={t('editor.scriptFile.replace')}
          onKeep={keep}
          onConfirm={confirm}
          testId="script-file-confirm"
          keepTestId="script-file-keep"
          confirmTestId="script-file-replace"
          heading="h5"
        />
      )}
    </div>
  );
}
