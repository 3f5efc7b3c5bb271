import { rm } from 'node:fs/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { writeTransaction } from '../db/database.ts';
import { prepareImport } from '../library/import-audio.ts';
import type { StoredAsset } from '../library/stored-asset.ts';
import { deleteSession, sessionById } from './session-store.ts';
import { recordingPath, type TakeDeps } from './take-import.ts';

/** A call's audio once in the content store: a new asset row to write, or bytes the store already had. */
export interface CallAudio {
  asset: StoredAsset | null;
  assetId: string;
}

/**
 * Hands a stopped call (issue #14 §2) to whoever keeps it: Voces makes it a testimony's audio.
 * The WAV is copied into the content store by sha256 first; then one transaction runs `adopt`
 * (the testimony rows) and deletes the take's row, so either both happen or neither: a failed
 * adopt leaves the take as it was. The recording file is removed only after that commit.
 * The call never passes through the library: no segment or version is ever written for it.
 */
export async function consumeCallTake<T>(deps: TakeDeps, id: string, adopt: (audio: CallAudio) => T): Promise<T> {
  const row = sessionById(deps.db, id);
  if (!row) throw new UserFacingError('not_found', `No take ${id}`, { id });
  if (row.call_in !== 1) throw new UserFacingError('voices.not_a_call', `Take ${id} was not recorded as a call`, { id });
  if (row.status === 'recording') throw new UserFacingError('recording.not_active', `Take ${id} is still recording`, { id });
  const source = recordingPath(deps.dataDir, row);
  const prepared = await prepareImport({
    sourcePath: source,
    originalName: row.file_name,
    store: deps.store,
    adapter: deps.ffmpeg(),
    signal: new AbortController().signal,
    isKnownAsset: (sha) => deps.db.prepare('SELECT 1 FROM assets WHERE id = ?').get(sha) !== undefined,
    findAssetByPcm: null,
    clock: deps.clock,
    logger: deps.logger,
  });
  const audio: CallAudio = prepared.kind === 'new' ? { asset: prepared.asset, assetId: prepared.asset.id } : { asset: null, assetId: prepared.assetId };
  const result = writeTransaction(deps.db, () => {
    // Another window may have saved this call while the copy ran.
    if (!sessionById(deps.db, id)) throw new UserFacingError('not_found', `No take ${id}`, { id });
    const kept = adopt(audio);
    deleteSession(deps.db, id);
    return kept;
  });
  await rm(source, { force: true });
  deps.logger.info('recording: call handed over', { id, assetId: audio.assetId });
  deps.events.emit('recording.changed', { takeId: id });
  return result;
}
