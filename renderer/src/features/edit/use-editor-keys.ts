import { useEffect, useRef } from 'react';

export interface EditorKeyActions {
  playPause: () => void;
  cut: () => void;
  undo: () => void;
  redo: () => void;
  setIn: () => void;
  setOut: () => void;
  marker: () => void;
}

const isField = (el: HTMLElement | null) => el !== null && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA');

/**
 * Keyboard of the editor (issue #3): Space play/pause, Delete cuts the selection, Ctrl+Z /
 * Ctrl+Shift+Z, I / O set in/out, M adds a marker; never while the user is typing in a field.
 */
export function useEditorKeys(actions: EditorKeyActions) {
  // The listener is installed once and always calls the latest actions.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (isField(target)) return;
      const a = latest.current;
      const k = e.key.toLowerCase();
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
      if ((e.ctrlKey || e.metaKey) && k === 'z') {
        e.preventDefault();
        if (e.shiftKey) a.redo();
        else a.undo();
      } else if (e.key === ' ' && target?.tagName !== 'BUTTON') {
        e.preventDefault();
        a.playPause();
      } else if (e.key === 'Delete' || e.key === 'Backspace') a.cut();
      else if (k === 'i' && plain) a.setIn();
      else if (k === 'o' && plain) a.setOut();
      else if (k === 'm' && plain) a.marker();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
