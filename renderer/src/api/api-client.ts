import type { ImportSource, MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import type { ApiErrorData, ErrorCode } from '../../../shared/api/errors.ts';
import type { EventName, EventPayload } from '../../../shared/api/events.ts';

/** Codes the renderer raises itself: the core could not be reached or answered off-contract. */
export type ClientErrorCode = 'network' | 'bad_response';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** What `call` throws when the core answers `{ ok: false }`; `code` maps to `errors.<code>`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: ApiErrorData['details'];
  constructor(code: ApiErrorCode, message: string, details?: ApiErrorData['details']) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isCancelledError(error: unknown): boolean {
  return (error instanceof ApiError && error.code === 'cancelled') || (error instanceof Error && error.name === 'AbortError');
}

export interface StageFileOptions {
  onProgress(fraction: number): void;
  signal: AbortSignal;
}

/** Everything the UI may ask of the core; tests implement it in memory. */
export interface ApiClient {
  /** Electron has a native save dialog and a file manager; browser mode downloads instead (issue #11 req. 3). */
  readonly kind: 'electron' | 'web';
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  /** Makes a picked/dropped file reachable by the core (upload in browser mode, its path in Electron). */
  stageFile(file: File, opts: StageFileOptions): Promise<ImportSource>;
  mediaUrl(assetId: string): string;
  /** A version as it airs (its edit list applied, issue #11): what Al aire and the Library play. */
  versionMediaUrl(versionId: string): string;
  /** Browser mode: where a `files.offer` id downloads from (null in Electron, which saves through a dialog). */
  downloadUrl(offerId: string): string | null;
}
