import { Mic, Save, Trash2 } from 'lucide-react';
import { useNavigation } from '../../app/navigation.tsx';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_MAX, type LanguageTask, type TranslationMode } from '../../../../shared/domain/production.ts';
import { useApi } from '../../api/api-context.tsx';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DateField } from '../../components/date-field.tsx';
import { parseCivilDate } from '../../i18n/civil-date.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { StatusChip } from './status-chip.tsx';
import { TaskDiff } from './task-diff.tsx';
import { TaskMoves } from './task-moves.tsx';
import { TakePlay } from './take-play.tsx';
import { TaskRecording } from './task-recording.tsx';

interface Props {
  task: LanguageTask;
  /** The segment's title, for Grabar's "this take is for". */
  segmentTitle: string;
  currentRevision: number | null;
  onChanged(): void;
  onDeleted(): void;
}

/**
 * One language task: who translates it, by when, how (written or spoken), the text and its
 * back-translation; where it stands, and the moves it may make.
 */
export function TaskEditor({ task, segmentTitle, currentRevision, onChanged, onDeleted }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { go } = useNavigation();
  const catalogs = useCatalogs();
  const id = useId();
  const language = catalogs.languageName(task.languageCode);
  const [mode, setMode] = useState<TranslationMode>(task.mode);
  const [assignee, setAssignee] = useState(task.assignee);
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [notes, setNotes] = useState(task.notes);
  const [translation, setTranslation] = useState(task.translation);
  const [backTranslation, setBackTranslation] = useState(task.backTranslation);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  // DateField hands back the raw text when it is not a date; that must not reach the core.
  const badDate = dueDate !== '' && parseCivilDate(dueDate) !== dueDate;

  async function run(failKey: string, action: () => Promise<unknown>, done: () => void) {
    setBusy(true);
    setProblem(null);
    setNote(null);
    try {
      await action();
      done();
    } catch (error) {
      setProblem(`${t(failKey)} ${errorMessage(error, t)}`);
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(
      'production.task.saveFailed',
      () =>
        api.call('production.task.save', {
          segmentId: task.segmentId,
          languageCode: task.languageCode,
          mode,
          assignee,
          dueDate: dueDate === '' ? null : dueDate,
          notes,
          // An oral translation is a recording: leave any text typed earlier alone rather than erase it.
          ...(mode === 'written' ? { translation } : {}),
          backTranslation,
        }),
      () => {
        setNote(t('production.task.saved'));
        onChanged();
      },
    );

  return (
    <section className="production-task" aria-labelledby={`${id}-heading`} data-testid="production-task-editor" data-task={task.id}>
      <h3 id={`${id}-heading`} className="production-task-heading">
        {t('production.task.heading', { language })} <StatusChip status={task.status} outdated={task.outdated} />
      </h3>
      {task.basedOnRevision !== null && <p className="muted small">{t('production.task.basedOn', { revision: task.basedOnRevision })}</p>}
      {task.outdated && <TaskDiff key={currentRevision ?? 0} taskId={task.id} />}
      {task.reviewComment && (
        <div className="production-review-comment" data-testid="production-review-comment">
          <h4>{t('production.task.reviewComment')}</h4>
          <p>{task.reviewComment}</p>
        </div>
      )}
      <TaskMoves key={`${task.status}-${task.outdated}`} task={task} onMoved={onChanged} />
      {task.status === 'translated' && !task.outdated && (
        // The take recorded there becomes this language's version and marks the task recorded (core).
        <div className="button-row">
          <button type="button" className="button" data-testid="production-record" onClick={() => go('record', { page: 'record', segmentId: task.segmentId, title: segmentTitle, languageCode: task.languageCode })}>
            <Mic className="button-icon" aria-hidden="true" size={16} />
            {t('production.task.record', { language })}
          </button>
        </div>
      )}

      <fieldset className="boxed-fieldset production-mode">
        <legend>{t('production.task.mode')}</legend>
        {(['written', 'oral'] as const).map((m) => (
          <label key={m} className="production-radio">
            <input type="radio" name={`${id}-mode`} value={m} data-testid={`production-task-mode-${m}`} checked={mode === m} onChange={() => setMode(m)} />
            {t(`production.task.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'oral' && (
        <p className="hint" data-testid="production-oral-hint">
          {t('production.task.oralHint')}
        </p>
      )}
      {/* A task switched back to written keeps its recording on show: removing it is a choice. */}
      {(mode === 'oral' || task.oralRecording) && <TaskRecording task={task} role="oral" language={language} onChanged={onChanged} />}
      {mode === 'oral' && (
        // The take recorded there is attached as this task's oral translation, not kept as a version (Grabar).
        <div className="button-row">
          <button type="button" className="button button-small" data-testid="production-record-oral" onClick={() => go('record', { page: 'record', segmentId: task.segmentId, title: segmentTitle, languageCode: task.languageCode, oralTaskId: task.id })}>
            <Mic className="button-icon" aria-hidden="true" size={16} />
            {t('production.task.recordOral')}
          </button>
        </div>
      )}
      <div className="production-field-pair">
        <div className="field">
          <label htmlFor={`${id}-assignee`}>{t('production.task.assignee')}</label>
          <input id={`${id}-assignee`} type="text" data-testid="production-task-assignee" maxLength={120} value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('production.task.dueDate')}</label>
          <DateField id={`${id}-due`} testId="production-task-due" value={dueDate} onChange={setDueDate} aria-invalid={badDate} aria-describedby={badDate ? `${id}-due-error` : undefined} />
          {badDate && (
            <p id={`${id}-due-error`} className="field-error">
              {t('production.task.badDate')}
            </p>
          )}
        </div>
      </div>
      {mode === 'written' && <TextField id={`${id}-translation`} testId="production-task-translation" label={t('production.task.translation')} value={translation} onChange={setTranslation} rows={6} />}
      <TakePlay task={task} title={segmentTitle} language={language} />
      <TextField id={`${id}-back`} testId="production-task-back-translation" label={t('production.task.backTranslation')} value={backTranslation} onChange={setBackTranslation} rows={4} />
      <TaskRecording task={task} role="back_translation" language={language} onChanged={onChanged} />
      <TextField id={`${id}-notes`} testId="production-task-notes" label={t('production.task.notes')} value={notes} onChange={setNotes} rows={3} max={5000} />

      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="production-task-save" disabled={busy || badDate} onClick={() => void save()}>
          <Save className="button-icon" aria-hidden="true" size={16} />
          {busy ? t('production.task.saving') : t('production.task.save')}
        </button>
        <button type="button" className="button button-quiet" data-testid="production-task-delete" disabled={busy} onClick={() => setAsking(true)}>
          <Trash2 className="button-icon" aria-hidden="true" size={16} />
          {t('production.task.delete')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          testId="production-task-confirm"
          heading="h5"
          title={t('production.task.delete')}
          body={t('production.task.confirmDelete', { language })}
          keepLabel={t('production.task.keep')}
          confirmLabel={t('production.task.delete')}
          onKeep={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void run('production.task.deleteFailed', () => api.call('production.task.delete', { taskId: task.id }), onDeleted);
          }}
        />
      )}
      {note && (
        <p className="production-note" role="status" data-testid="production-task-saved">
          {note}
        </p>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="production-task-error">
          {problem}
        </p>
      )}
    </section>
  );
}

function TextField({ id, testId, label, value, onChange, rows, max = SCRIPT_MAX }: { id: string; testId: string; label: string; value: string; onChange(v: string): void; rows: number; max?: number }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} data-testid={testId} rows={rows} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
