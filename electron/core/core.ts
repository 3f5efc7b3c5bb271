import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../shared/api/handlers.ts';
import { UserFacingError } from '../../shared/api/errors.ts';
import { createAudioHandlers } from './audio/audio-handlers.ts';
import { AssetPeaks } from './audio/asset-peaks.ts';
import { AudioService } from './audio/audio-service.ts';
import { EffectiveAudio } from './audio/edit/effective-audio.ts';
import { PlayoutRenditions } from './audio/edit/playout-renditions.ts';
import { createFfmpegAdapter, locateFfmpeg, type FfmpegAdapter } from './audio/ffmpeg/ffmpeg-adapter.ts';
import { defaultCatalogDir, indexCatalogs, loadCatalogs } from './catalog/load-catalogs.ts';
import { loadMunicipalities } from './catalog/municipalities.ts';
import type { Core, CoreOptions, CoreServices } from './core-types.ts';
import { openDatabase } from './db/database.ts';
import { EventBus } from './events/event-bus.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { ContentStore } from './library/content-store.ts';
import { createLibraryHandlers } from './library/library-handlers.ts';
import { createScheduleHandlers } from './schedule/schedule-handlers.ts';
import { createRecordingHandlers, recoverAtStartup } from './recording/recording-handlers.ts';
import { consumeCallTake } from './recording/call-take.ts';
import { createPacksHandlers, openTrustStore } from './packs/packs-handlers.ts';
import { createFeedsHandlers } from './feeds/feeds-handlers.ts';
import { FeedStore } from './feeds/feed-store.ts';
import { startFeedCron } from './feeds/feed-cron.ts';
import { startScheduleCron } from './schedule/schedule-cron.ts';
import { SegmentRepository } from './library/segment-repository.ts';
import { UploadStore } from './library/upload-store.ts';
import { silentLogger } from './logger.ts';
import { contentTypeForExt, createMediaHandler } from './media/media-handler.ts';
import { APP_VERSION } from './app-version.ts';
import { startSweeps } from './startup-sweep.ts';
import { createFilesHandlers } from './files/files-handlers.ts';
import { DownloadOffers } from './files/download-offers.ts';
import { systemDriveProbe } from './files/drive-probe.ts';
import { mapDiskFullErrors } from './files/disk-full-handlers.ts';
import { createAsrunHandlers } from './reports/asrun/asrun-handlers.ts';
import { createReceiptsHandlers } from './reports/receipts/receipts-handlers.ts';
import { receiptSink } from './reports/receipts/receipt-sink.ts';
import { createBackupHandlers } from './backup/backup-handlers.ts';
import { applyPendingRestore } from './backup/restore.ts';
import { writeUiLanguage } from './i18n/core-names.ts';
import { createCoverageHandlers } from './reports/coverage/coverage-handlers.ts';
import { HelpPromptStore } from './library/help-prompts.ts';
import { createHelpHandlers } from './library/help-handlers.ts';
import { createProductionHandlers } from './production/production-handlers.ts';
import { ProductionExchange } from './production/production-exchange.ts';
import { createUiStringsHandlers } from './i18n/kit/ui-strings-handlers.ts';
import { TestimonyStore } from './voices/testimony-store.ts';
import { createVoicesHandlers } from './voices/voices-handlers.ts';
import { createTestimonySummaryHandlers } from './reports/testimonies/summary-handlers.ts';


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

function createServices(options: CoreOptions): CoreServices {
  const logger = options.logger ?? silentLogger;
  const dataDir = path.resolve(options.dataDir);
  ensureWritableDataDir(dataDir);
  const catalogDir = options.catalogDir ?? defaultCatalogDir();
  const catalogs = loadCatalogs(catalogDir);
  const catalogIndex = indexCatalogs(catalogs);
  const clock = options.clock ?? (() => new Date());
  // Issue #12: a verified, staged restore (or its undo) is swapped in before the database opens.
  const swapped = applyPendingRestore(dataDir, clock());
  if (swapped) logger.info('library restore applied', { swapped });
  const db = openDatabase(path.join(dataDir, 'cabina.db'), { logger });
  const events = new EventBus();
  let adapter: FfmpegAdapter | undefined;
  const municipalities = loadMunicipalities(catalogDir);
  return {
    dataDir,
    transport: options.transport,
    db,
    events,
    jobs: new JobRunner({ events, logger }),
    store: new ContentStore(dataDir),
    uploads: new UploadStore(dataDir),
    segments: new SegmentRepository(db, catalogIndex, clock),
    helpPrompts: new HelpPromptStore(db, catalogIndex, clock),
    production: new ProductionExchange(db, logger),
    testimonies: new TestimonyStore(db, catalogIndex, municipalities, clock),
    catalogs,
    catalogIndex,
    municipalities,
    ffmpeg: () => (adapter ??= createFfmpegAdapter({ settingPath: options.ffmpegPath, resourcesPath: options.resourcesPath, logger })),
    clock,
    logger,
  };
}

