import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { EditorWorkspace } from './editor-workspace.tsx';
import type { JingleOption } from './use-edit-actions.ts';
import { useEditorData } from './use-editor-data.ts';

/**
 * The waveform editor of one version (issues #3, #11 "Editar"): says it is loading while
 * the core measures the file (seconds for a long recording the first time), says what went wrong
 * in plain words with a retry, then opens the editor.
 */
export function WaveformEditor({ versionId, assetId, jingles, title }: { versionId: string; assetId: string; jingles: JingleOption[]; title?: string }) {
  const { t } = useTranslation();
  const { state, retry } = useEditorData(versionId, assetId);
  if (state.status === 'loading') {
    return (
      <div className="state-message edit-loading" role="status" data-testid="edit-loading">
        <p>{t('edit.loading')}</p>
        {state.fraction === null ? <progress aria-label={t('edit.loading')} /> : <progress max={1} value={state.fraction} aria-label={t('edit.loading')} />}
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="state-message message-error" role="alert" data-testid="edit-load-error">
        <p>{t('edit.loadFailed', { reason: errorMessage(state.error, t) })}</p>
        <button type="button" className="button" onClick={retry} data-testid="edit-load-retry">
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <EditorWorkspace data={state.data} jingles={jingles} title={title} />;
}
