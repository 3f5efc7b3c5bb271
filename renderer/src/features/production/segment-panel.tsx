import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/icons.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { AddLanguage } from './add-language.tsx';
import type { ScriptSaved, Selection } from './production-types.ts';
import { ScriptEditor } from './script-editor.tsx';
import { TaskEditor } from './task-editor.tsx';
import { TaskList } from './task-list.tsx';
import { currentRevision, useSegmentScript } from './use-segment-script.ts';

interface Props {
  selection: Selection;
  onSelect(next: Selection): void;
  onClose(): void;
  /** Something here changed the board: ask for it again without waiting for the core's event. */
  onChanged(): void;
}


/** The side panel for one segment: its master script, its language tasks, and one task opened. */
export function SegmentPanel({ selection, onSelect, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { resource, reload } = useSegmentScript(selection.segmentId);
  // Kept here, not in the editor: the editor remounts on the new revision and the note must survive it.
  const [saved, setSaved] = useState<ScriptSaved | null>(null);
  const changed = () => {
    reload();
    onChanged();
  };
  const script = resource.status === 'ready' ? resource.value : null;
  const task = script && selection.taskId ? (script.tasks.find((x) => x.id === selection.taskId) ?? null) : null;
  const current = script ? currentRevision(script) : null;

  return (
    <aside className="editor-panel production-panel" aria-label={t('production.panel.label')} data-testid="production-panel">
      <div className="editor-header">
        <h2>{script?.title ?? t('production.panel.label')}</h2>
        <button type="button" className="icon-button" aria-label={t('production.panel.close')} title={t('production.panel.close')} data-testid="production-panel-close" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="editor-scroll">
        {resource.status === 'loading' && (
          <p className="state-message" role="status">
            {t('production.panel.loading')}
          </p>
        )}
        {resource.status === 'error' && (
          <div className="state-message message-error" role="alert" data-testid="production-panel-error">
            <p>{t('production.panel.loadError')}</p>
            <p>{errorMessage(resource.error, t)}</p>
            <button type="button" className="button" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {script && task && (
          <>
            <button type="button" className="button button-quiet button-small production-back" data-testid="production-task-back" onClick={() => onSelect({ segmentId: selection.segmentId, taskId: null })}>
              <ArrowLeft className="button-icon" aria-hidden="true" size={16} />
              {t('production.panel.back')}
            </button>
            <TaskEditor
              // The form starts from the task it opens; another task is another form.
              key={task.id}
              task={task}
              segmentTitle={script.title}
              currentRevision={current?.revision ?? null}
              onChanged={changed}
              onDeleted={() => {
                onSelect({ segmentId: selection.segmentId, taskId: null });
                changed();
              }}
            />
          </>
        )}
        {script && !task && (
          <>
            <ScriptEditor
              key={current?.revision ?? 0}
              segmentId={script.segmentId}
              revisions={script.revisions}
              saved={saved}
              onSaved={(result) => {
                setSaved(result);
                changed();
              }}
            />
            <TaskList tasks={script.tasks} onOpen={(taskId) => onSelect({ segmentId: selection.segmentId, taskId })} />
            <AddLanguage segmentId={script.segmentId} taken={script.tasks.map((x) => x.languageCode)} onAdded={changed} />
          </>
        )}
      </div>
    </aside>
  );
}
