import type { ApiErrorData } from '../../../shared/api/errors.ts';

/**
 * The shape the preload exposes as `window.cabina`. Declared here rather than imported from
 * electron/preload because the renderer may not import anything under electron/ (lint boundary);
 * the preload ends with `satisfies` against the same shape, so drift fails typecheck there.
 */
export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorData };

export interface CabinaBridge {
  invoke(method: string, input: unknown): Promise<BridgeResult>;
  on(event: string, listener: (payload: unknown) => void, signal?: AbortSignal): () => void;
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    cabina?: CabinaBridge;
  }
}