/**
 * Composes the services every transport shares (DESIGN.md §1). Dependencies come in as options —
 * paths, clock, logger, ffmpeg location — so tests, the CLI, browser mode and Electron all run this
 * same function. Each domain contributes its slice of the handler table (one line per domain).
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const s = createServices(options);
  await recoverAtStartup(s);

  const audio = new AudioService(s);
  const effective = new EffectiveAudio(s, audio);
  // Issue #14 §2: a call recorded in Grabar reaches Voces through this port (recording and voices are peers).
  const voices = createVoicesHandlers(s, s.testimonies, { consume: (takeId, adopt) => consumeCallTake(s, takeId, adopt) }, new AssetPeaks(s, audio.store));
  const media = createMediaHandler(async (id) => {
    if (!/^[0-9a-f]{64}$/.test(id)) {
      // A version plays as it airs: its playout rendition, made now when the background has not yet.
      const made = await effective.render(id, 'playout').catch(() => null);
      if (made) return { path: made.path, contentType: contentTypeForExt('mp3'), etag: path.basename(made.path) };
      // Otherwise a testimony's redacted preview (issue #14 §2), named by a fresh id per preview.
      const preview = voices.previews.file(id);
      return preview && fs.existsSync(preview) ? { path: preview, contentType: contentTypeForExt('mp3') } : null;
    }
    const assetId = id;
    const file = s.segments.assetFile(assetId);
    if (!file) return null;
    // A non-playable original (AMR…) is served through its preview rendition.
    const ext = file.previewExt ?? file.ext;
    const filePath = file.previewExt ? s.store.previewPath(assetId, ext) : s.store.originalPath(assetId, ext);
    return fs.existsSync(filePath) ? { path: filePath, contentType: contentTypeForExt(ext) } : null;
  }, s.dataDir);

  effective.fillMissingDurations();
  const playout = new PlayoutRenditions(s, effective);
  const downloads = new DownloadOffers(() => s.clock().getTime());
  const trust = openTrustStore(s);
  const feeds = new FeedStore(s.db, s.clock);
  // Receipts reach IREX through station feeds too (issue #13 §2); feeds see them only through this port.
  const receipts = receiptSink(s.db, s.clock);
  const backup = createBackupHandlers(s);
  const production = createProductionHandlers(s);
  const handlers: Handlers = {
    'app.info': async () => {
      let ffmpegPath: string | null = null;
      try {
        ffmpegPath = locateFfmpeg({ settingPath: options.ffmpegPath, resourcesPath: options.resourcesPath }).ffmpeg;
      } catch {
        // Reported as null: the UI says imports need ffmpeg; the library still opens.
      }
      return { version: APP_VERSION, dataDir: s.dataDir, ffmpegPath, transport: s.transport };
    },
    'jobs.cancel': async ({ jobId }) => ({ cancelled: s.jobs.cancel(jobId) }),
    'app.setLanguage': async ({ language }) => ({ language: writeUiLanguage(s.db, language) }),
    ...createLibraryHandlers(s),
    ...createAudioHandlers(s, audio, effective),
    ...createScheduleHandlers(s, effective),
    ...createRecordingHandlers(s),
    ...createPacksHandlers(s, { effective, audio }, { trust, inbox: feeds }),
    ...createFeedsHandlers(s, { trust, feeds, receipts }),
    ...createFilesHandlers(s, { probe: options.driveProbe ?? systemDriveProbe(), offers: downloads }),
    ...createAsrunHandlers(s),
    ...createReceiptsHandlers(s),
    ...backup.handlers,
    ...createCoverageHandlers(s),
    ...createHelpHandlers(s, s.helpPrompts),
    ...createUiStringsHandlers(s),
    ...production.handlers,
    ...voices.handlers,
    ...createTestimonySummaryHandlers(s),
  };

  const feedCron = startFeedCron({ ...s, receipts });
  const scheduleCron = startScheduleCron(s);
  // Issue #3: every import is followed by an analysis job (a one-shot CLI run exits before it ends).
  const stopAnalyzing = s.transport === 'cli' ? () => undefined : audio.analyzeAfterImport();
  // Issues #6, #11: every version that can air gets its playout MP3 in the background (a one-shot CLI run leaves them to the next start of the app).
  const stopPlayout = s.transport === 'cli' ? () => undefined : playout.start();
  // Issues #11, #12: leftovers of interrupted renders, imports and uploads, after start-up and daily.
  const sweeps = startSweeps(s);
  return {
    dataDir: s.dataDir,
    // Issue #12: a full disk anywhere is the one disk.full sentence.
    handlers: mapDiskFullErrors(s.dataDir, handlers),
    events: s.events,
    uploads: s.uploads,
    downloads,
    media,
    swept: sweeps.first,
    close() {
      feedCron.stop();
      scheduleCron.stop();
      backup.close();
      production.stop();
      stopAnalyzing();
      stopPlayout();
      sweeps.stop();
      // No ffmpeg child or job outlives the core (issue #11).
      effective.close();
      s.jobs.cancelAll();
      s.db.close();
    },
  };
}
