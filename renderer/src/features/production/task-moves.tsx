import { ArrowRight, RefreshCw, Undo2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canMove, TASK_STATUSES, type LanguageTask, type TaskStatus } from '../../../../shared/domain/production.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';

/**
 * The moves the core will take, from the shared rule: offering a button it refuses would be a trap.
 * `rebase`: the script changed after this translation; once someone has checked it against the
 * change it goes (back) to "translated" on the new revision, with no comment needed.
 */
export function allowedMoves(task: Pick<LanguageTask, 'status' | 'outdated'>): { forward: TaskStatus | null; back: TaskStatus[]; rebase: boolean } {
  const rebase = canMove(task.status, 'translated', task.outdated) === 'rebase';
  const forward = rebase && task.status === 'needs_translation' ? 'translated' : (TASK_STATUSES.find((to) => canMove(task.status, to, task.outdated) === 'forward') ?? null);
  const back = TASK_STATUSES.filter((to) => canMove(task.status, to, task.outdated) === 'back');
  return { forward, back, rebase: rebase && task.status !== 'needs_translation' };
}

/**
 * One step forward, or "Devolver" to an earlier step with a comment: the person who did the work
 * reads that comment on the task, so an empty one is refused here before it reaches the core.
 */
export function TaskMoves({ task, onMoved }: { task: LanguageTask; onMoved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const { forward, back, rebase } = allowedMoves(task);
  // Back one step is the usual case ("the recording needs redoing"); further back is a choice.
  const [backTo, setBackTo] = useState<TaskStatus | null>(back[back.length - 1] ?? null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const target = backTo && back.includes(backTo) ? backTo : (back[back.length - 1] ?? null);

  async function move(to: TaskStatus, text: string) {
    setBusy(true);
    setProblem(null);
    try {
      await api.call('production.task.move', { taskId: task.id, to, comment: text });
      setComment('');
      onMoved();
    } catch (error) {
      setProblem(`${t('production.move.failed')} ${errorMessage(error, t)}`);
    } finally {
      setBusy(false);
    }
  }

  function sendBack() {
    if (!target) return;
    if (comment.trim() === '') {
      setProblem(t('production.move.needComment'));
      return;
    }
    void move(target, comment.trim());
  }

  const held = task.outdated && forward === null && TASK_STATUSES.indexOf(task.status) >= TASK_STATUSES.indexOf('translated');
  return (
    <section className="production-section" aria-labelledby={`${id}-heading`} data-testid="production-moves">
      <h4 id={`${id}-heading`}>{t('production.move.heading')}</h4>
      {held && <p className="hint">{t('production.move.outdatedHold')}</p>}
      {rebase && (
        <div className="button-row">
          <button type="button" className="button button-primary" data-testid="production-move-rebase" disabled={busy} onClick={() => void move('translated', '')}>
            <RefreshCw className="button-icon" aria-hidden="true" size={16} />
            {t('production.move.rebase')}
          </button>
        </div>
      )}
      {forward && (
        <div className="button-row">
          <button type="button" className="button button-primary" data-testid="production-move-forward" data-to={forward} disabled={busy} onClick={() => void move(forward, '')}>
            <ArrowRight className="button-icon" aria-hidden="true" size={16} />
            {t(`production.move.forward.${forward}`)}
          </button>
        </div>
      )}
      {target && (
        <fieldset className="boxed-fieldset production-send-back">
          <legend>{t('production.move.sendBack')}</legend>
          {back.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('production.move.sendBackTo')}</label>
              <select id={`${id}-to`} data-testid="production-send-back-to" value={target} onChange={(e) => setBackTo(back.find((s) => s === e.target.value) ?? target)}>
                {back.map((s) => (
                  <option key={s} value={s}>
                    {t(`production.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t('production.move.comment')}</label>
            <textarea
              id={`${id}-comment`}
              data-testid="production-send-back-comment"
              rows={3}
              maxLength={5000}
              value={comment}
              aria-invalid={problem === t('production.move.needComment') ? true : undefined}
              onChange={(e) => setComment(e.target.value)}
            />
          </div>
          <button type="button" className="button" data-testid="production-send-back" data-to={target} disabled={busy} onClick={sendBack}>
            <Undo2 className="button-icon" aria-hidden="true" size={16} />
            {back.length > 1 ? t('production.move.sendBack') : `${t('production.move.sendBack')} · ${t(`production.status.${target}`)}`}
          </button>
        </fieldset>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="production-move-error">
          {problem}
        </p>
      )}
    </section>
  );
}
