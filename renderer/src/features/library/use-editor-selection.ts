import { useCallback, useEffect, useState } from 'react';
import type { Segment } from '../../../../shared/domain/segment.ts';
import { useSegmentEditor } from './editor/use-segment-editor.ts';

/**
 * Which segment the editor shows, with the unsaved-changes guard: asking for another one (or for
 * none) while the form is dirty parks the request until the user discards or keeps editing.
 */
export function useEditorSelection(onSaved: (segment: Segment) => void) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<{ id: string | null } | null>(null);
  const editor = useSegmentEditor(selectedId, onSaved);
  const { dirty } = editor;

  const request = useCallback(
    (id: string | null) => {
      if (id === selectedId) return;
      if (dirty) setPending({ id });
      else setSelectedId(id);
    },
    [dirty, selectedId],
  );

  const discard = useCallback(() => {
    if (!pending) return;
    editor.resetDraft();
    setSelectedId(pending.id);
    setPending(null);
  }, [editor, pending]);

  const keepEditing = useCallback(() => setPending(null), []);

  useEffect(() => {
    if (!dirty) return;
    // Closing the window or reloading would lose the form too.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { selectedId, editor, guardOpen: pending !== null, open: request, close: () => request(null), discard, keepEditing };
}
