import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { JobReport } from '../jobs/job-runner.ts';
import { writeTransaction } from '../db/database.ts';
import { coreNames } from '../i18n/core-names.ts';
import { prepareImport } from '../library/import-audio.ts';
import type { CoreServices } from '../core-types.ts';
import { addTakeVersion } from '../library/take-versions.ts';
import { sessionById, updateSession, type SessionRow } from './session-store.ts';

export type TakeDeps = Pick<CoreServices, 'dataDir' | 'db' | 'events' | 'jobs' | 'store' | 'catalogIndex' | 'ffmpeg' | 'clock' | 'logger'>;

/** The file name prefix of a take recorded as a listener's call (recording-service.ts). */
export const CALL_FILE_PREFIX = 'call-';

export function recordingsDir(dataDir: string): string {
  return path.join(dataDir, 'recordings');
}

export function recordingPath(dataDir: string, row: Pick<SessionRow, 'file_name'>): string {
  return path.join(recordingsDir(dataDir), row.file_name);
}

/** Where a take's audio is now: the store copy once imported, else the recording WAV. */
export function takeFile(deps: Pick<TakeDeps, 'dataDir' | 'store'>, row: SessionRow): string {
  return row.asset_id ? deps.store.originalPath(row.asset_id, 'wav') : recordingPath(deps.dataDir, row);
}

/**
 * A finished (or repaired) WAV becomes a library version the way any file does: prepareImport
 * copies it into the content store by sha256 and probes it, then one transaction writes the asset,
 * version (and new segment) and the session's link to them. Only after that commit is the
 * recording file removed, so a crash anywhere here leaves the take recoverable.
 */
export async function importTake(deps: TakeDeps, id: string, signal: AbortSignal, report: JobReport): Promise<void> {
  const row = sessionById(deps.db, id);
  // A call is private (issue #14 §2): it must never become a segment, whoever asks.
  if (!row || row.asset_id || row.call_in === 1) return;
  const source = recordingPath(deps.dataDir, row);
  const title = row.new_title || coreNames(deps.db).take();
  const prepared = await prepareImport({
    sourcePath: source,
    originalName: row.file_name,
    store: deps.store,
    adapter: deps.ffmpeg(),
    signal,
    onProgress: (stage, fraction) => report(stage, fraction),
    isKnownAsset: (sha) => deps.db.prepare('SELECT 1 FROM assets WHERE id = ?').get(sha) !== undefined,
    // A take is always its own version, even when it sounds like another (two silent takes).
    findAssetByPcm: null,
    clock: deps.clock,
    logger: deps.logger,
  });
  report('save', 1);
  const assetId = prepared.kind === 'new' ? prepared.asset.id : prepared.assetId;
  const now = deps.clock().toISOString();
  const result = writeTransaction(deps.db, () => {
    const added = addTakeVersion(deps.db, deps.catalogIndex, {
      asset: prepared.kind === 'new' ? prepared.asset : null,
      assetId,
      segmentId: row.target_segment_id,
      title,
      languageCode: row.language_code,
      now,
    });
    // The first take of a segment and language is its keeper until the producer picks another.
    const hasKeeper = deps.db
      .prepare('SELECT 1 FROM recording_sessions WHERE segment_id = ? AND language_code IS ? AND keeper = 1')
      .get(added.segmentId, row.language_code);
    updateSession(deps.db, id, {
      segment_id: added.segmentId,
      version_id: added.versionId,
      asset_id: assetId,
      created_segment: added.createdSegment ? 1 : 0,
      keeper: hasKeeper ? 0 : 1,
    });
    return added;
  });
  await rm(source, { force: true });
  deps.logger.info('recording: imported', { id, assetId, segmentId: result.segmentId });
  deps.events.emit('library.changed', { segmentIds: [result.segmentId] });
  deps.events.emit('recording.changed', { takeId: id });
  deps.events.emit('recording.takeImported', { takeId: id, segmentId: result.segmentId, versionId: result.versionId, languageCode: row.language_code });
}
