import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/api/handlers.ts';
import { UserFacingError } from '../../shared/api/errors.ts';
import { createFfmpegAdapter, locateFfmpeg, type FfmpegAdapter } from './audio/ffmpeg-adapter.ts';
import { defaultCatalogDir, indexCatalogs, loadCatalogs } from './catalog/load-catalogs.ts';
import type { Core, CoreOptions } from './core-types.ts';
import { openDatabase } from './db/database.ts';
import { EventBus } from './events/event-bus.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { ContentStore } from './library/content-store.ts';
import { createImportHandler } from './library/import-handler.ts';
import { searchSegments } from './library/search.ts';
import { SegmentRepository } from './library/segment-repository.ts';
import { UploadStore } from './library/upload-store.ts';
import { silentLogger } from './logger.ts';
import { contentTypeForExt, createMediaHandler } from './media/media-handler.ts';
import { localDate } from './time/local-date.ts';

const APP_VERSION = '0.1.0';

function ensureWritableDataDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw new UserFacingError('data_dir.not_writable', `Data folder is not writable: ${dataDir}`, {
      path: dataDir,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Composes the services every transport shares (DESIGN.md §1). Dependencies come in as options —
 * paths, clock, logger, ffmpeg location — so tests, the CLI, browser mode and Electron all run this
 * same function.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  ensureWritableDataDir(dataDir);

  const catalogs = loadCatalogs(options.catalogDir ?? defaultCatalogDir());
  const catalogIndex = indexCatalogs(catalogs);
  const db = openDatabase(path.join(dataDir, 'cabina.db'), { logger });
  const events = new EventBus();
  const jobs = new JobRunner({ events });
  const store = new ContentStore(dataDir);
  const uploads = new UploadStore(dataDir);
  const segments = new SegmentRepository(db, catalogIndex, clock);
  // ffmpeg is located lazily: a missing binary must not stop the library from opening (search,
  // tagging and playback of existing files still work); import reports ffmpeg.missing instead.
  const ffmpegLocation = { settingPath: options.ffmpegPath, resourcesPath: options.resourcesPath };
  let adapter: FfmpegAdapter | undefined;
  const ffmpeg = (): FfmpegAdapter => (adapter ??= createFfmpegAdapter({ ...ffmpegLocation, logger }));
  const findFfmpegPath = (): string | null => {
    try {
      return locateFfmpeg(ffmpegLocation).ffmpeg;
    } catch {
      return null;
    }
  };

  const media = createMediaHandler((assetId) => {
    const file = segments.assetFile(assetId);
    if (!file) return null;
    const usePreview = file.previewExt !== null;
    const ext = usePreview ? (file.previewExt as string) : file.ext;
    const filePath = usePreview ? store.previewPath(assetId, ext) : store.originalPath(assetId, ext);
    return fs.existsSync(filePath) ? { path: filePath, contentType: contentTypeForExt(ext) } : null;
  });

  const handlers: Handlers = {
    'app.info': async () => ({ version: APP_VERSION, dataDir, ffmpegPath: findFfmpegPath(), transport: options.transport }),
    'catalog.languages': async () => catalogs.languages,
    'catalog.regions': async () => catalogs.states,
    'catalog.topics': async () => catalogs.topics,
    'library.import': createImportHandler({ transport: options.transport, jobs, store, uploads, segments, events, ffmpeg, clock, logger }),
    'library.search': async (input) => searchSegments(db, input, localDate(clock())),
    'segments.get': async ({ id }) => segments.get(id),
    'segments.update': async ({ id, patch }) => {
      const segment = segments.update(id, patch);
      events.emit('library.changed', { segmentIds: [id] });
      return segment;
    },
    'versions.update': async ({ id, patch }) => {
      const segment = segments.updateVersion(id, patch);
      events.emit('library.changed', { segmentIds: [segment.id] });
      return segment;
    },
    'jobs.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };

  return {
    dataDir,
    handlers,
    events,
    uploads,
    media,
    close() {
      db.close();
    },
  };
}
