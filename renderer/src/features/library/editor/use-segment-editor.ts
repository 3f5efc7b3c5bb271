import { useCallback, useEffect, useRef, useState } from 'react';
import type { Segment } from '../../../../../shared/domain/segment.ts';
import { useApi } from '../../../api/api-context.tsx';
import { draftFromSegment, isDirty, segmentPatch, validateDraft, versionPatches, type FieldKey, type SegmentDraft } from './draft.ts';

export type EditorLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; segment: Segment; base: SegmentDraft; draft: SegmentDraft };

export interface SaveState {
  saving: boolean;
  saved: boolean;
  error: unknown;
  /** Problems found before calling the core, as i18n keys per field. */
  problems: { field: FieldKey; key: string }[];
}

const idleSave: SaveState = { saving: false, saved: false, error: null, problems: [] };

export function useSegmentEditor(id: string | null, onSaved?: (segment: Segment) => void) {
  const api = useApi();
  const [load, setLoad] = useState<EditorLoad>({ status: 'idle' });
  const [save, setSave] = useState<SaveState>(idleSave);
  const [attempt, setAttempt] = useState(0);
  const idRef = useRef(id);
  idRef.current = id;

  useEffect(() => {
    setSave(idleSave);
    if (!id) {
      setLoad({ status: 'idle' });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    api.call('segments.get', { id }).then(
      (segment) => {
        if (!live) return;
        const draft = draftFromSegment(segment);
        setLoad({ status: 'ready', segment, base: draft, draft });
      },
      (error: unknown) => live && setLoad({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, id, attempt]);

  const setDraft = useCallback((update: (draft: SegmentDraft) => SegmentDraft) => {
    setLoad((current) => (current.status === 'ready' ? { ...current, draft: update(current.draft) } : current));
    setSave((s) => (s.saved || s.problems.length > 0 ? { ...s, saved: false, problems: [] } : s));
  }, []);

  const submit = useCallback(async () => {
    if (load.status !== 'ready' || !id) return;
    const { base, draft } = load;
    const problems = validateDraft(draft);
    if (problems.length > 0) {
      setSave({ ...idleSave, problems });
      return;
    }
    setSave({ ...idleSave, saving: true });
    try {
      let segment = load.segment;
      const patch = segmentPatch(base, draft);
      if (Object.keys(patch).length > 0) segment = await api.call('segments.update', { id, patch });
      for (const version of versionPatches(base, draft)) segment = await api.call('versions.update', version);
      if (idRef.current !== id) return;
      const fresh = draftFromSegment(segment);
      setLoad({ status: 'ready', segment, base: fresh, draft: fresh });
      setSave({ ...idleSave, saved: true });
      onSaved?.(segment);
    } catch (error) {
      if (idRef.current === id) setSave({ ...idleSave, error });
    }
  }, [api, id, load, onSaved]);

  const resetDraft = useCallback(() => {
    setLoad((current) => (current.status === 'ready' ? { ...current, draft: current.base } : current));
    setSave(idleSave);
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const dirty = load.status === 'ready' && isDirty(load.base, load.draft);

  return { load, save, dirty, setDraft, submit, resetDraft, retry };
}

export type SegmentEditorModel = ReturnType<typeof useSegmentEditor>;
