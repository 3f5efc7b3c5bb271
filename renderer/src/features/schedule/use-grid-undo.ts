import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One grid change already made through the API, with the call that reverts it and the call that
 * makes it again. The core keeps no history: undo is the inverse call, made like any other change.
 */
export interface GridChange {
  /** Translated description for the button and the toast ("mover «Noticias»"). */
  label: string;
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
}

const LIMIT = 50;

/** Text fields keep their own Ctrl+Z (typing), the grid's applies only outside them. */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'color'].includes((target as HTMLInputElement).type));
}

interface Options {
  /** After a change was undone or redone: reload the week, tell the user. */
  onApplied(change: GridChange, direction: 'undo' | 'redo'): void;
  onError(error: unknown): void;
}

export function useGridUndo({ onApplied, onError }: Options) {
  const stacks = useRef<{ undo: GridChange[]; redo: GridChange[] }>({ undo: [], redo: [] });
  // The stacks live in a ref (the key handler reads them); this counter re-renders the button.
  const [, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const callbacks = useRef({ onApplied, onError });
  callbacks.current = { onApplied, onError };

  const record = useCallback((change: GridChange) => {
    stacks.current = { undo: [...stacks.current.undo, change].slice(-LIMIT), redo: [] };
    setVersion((v) => v + 1);
  }, []);

  const step = useCallback(async (direction: 'undo' | 'redo') => {
    const from = stacks.current[direction];
    const change = from.at(-1);
    // One inverse call at a time: two quick Ctrl+Z must not race each other to the core.
    if (!change || busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      await change[direction]();
      const other = direction === 'undo' ? 'redo' : 'undo';
      stacks.current = { ...stacks.current, [direction]: from.slice(0, -1), [other]: [...stacks.current[other], change] };
      callbacks.current.onApplied(change, direction);
    } catch (error) {
      // The grid moved on (the program was deleted elsewhere…): this step can no longer apply.
      stacks.current = { ...stacks.current, [direction]: from.slice(0, -1) };
      callbacks.current.onError(error);
    } finally {
      busyRef.current = false;
      setBusy(false);
      setVersion((v) => v + 1);
    }
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void step('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') void step('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step]);

  const undo = useCallback(() => void step('undo'), [step]);
  const redo = useCallback(() => void step('redo'), [step]);
  return {
    record,
    undo,
    redo,
    nextUndo: stacks.current.undo.at(-1) ?? null,
    nextRedo: stacks.current.redo.at(-1) ?? null,
    busy,
  };
}
