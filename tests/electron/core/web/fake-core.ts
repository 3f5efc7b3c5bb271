import { randomUUID } from 'node:crypto';
import { contract } from '../../../../shared/api/contract.ts';
import type { Handlers } from '../../../../shared/api/handlers.ts';
import type { Core, UploadSink } from '../../../../electron/core/core-types.ts';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import type { MediaHandler } from '../../../../electron/core/media/media-handler.ts';

/**
 * Every contract method present (built from the contract, so a new domain never breaks this fake);
 * the ones a test does not override fail loudly if reached.
 */
export function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const notUsed = (name: string) => async () => {
    throw new Error(`${name} not used in this test`);
  };
  const all = Object.fromEntries(Object.keys(contract).map((name) => [name, notUsed(name)])) as unknown as Handlers;
  const defaults: Partial<Handlers> = {
    'app.info': async () => ({ version: '0.0.0-test', dataDir: '/tmp/cabina-test', ffmpegPath: null, transport: 'web' }),
    'library.search': async (input) => ({ total: input.query.length, totalExact: true, items: [] }),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: jobId.length > 0 }),
  };
  return { ...all, ...defaults, ...overrides };
}

export interface RecordingUploadSink extends UploadSink {
  received: { name: string; bytes: Buffer; maxBytes: number; chunks: number }[];
}

export function recordingUploadSink(): RecordingUploadSink {
  const received: RecordingUploadSink['received'] = [];
  return {
    received,
    async receive(body, originalName, maxBytes) {
      const parts: Uint8Array[] = [];
      for await (const chunk of body) parts.push(chunk);
      received.push({ name: originalName, bytes: Buffer.concat(parts), maxBytes, chunks: parts.length });
      return randomUUID();
    },
  };
}

export interface FakeCore extends Core {
  readonly events: EventBus;
  readonly uploads: RecordingUploadSink;
  closed: boolean;
}

export function fakeCore(options: { handlers?: Partial<Handlers>; media?: MediaHandler; downloads?: Core['downloads'] } = {}): FakeCore {
  const core: FakeCore = {
    dataDir: '/tmp/cabina-test',
    handlers: fakeHandlers(options.handlers),
    events: new EventBus(),
    uploads: recordingUploadSink(),
    downloads: options.downloads ?? { get: () => null },
    media: options.media ?? (async () => new Response('no media', { status: 404 })),
    swept: Promise.resolve({ renders: 0, storeTmp: 0, uploads: 0, orphans: 0 }),
    closed: false,
    close() {
      core.closed = true;
    },
  };
  return core;
}
