import type { ImportSource } from '../../../shared/api/contract.ts';
import type { StageFileOptions } from './api-client.ts';

/**
 * The untyped half of a client: moves bytes and JSON, knows nothing of the contract.
 * `invoke` resolves with the raw `{ ok, value | error }` result or throws `ApiError('network')`.
 */
export interface Transport {
  readonly kind: 'electron' | 'web';
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  stageFile(file: File, opts: StageFileOptions): Promise<ImportSource>;
  mediaUrl(assetId: string): string;
  versionMediaUrl(versionId: string): string;
  downloadUrl(offerId: string): string | null;
}
