import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, InstancePatch, Program } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatCivilDay } from '../../i18n/civil-date.ts';
import { RundownEditor } from './rundown-editor.tsx';
import { clockOf } from './schedule-format.ts';

interface Props {
  instance: Instance;
  program: Program | undefined;
  timeZone: string;
  highlightItemId: string | null;
  onEditProgram(program: Program): void;
  onChanged(): void;
  onClose(): void;
}

/** One airing: its one-off state (cancelled, moved, renamed) and its rundown. */
export function InstancePanel({ instance, program, timeZone, highlightItemId, onEditProgram, onChanged, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const patch = async (p: InstancePatch) => {
    setError(null);
    try {
      await api.call('schedule.instance.update', { id: instance.id, patch: p });
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <section className="instance-panel" aria-labelledby={`inst-${instance.id}`} data-testid="instance-panel">
      <div className="side-head">
        <h2 id={`inst-${instance.id}`}>{instance.title}</h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="muted">
        {formatCivilDay(instance.date, i18n.language)} · {clockOf(instance.startMin)}–{clockOf(instance.startMin + instance.durationMin)}
        {instance.host && ` · ${instance.host}`}
        {instance.edited && ` · ${t('schedule.instance.edited')}`}
        {instance.status === 'cancelled' && ` · ${t('schedule.cancelled')}`}
      </p>
      <div className="button-row">
        {program && (
          <button type="button" className="button button-small" data-testid="edit-program" onClick={() => onEditProgram(program)}>
            {t('schedule.instance.editSeries')}
          </button>
        )}
        {instance.status === 'scheduled' ? (
          <button type="button" className="button button-small" onClick={() => void patch({ status: 'cancelled' })}>
            {t('schedule.program.cancelOne')}
          </button>
        ) : (
          <button type="button" className="button button-small" onClick={() => void patch({ status: 'scheduled' })}>
            {t('schedule.program.restoreOne')}
          </button>
        )}
        {instance.edited && (
          <button type="button" className="button button-small" onClick={() => void patch({ reset: true })}>
            {t('schedule.instance.reset')}
          </button>
        )}
      </div>
      {error && <p className="state-message message-error" role="alert">{error}</p>}
      <h3>{t('schedule.rundown.title')}</h3>
      <RundownEditor instanceId={instance.id} timeZone={timeZone} highlightItemId={highlightItemId} />
    </section>
  );
}
