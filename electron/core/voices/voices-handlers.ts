import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { isCancelled, UserFacingError } from '../../../shared/api/errors.ts';
import type { voicesMethods } from '../../../shared/api/methods/voices.ts';
import { consentCovers } from '../../../shared/domain/voices.ts';
import { addDays } from '../../../shared/time/zoned-time.ts';
import type { AssetPeaks } from '../audio/asset-peaks.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { writeTransaction } from '../db/database.ts';
import { exportOutDir } from '../files/export-out-dir.ts';
import { removeAssetFiles } from '../library/asset-references.ts';
import { prepareImport } from '../library/import-audio.ts';
import { addTakeVersion } from '../library/take-versions.ts';
import type { StoredAsset } from '../library/stored-asset.ts';
import { renderTestimony, voicesRenderDir } from './testimony-render.ts';
import type { TestimonyStore } from './testimony-store.ts';

type Deps = Pick<CoreServices, 'dataDir' | 'transport' | 'db' | 'jobs' | 'store' | 'uploads' | 'events' | 'ffmpeg' | 'clock' | 'logger' | 'segments' | 'catalogIndex'>;
type VoicesHandlers = Omit<DomainHandlers<typeof voicesMethods>, 'voices.summary' | 'voices.summary.export'>;

/** Previews kept for the media handler: a handful per session is plenty, older ones are deleted. */
const PREVIEWS_KEPT = 8;
/** Of an import job's bar, the copy/probe/preview part; the waveform peaks take the rest (issue #14). */
const IMPORT_SHARE = 0.6;

export interface VoicesPreviews {
  /** The file a `voices.preview` mediaId names, or null (unknown, or pushed out by newer previews). */
  file(mediaId: string): string | null;
}

/**
 * Recorded calls, as the recording domain hands them over (a peer: core.ts wires the port). `adopt`
 * runs inside the transaction that removes the take, so the testimony and the take's removal are one.
 */
export interface CallTakes {
  consume<T>(takeId: string, adopt: (audio: { asset: StoredAsset | null; assetId: string }) => T): Promise<T>;
}

