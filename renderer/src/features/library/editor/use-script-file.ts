import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-client.ts';
import { useApi } from '../../../api/api-context.tsx';

/** Mirrors the core's limit so a 300 MB video picked by mistake is refused before it is uploaded. */
const MAX_SCRIPT_FILE_BYTES = 20 * 1024 * 1024;

export type ScriptFileState =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'confirm'; name: string; text: string }
  | { kind: 'loaded'; name: string }
  | { kind: 'empty'; name: string }
  | { kind: 'failed'; name: string; error: unknown };

/**
 * Reads a picked script file through the core (`library.scriptFromFile`) and hands its text to the
 * editor. Nothing is saved here: replacing typed text waits for the user's yes.
 */
export function useScriptFile(currentScript: string, apply: (text: string) => void) {
  const api = useApi();
  const [state, setState] = useState<ScriptFileState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  // Read after the file arrives, not when it was picked: the user may type while it uploads.
  const script = useRef(currentScript);
  useEffect(() => {
    script.current = currentScript;
  }, [currentScript]);

  const read = useCallback(
    async (file: File) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const name = file.name;
      setState({ kind: 'reading', name });
      try {
        if (file.size > MAX_SCRIPT_FILE_BYTES) throw new ApiError('library.script_too_large', `${file.size} bytes`, { name });
        const source = await api.stageFile(file, { signal: own.signal, onProgress: () => {} });
        own.signal.throwIfAborted();
        const { text } = await api.call('library.scriptFromFile', { source, originalName: name });
        if (own.signal.aborted) return;
        if (text.trim() === '') setState({ kind: 'empty', name });
        else if (script.current.trim() !== '' && script.current !== text) setState({ kind: 'confirm', name, text });
        else {
          apply(text);
          setState({ kind: 'loaded', name });
        }
      } catch (error) {
        if (!own.signal.aborted) setState({ kind: 'failed', name, error });
      } finally {
        if (controller.current === own) controller.current = null;
      }
    },
    [api, apply],
  );

  const confirm = useCallback(() => {
    if (state.kind !== 'confirm') return;
    apply(state.text);
    setState({ kind: 'loaded', name: state.name });
  }, [apply, state]);

  const keep = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, read, confirm, keep };
}
