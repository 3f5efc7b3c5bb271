import type { Result } from '../../shared/api/errors.ts';

/**
 * What the preload exposes as `window.cabina` — and nothing else (DESIGN.md §1: no raw ipcRenderer).
 * The renderer imports this type only; the preload ends with `satisfies CabinaBridge`.
 */
export interface CabinaBridge {
  /** Calls a core method; never rejects for a core error — the Result carries it as data. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  /**
   * Listens to one core event; the Electron event object never reaches the page. Returns the
   * unsubscribe function. `signal` also unsubscribes, but an AbortSignal may not survive the
   * contextBridge copy, so callers should rely on the returned function (and may pass both).
   */
  on(event: string, listener: (payload: unknown) => void, signal?: AbortSignal): () => void;
  /** The disk path of a picked or dropped file ('' when it has none), via webUtils. */
  pathForFile(file: File): string;
}