/** Voces (issue #14 §2) minus the summary, which is a report (reports/testimonies). */
export function createVoicesHandlers(s: Deps, store: TestimonyStore, calls: CallTakes, peaks: Pick<AssetPeaks, 'ensure' | 'read'>): { handlers: VoicesHandlers; previews: VoicesPreviews } {
  const assetPathOf = (assetId: string) => {
    const file = s.segments.assetFile(assetId);
    if (!file) throw new UserFacingError('not_found', `No asset ${assetId}`, { id: assetId });
    return s.store.originalPath(assetId, file.ext);
  };
  const changed = (ids: string[]) => s.events.emit('voices.changed', { ids });
  const previews = new Map<string, string>();
  const keepPreview = async (mediaId: string, file: string) => {
    previews.set(mediaId, file);
    for (const [id, old] of previews) {
      if (previews.size <= PREVIEWS_KEPT) break;
      previews.delete(id);
      await rm(old, { force: true });
    }
  };

  const handlers: VoicesHandlers = {
    'voices.list': async (query) => store.list(query),
    'voices.get': async ({ id }) => store.get(id),
    'voices.import': async (input) => {
      const { source } = input;
      // As library.import: browser mode takes only uploaded bytes, never a path on the station PC.
      if (source.kind === 'path' && s.transport === 'web') throw new UserFacingError('forbidden', 'Path imports are not available in browser mode');
      const sourcePath = source.kind === 'path' ? source.path : s.uploads.pathOf(source.uploadId);
      try {
        const testimony = await s.jobs.run(input.jobId, 'import', async (signal, report) => {
          const prepared = await prepareImport({
            sourcePath, originalName: input.originalName, store: s.store, adapter: s.ffmpeg(), signal,
            onProgress: (stage, fraction) => report(stage, fraction * IMPORT_SHARE),
            isKnownAsset: (sha) => store.hasAsset(sha),
            // The same voice note sent twice is two testimonies only if the station says so: the bytes are shared.
            findAssetByPcm: null,
            clock: s.clock, logger: s.logger,
          });
          const asset = prepared.kind === 'new' ? prepared.asset : null;
          const assetId = prepared.kind === 'new' ? prepared.asset.id : prepared.assetId;
          // Issue #14: the redaction view draws an hour-long call from these, so they are made now, in the
          // same job. A cancel here cancels the import (the stored original without a row is swept).
          await peaks.ensure(assetId, asset ? s.store.originalPath(asset.id, asset.ext) : assetPathOf(assetId), asset?.durationSec ?? null, signal, (f) => report('decode', IMPORT_SHARE + f * (0.98 - IMPORT_SHARE))).catch((error: unknown) => {
            if (isCancelled(error) || signal.aborted) throw error;
            // The audio itself imported fine: the waveform is made again when the testimony is opened.
            s.logger.warn('voices: peaks after import failed', { assetId, error: error instanceof Error ? error.message : String(error) });
          });
          report('save', 0.99);
          return store.create({ asset, assetId, source: input.testimonySource });
        });
        changed([testimony.id]);
        return testimony;
      } finally {
        if (source.kind === 'upload') await s.uploads.discard(source.uploadId);
      }
    },
    'voices.create': async ({ assetId, testimonySource }) => {
      const testimony = store.create({ asset: null, assetId, source: testimonySource });
      changed([testimony.id]);
      return testimony;
    },
    'voices.fromTake': async ({ takeId }) => {
      const testimony = await calls.consume(takeId, (audio) => store.create({ ...audio, source: 'call_in' }));
      changed([testimony.id]);
      return testimony;
    },
    'voices.audio.attach': async ({ id, takeId }) => {
      // Refused before the copy as well as inside the write: nothing is copied for a testimony that has its audio.
      store.requireNoAudio(id);
      const testimony = await calls.consume(takeId, (audio) => store.attachAudio(id, audio));
      changed([id]);
      return testimony;
    },
    'voices.update': async ({ id, ...patch }) => {
      const testimony = store.update(id, patch);
      changed([id]);
      return testimony;
    },
    'voices.redactions.save': async ({ id, redactions }) => {
      const testimony = store.saveRedactions(id, redactions);
      changed([id]);
      return testimony;
    },
    'voices.consent.add': async ({ id, ...consent }) => {
      const before = store.get(id);
      const testimony = store.addConsent(id, consent);
      // Broadcast withdrawn after "Llevar a la Biblioteca": the segment made from it stops being
      // valid the day before, so the parrilla, Al aire and exports leave it out from that day.
      if (testimony.segmentId && consentCovers(before.consents, 'broadcast') && !consentCovers(testimony.consents, 'broadcast')) {
        const segment = s.segments.get(testimony.segmentId);
        const lastDay = addDays(consent.givenOn, -1);
        if (segment.validUntil === null || segment.validUntil > lastDay) {
          s.segments.update(segment.id, { validUntil: lastDay, ...(segment.validFrom && segment.validFrom > lastDay ? { validFrom: lastDay } : {}) });
          s.events.emit('library.changed', { segmentIds: [segment.id] });
        }
      }
      changed([id]);
      return testimony;
    },
    'voices.delete': async ({ id }) => {
      const { deleted, freed } = store.delete(id);
      if (freed) await removeAssetFiles(s, freed);
      if (deleted) changed([id]);
      return { deleted };
    },
    'voices.peaks': async ({ id, jobId, pixels }) => {
      const { assetId, durationSec } = store.get(id);
      if (assetId === null) throw new UserFacingError('voices.no_audio', `Testimony ${id} has no audio`, { id });
      const file = assetPathOf(assetId);
      return s.jobs.run(jobId, 'analyze', async (signal, report) => {
        // Testimonies imported before peaks were made at import get theirs now, once.
        await peaks.ensure(assetId, file, durationSec, signal, (f) => report('decode', f));
        const level = await peaks.read(assetId, pixels);
        if (!level) throw new UserFacingError('not_found', 'No peaks', { id: assetId });
        return { assetId, samplesPerPixel: level.samplesPerPixel, sampleRate: level.sampleRate, durationSec: level.durationSec, peaks: level.peaks };
      });
    },
    'voices.preview': async ({ id, jobId }) => {
      const testimony = store.get(id);
      const mediaId = randomUUID();
      const out = path.join(voicesRenderDir(s.dataDir), `${mediaId}.mp3`);
      const result = await s.jobs.run(jobId, 'render', (signal, report) => renderTestimony(s, testimony, 'mp3', out, signal, (f) => report('render', f)));
      await keepPreview(mediaId, out);
      return { mediaId, durationSec: result.durationSec };
    },
    'voices.export': async ({ id, jobId, use, format, outDir }) => {
      const testimony = store.get(id);
      store.requireConsent(testimony, use);
      const dir = exportOutDir(s.dataDir, s.transport, outDir ?? path.join(s.dataDir, 'exports', 'voces'));
      // The name says when and what for, never who: it is what an authority or a presenter sees first.
      const file = path.join(dir, `testimonio-${testimony.receivedOn}-${testimony.id.slice(0, 8)}-${use === 'broadcast' ? 'transmision' : 'informe'}.${format}`);
      await s.jobs.run(jobId, 'render', (signal, report) => renderTestimony(s, testimony, format === 'wav' ? 'master' : 'mp3', file, signal, (f) => report('render', f)));
      return { files: [file] };
    },
    'voices.publish': async ({ id, jobId, title }) => {
      const testimony = store.get(id);
      store.requireConsent(testimony, 'broadcast');
      const tmp = path.join(voicesRenderDir(s.dataDir), `.publish-${randomUUID()}.wav`);
      try {
        const added = await s.jobs.run(jobId, 'render', async (signal, report) => {
          await renderTestimony(s, testimony, 'master', tmp, signal, (f) => report('render', f * 0.7));
          // The library gets the redacted master as its original: the unredacted voice never becomes a segment.
          const prepared = await prepareImport({
            sourcePath: tmp, originalName: `testimonio-${testimony.receivedOn}.wav`, store: s.store, adapter: s.ffmpeg(), signal,
            onProgress: (stage, f) => report(stage, 0.7 + f * 0.28),
            isKnownAsset: (sha) => store.hasAsset(sha), findAssetByPcm: null, clock: s.clock, logger: s.logger,
          });
          const assetId = prepared.kind === 'new' ? prepared.asset.id : prepared.assetId;
          return writeTransaction(s.db, () => {
            // Consent is read again inside the write: a withdrawal saved during the render wins.
            store.requireConsent(store.get(id), 'broadcast');
            const result = addTakeVersion(s.db, s.catalogIndex, {
              asset: prepared.kind === 'new' ? prepared.asset : null, assetId, segmentId: null, title, languageCode: testimony.languageCode, now: s.clock().toISOString(),
            });
            store.setSegment(id, result.segmentId);
            return result;
          });
        });
        s.events.emit('library.changed', { segmentIds: [added.segmentId] });
        changed([id]);
        return { segmentId: added.segmentId, versionId: added.versionId };
      } finally {
        await rm(tmp, { force: true });
      }
    },
  };
  return { handlers, previews: { file: (mediaId) => previews.get(mediaId) ?? null } };
}
