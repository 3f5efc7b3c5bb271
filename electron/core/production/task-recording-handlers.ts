import { UserFacingError } from '../../../shared/api/errors.ts';
import type { productionMethods } from '../../../shared/api/methods/production.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { removeAssetFiles, type FreedAsset } from '../library/asset-references.ts';
import { prepareImport } from '../library/import-audio.ts';
import type { ProductionStore } from './production-store.ts';
import { TaskRecordings } from './task-recordings.ts';

type Deps = Pick<CoreServices, 'dataDir' | 'transport' | 'db' | 'jobs' | 'store' | 'uploads' | 'ffmpeg' | 'clock' | 'logger'>;
type Methods = 'production.recording.import' | 'production.recording.attach' | 'production.recording.remove';

/**
 * Issue #14 §1: an oral translation (or a spoken back-translation) attached to a language task,
 * from a file the translator picked (copied, hashed, probed and, when the browser cannot play it,
 * given a preview, as every import is) or from a take recorded in Grabar.
 */
export function createTaskRecordingHandlers(s: Deps, store: ProductionStore, changed: (segmentId: string) => void): Pick<DomainHandlers<typeof productionMethods>, Methods> {
  const freeFiles = async (freed: FreedAsset | null) => {
    if (freed) await removeAssetFiles(s, freed);
  };
  return {
    'production.recording.import': async (input) => {
      const { source } = input;
      // As library.import: browser mode takes only uploaded bytes, never a path on the station PC.
      if (source.kind === 'path' && s.transport === 'web') throw new UserFacingError('forbidden', 'Path imports are not available in browser mode');
      const sourcePath = source.kind === 'path' ? source.path : s.uploads.pathOf(source.uploadId);
      try {
        // A task deleted meanwhile is refused before any byte is copied.
        store.task(input.taskId);
        const saved = await s.jobs.run(input.jobId, 'import', async (signal, report) => {
          const prepared = await prepareImport({
            sourcePath, originalName: input.originalName, store: s.store, adapter: s.ffmpeg(), signal,
            onProgress: (stage, fraction) => report(stage, fraction * 0.95),
            isKnownAsset: (sha) => store.assetDuration(sha) !== null,
            // The same sound as a segment's version is fine here: no duplicate check by decoded audio.
            findAssetByPcm: null,
            clock: s.clock, logger: s.logger,
          });
          report('save', 0.97);
          const asset = prepared.kind === 'new' ? prepared.asset : null;
          const assetId = prepared.kind === 'new' ? prepared.asset.id : prepared.assetId;
          try {
            // Checked before the write too, so a refused file leaves nothing in the store.
            TaskRecordings.checkLength(asset?.durationSec ?? store.assetDuration(assetId) ?? 0, input.originalName);
            return store.attachRecording({ taskId: input.taskId, role: input.role, assetId, asset, originalName: input.originalName });
          } catch (error) {
            // A new file whose row was never written is removed now rather than left to the orphan sweep.
            if (asset) await removeAssetFiles(s, { id: asset.id, ext: asset.ext, previewExt: asset.previewExt });
            throw error;
          }
        });
        await freeFiles(saved.freed);
        changed(saved.task.segmentId);
        return saved.task;
      } finally {
        if (source.kind === 'upload') await s.uploads.discard(source.uploadId);
      }
    },
    'production.recording.attach': async ({ taskId, role, assetId, originalName }) => {
      const saved = store.attachRecording({ taskId, role, assetId, asset: null, originalName });
      await freeFiles(saved.freed);
      changed(saved.task.segmentId);
      return saved.task;
    },
    'production.recording.remove': async ({ taskId, role }) => {
      const removed = store.removeRecording(taskId, role);
      await freeFiles(removed.freed);
      changed(removed.task.segmentId);
      return removed.task;
    },
  };
}
