import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, InstancePatch, Program } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { clockOf } from './schedule-format.ts';
import type { Notice } from './schedule-toasts.tsx';
import { useGridUndo, type GridChange } from './use-grid-undo.ts';

type Move = { date?: string; startTime?: string; durationMin?: number };

/** What puts an airing back where it was: an untouched one follows its series again. */
function inversePatch(instance: Instance, patch: Move): InstancePatch {
  if (!instance.edited) return { reset: true };
  const back: InstancePatch = {};
  if (patch.date !== undefined) back.date = instance.date;
  if (patch.startTime !== undefined) back.startTime = clockOf(instance.startMin);
  if (patch.durationMin !== undefined) back.durationMin = instance.durationMin;
  return back;
}

/**
 * Every change the grid makes (moves, resizes, program create/update/delete) goes through here, so
 * each one lands on the undo stack with its inverse call, and its outcome is told in one toast.
 */
export function useGridChanges(reload: () => void) {
  const { t } = useTranslation();
  const api = useApi();
  const [notice, setNotice] = useState<Notice | null>(null);
  const tell = useCallback((text: string, error = false, action?: Notice['action']) => setNotice({ id: Date.now() + Math.random(), error, text, ...(action ? { action } : {}) }), []);
  const dismiss = useCallback(() => setNotice(null), []);
  const history = useGridUndo({
    onApplied: (change, direction) => {
      reload();
      tell(t(direction === 'undo' ? 'schedule.undo.undone' : 'schedule.undo.redone', { what: change.label }));
    },
    onError: (error) => {
      reload();
      tell(t('schedule.undo.failed', { reason: errorMessage(error, t) }), true);
    },
  });
  const { record, undo } = history;

  const updateInstance = useCallback(
    async (instance: Instance, patch: Move) => {
      try {
        await api.call('schedule.instance.update', { id: instance.id, patch });
        const back = inversePatch(instance, patch);
        const what = t(patch.durationMin !== undefined ? 'schedule.undo.resize' : 'schedule.undo.move', { title: instance.title });
        record({
          label: what,
          undo: () => api.call('schedule.instance.update', { id: instance.id, patch: back }),
          redo: () => api.call('schedule.instance.update', { id: instance.id, patch }),
        });
        reload();
      } catch (error) {
        tell(errorMessage(error, t), true);
      }
    },
    [api, reload, record, t, tell],
  );

  /** `before` is the series as the week last showed it (undefined for a new program). */
  const programSaved = useCallback(
    (after: Program, before: Program | undefined) => {
      const change: GridChange = before
        ? { label: t('schedule.undo.edit', { title: after.title }), undo: () => api.call('schedule.program.save', before), redo: () => api.call('schedule.program.save', after) }
        : // Saving with the same id brings a deleted program back as it was (the store upserts).
          { label: t('schedule.undo.create', { title: after.title }), undo: () => api.call('schedule.program.delete', { id: after.id }), redo: () => api.call('schedule.program.save', after) };
      record(change);
      tell(t('schedule.program.saved'), false, { label: t('schedule.undo.button'), run: undo });
      reload();
    },
    [api, record, reload, t, tell, undo],
  );

  const programDeleted = useCallback(
    (before: Program | undefined) => {
      if (before) {
        record({ label: t('schedule.undo.delete', { title: before.title }), undo: () => api.call('schedule.program.save', before), redo: () => api.call('schedule.program.delete', { id: before.id }) });
        tell(t('schedule.program.deleted', { title: before.title }), false, { label: t('schedule.undo.button'), run: undo });
      }
      reload();
    },
    [api, record, reload, t, tell, undo],
  );

  return { notice, dismiss, tell, history, updateInstance, programSaved, programDeleted };
}
