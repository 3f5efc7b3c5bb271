import { useCallback, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Timeline } from './timeline-map.ts';
import type { EditsAnswer } from './use-editor-data.ts';

export type EditOp = MethodInput<'audio.edits.apply'>['op'];

interface ListState {
  versionId: string;
  timeline: Timeline;
  canUndo: boolean;
  canRedo: boolean;
}

const fromAnswer = (a: EditsAnswer): ListState => ({ versionId: a.versionId, timeline: a.timeline, canUndo: a.edits.ops.length > 0, canRedo: a.edits.undone.length > 0 });

/**
 * The version's non-destructive edit list as the core keeps it: every change is one call that
 * answers with the resolved timeline, so undo/redo are the core's, across the whole list.
 */
export function useEditList(initial: EditsAnswer, hooks: { onStart: () => void; onChanged: () => void; onError: (e: unknown) => void }) {
  const api = useApi();
  const [state, setState] = useState<ListState>(() => fromAnswer(initial));
  const { onStart, onChanged, onError } = hooks;
  const { versionId } = state;

  const run = useCallback(
    async (call: () => Promise<EditsAnswer>): Promise<boolean> => {
      onStart();
      try {
        setState(fromAnswer(await call()));
        onChanged();
        return true;
      } catch (e) {
        onError(e);
        return false;
      }
    },
    [onStart, onChanged, onError],
  );
  const edit = useCallback((op: EditOp) => run(() => api.call('audio.edits.apply', { versionId, op })), [api, run, versionId]);
  const undo = useCallback(() => run(() => api.call('audio.edits.undo', { versionId })), [api, run, versionId]);
  const redo = useCallback(() => run(() => api.call('audio.edits.redo', { versionId })), [api, run, versionId]);

  return { ...state, edit, undo, redo };
}
