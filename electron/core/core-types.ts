import type { Handlers } from '../../shared/api/handlers.ts';
import type { EventBus } from './events/event-bus.ts';
import type { Logger } from './logger.ts';

export type Transport = 'electron' | 'web' | 'cli';

export interface CoreOptions {
  dataDir: string;
  transport: Transport;
  /** Folder with languages.json, regions.json, topics.json; defaults to resources/catalogs. */
  catalogDir?: string;
  /** Packaged app: process.resourcesPath, where ffmpeg/ffprobe are unpacked. */
  resourcesPath?: string;
  /** User setting that overrides where ffmpeg lives. */
  ffmpegPath?: string;
  clock?: () => Date;
  logger?: Logger;
  /** How removable drives are found; the system's by default, fixtures in tests. */
  driveProbe?: import('./files/drive-probe.ts').DriveProbe;
}

/** What a browser upload becomes before `library.import` takes it (browser mode only). */
export interface UploadSink {
  /** Streams a request body into the data folder's incoming area; returns the id to import. */
  /** `expectedBytes` (Content-Length) only sizes a disk-full sentence; the bytes are counted as written. */
  receive(body: AsyncIterable<Uint8Array>, originalName: string, maxBytes: number, expectedBytes?: number): Promise<string>;
}

/** How many leftovers the start-up sweep removed, by kind. */
export interface SweepReport {
  renders: number;
  storeTmp: number;
  uploads: number;
  /** Cut-off peaks files and originals without a database row (orphan-sweep.ts). */
  orphans: number;
}

/**
 * The running core: every transport (Electron IPC, browser-mode HTTP, CLI) gets one of these and
 * nothing else. It never imports 'electron'.
 */
export interface Core {
  readonly dataDir: string;
  readonly handlers: Handlers;
  readonly events: EventBus;
  readonly uploads: UploadSink;
  /** Produced files registered by `files.offer` for browser-mode downloads. */
  readonly downloads: Pick<import('./files/download-offers.ts').DownloadOffers, 'get'>;
  /** Serves an asset's audio (its browser-playable preview when there is one) with HTTP Range support. */
  media(request: Request, assetId: string): Promise<Response>;
  /** The start-up sweep of leftover temporaries (it runs shortly after start; never rejects). */
  readonly swept: Promise<SweepReport>;
  close(): void;
}

/**
 * What every domain's handler factory receives (`create<Domain>Handlers(services)`): the shared
 * services, built once in core.ts. Domains add their own state inside their factory.
 */
export interface CoreServices {
  readonly dataDir: string;
  readonly transport: Transport;
  readonly db: import('better-sqlite3').Database;
  readonly events: import('./events/event-bus.ts').EventBus;
  readonly jobs: import('./jobs/job-runner.ts').JobRunner;
  readonly store: import('./library/content-store.ts').ContentStore;
  readonly uploads: import('./library/upload-store.ts').UploadStore;
  readonly segments: import('./library/segment-repository.ts').SegmentRepository;
  /** Spoken help prompts (issue #15): their own table, audio in the same store as segments. */
  readonly helpPrompts: import('./library/help-prompts.ts').HelpPromptStore;
  /** Producción's rows that travel in packs (issue #14); packs reach them only through here. */
  readonly production: import('./production/production-exchange.ts').ProductionExchange;
  /** Listener testimonies (issue #14 §2); packs ask it whether a segment made from one may still travel. */
  readonly testimonies: import('./voices/testimony-store.ts').TestimonyStore;
  readonly catalogs: import('../../shared/domain/catalog.ts').LoadedCatalogs;
  readonly catalogIndex: import('./catalog/load-catalogs.ts').CatalogIndex;
  readonly municipalities: import('./catalog/municipalities.ts').MunicipalityCatalog;
  /** Lazily created: a missing ffmpeg fails the job that needs it with ffmpeg.missing, not the app. */
  ffmpeg(): import('./audio/ffmpeg/ffmpeg-adapter.ts').FfmpegAdapter;
  readonly clock: () => Date;
  readonly logger: Logger;
}

/** A domain's slice of the handler table, typed from its methods in shared/api/methods/<domain>.ts. */
export type DomainHandlers<M> = { [K in keyof M & keyof Handlers]: Handlers[K] };
