import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-client.ts';
import { CloseIcon } from '../../../components/icons.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { fieldForPath, labelKeyForPath, type FieldErrors, type SegmentDraft } from './draft.ts';
import { SegmentFields } from './segment-fields.tsx';
import { UnsavedDialog } from './unsaved-dialog.tsx';
import type { SegmentEditorModel } from './use-segment-editor.ts';
import { VersionFields } from './version-fields.tsx';

interface Props {
  editor: SegmentEditorModel;
  /** Set while the user tries to leave with unsaved changes. */
  guardOpen: boolean;
  onClose(): void;
  onDiscard(): void;
  onKeepEditing(): void;
}

export function SegmentEditor({ editor, guardOpen, onClose, onDiscard, onKeepEditing }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { load, save } = editor;
  const fieldLabel = (path: string) => {
    const key = labelKeyForPath(path);
    return key ? t(key) : null;
  };

  const errors: FieldErrors = {};
  for (const problem of save.problems) errors[problem.field] ??= t(problem.key);
  let generalError: string | null = null;
  if (save.error) {
    generalError = errorMessage(save.error, t, { fieldLabel });
    const apiError = save.error instanceof ApiError ? save.error : null;
    const field = apiError?.code === 'validity.range' ? 'validUntil' : typeof apiError?.details?.field === 'string' ? fieldForPath(apiError.details.field) : null;
    if (field) errors[field] = generalError;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void editor.submit();
  };
  const setSegment = (patch: Partial<SegmentDraft>) => editor.setDraft((d) => ({ ...d, ...patch }));

  return (
    <aside className="editor-panel" aria-labelledby={headingId} data-testid="editor-panel">
      <div className="editor-header">
        <h2 id={headingId}>{t('editor.heading')}</h2>
        <button type="button" className="icon-button" data-testid="editor-close" aria-label={t('editor.close')} title={t('editor.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {guardOpen && load.status === 'ready' && <UnsavedDialog title={load.base.title} onDiscard={onDiscard} onKeep={onKeepEditing} />}
      {load.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {load.status === 'error' && (
        <div className="message message-error" role="alert">
          <p>{t('editor.loadError')}</p>
          <p>{errorMessage(load.error, t)}</p>
          <button type="button" className="button" onClick={editor.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && (
        <form className="editor-form" onSubmit={onSubmit} noValidate key={load.segment.id}>
          <div className="editor-scroll">
            <SegmentFields draft={load.draft} errors={errors} onChange={setSegment} />
            <h3 className="section-heading">{t('editor.versions.heading')}</h3>
            {load.draft.versions.map((version, index) => (
              <VersionFields
                key={version.id}
                version={version}
                index={index}
                onChange={(update) => editor.setDraft((d) => ({ ...d, versions: d.versions.map((v) => (v.id === version.id ? update(v) : v)) }))}
              />
            ))}
          </div>
          <div className="editor-footer">
            <div className="editor-status" aria-live="polite" data-testid="editor-status-message">
              {save.saving && t('editor.saving')}
              {save.saved && !editor.dirty && t('editor.saved')}
            </div>
            {generalError && (
              <p className="field-error" role="alert" data-testid="editor-error">
                {generalError}
              </p>
            )}
            {save.problems.length > 0 && (
              <p className="field-error" role="alert">
                {save.problems.map((p) => t(p.key)).join(' ')}
              </p>
            )}
            <div className="button-row">
              <button type="button" className="button button-quiet" disabled={!editor.dirty || save.saving} onClick={editor.resetDraft}>
                {t('editor.discardEdits')}
              </button>
              <button type="submit" className="button button-primary" data-testid="editor-save" disabled={!editor.dirty || save.saving}>
                {save.saving ? t('editor.saving') : t('editor.save')}
              </button>
            </div>
          </div>
        </form>
      )}
    </aside>
  );
}
