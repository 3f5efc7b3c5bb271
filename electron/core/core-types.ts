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
}

/** What a browser upload becomes before `library.import` takes it (browser mode only). */
export interface UploadSink {
  /** Streams a request body into the data folder's incoming area; returns the id to import. */
  receive(body: AsyncIterable<Uint8Array>, originalName: string, maxBytes: number): Promise<string>;
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
  /** Serves an asset's audio (its browser-playable preview when there is one) with HTTP Range support. */
  media(request: Request, assetId: string): Promise<Response>;
  close(): void;
}
