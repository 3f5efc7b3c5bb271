import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract.ts';
import type { CoreServices } from '../core-types.ts';
import { prepareImport } from './import-audio.ts';

type ImportDeps = Pick<CoreServices, 'transport' | 'jobs' | 'store' | 'uploads' | 'segments' | 'events' | 'ffmpeg' | 'clock' | 'logger'>;

/** "entrevista_final (2).mp3" → "entrevista final (2)": a readable default title the producer can edit. */
export function titleFromFileName(name: string): string {
  const base = path.basename(name).replace(/\.[^.]+$/, '');
  const readable = base.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return (readable || base || name).slice(0, 200);
}

/**
 * library.import: resolve the source, run the audio pipeline as a job (progress, cancel, at most two
 * at once), then write asset + segment + version in one transaction. A duplicate is an answer, not an
 * error: "it is already in the library" with the segment it belongs to.
 */
export function createImportHandler(deps: ImportDeps) {
  return async (input: ParsedInput<'library.import'>): Promise<MethodOutput<'library.import'>> => {
    const { source } = input;
    // Browser mode accepts only uploaded bytes: a page (or a leaked token) must not make the core
    // read arbitrary paths on the station PC.
    if (source.kind === 'path' && deps.transport === 'web') {
      throw new UserFacingError('forbidden', 'Path imports are not available in browser mode');
    }
    const sourcePath = source.kind === 'path' ? source.path : deps.uploads.pathOf(source.uploadId);
    try {
      return await deps.jobs.run(input.jobId, 'import', async (signal, report) => {
        const adapter = deps.ffmpeg();
        const prepared = await prepareImport({
          sourcePath,
          originalName: input.originalName,
          store: deps.store,
          adapter,
          signal,
          onProgress: (stage, fraction) => report(stage, fraction * 0.95),
          isKnownAsset: (sha) => deps.segments.findSegmentIdByAsset(sha) !== null,
          findAssetByPcm: (pcm) => deps.segments.findAssetByPcm(pcm),
          clock: deps.clock,
          logger: deps.logger,
        });
        report('save', 0.97);
        if (prepared.kind === 'duplicate') {
          const found = deps.segments.findVersionByAsset(prepared.assetId);
          if (found) {
            return {
              outcome: 'duplicate' as const,
              segment: deps.segments.summary(found.segmentId),
              duplicateOf: { ...found, match: prepared.match },
            };
          }
          throw new UserFacingError('internal', 'Duplicate asset without a segment');
        }
        const segment = deps.segments.createFromImport({
          asset: prepared.asset,
          title: input.title ?? titleFromFileName(input.originalName),
          languageCode: input.languageCode ?? null,
          regions: input.regions ?? [],
          topics: input.topics ?? [],
        });
        deps.events.emit('library.changed', { segmentIds: [segment.id] });
        return { outcome: 'imported' as const, segment };
      });
    } finally {
      if (source.kind === 'upload') deps.uploads.discard(source.uploadId);
    }
  };
}
