import type { ImportSource, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import type { EventName, EventPayload } from '../../shared/api/events.ts';
import type { Catalogs } from '../../shared/domain/catalog.ts';
import type { Segment } from '../../shared/domain/segment.ts';
import { foldForSearch } from '../../shared/text/fold.ts';
import { ApiError, type ApiClient, type StageFileOptions } from '../../renderer/src/api/api-client.ts';
import { catalogs as defaultCatalogs, makeSegment, summaryOf, testimonyCategories } from './fixtures.ts';

type Handler<M extends MethodName> = (input: MethodInput<M>) => Promise<MethodOutput<M>>;
type Handlers = { [M in MethodName]: Handler<M> };
export type StageFile = (file: File, opts: StageFileOptions) => Promise<ImportSource>;

/**
 * The ApiClient interface in memory: a small library, recorded calls, events on demand, and
 * per-method overrides for tests that need to hold a call open or fail it.
 */
export class FakeApiClient implements ApiClient {
  kind: 'electron' | 'web' = 'web';
  readonly segments = new Map<string, Segment>();
  readonly calls: { method: MethodName; input: unknown }[] = [];
  readonly overrides: Partial<Handlers> = {};
  catalogs: Catalogs = defaultCatalogs;
  stageFileImpl: StageFile = async (file, { onProgress }) => {
    onProgress(0.5);
    onProgress(1);
    return { kind: 'upload', uploadId: '11111111-1111-4111-8111-111111111111' as string };
  };
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();
  /** Library methods work in memory; other domains' methods fail loudly unless a test overrides them. */
  private readonly defaults: Partial<Handlers> = {
    'app.info': async () => ({ version: 'test', dataDir: '/tmp', ffmpegPath: null, transport: 'web' }),
    'catalog.languages': async () => this.catalogs.languages,
    'catalog.regions': async () => this.catalogs.states,
    'catalog.topics': async () => this.catalogs.topics,
    'catalog.testimonyCategories': async () => testimonyCategories,
    'library.search': async (input) => this.search(input),
    'library.import': async (input) => {
      const segment = this.add(makeSegment({ title: input.originalName.replace(/\.[^.]+$/, '') }));
      return { outcome: 'imported', segment: summaryOf(segment) };
    },
    'segments.get': async ({ id }) => this.get(id),
    'segments.update': async ({ id, patch }) => {
      const segment = { ...this.get(id), ...patch };
      this.segments.set(id, segment);
      return segment;
    },
    'versions.update': async ({ id, patch }) => {
      const owner = [...this.segments.values()].find((s) => s.versions.some((v) => v.id === id));
      if (!owner) throw new ApiError('not_found', `No version ${id}`);
      const segment = { ...owner, versions: owner.versions.map((v) => (v.id === id ? { ...v, ...patch, regions: patch.regions?.map((r) => ({ municipalityCode: null, place: null, ...r })) ?? v.regions } : v)) };
      this.segments.set(owner.id, segment);
      return segment;
    },
    'library.scriptFromFile': async ({ originalName }) => ({ text: `Guion de ${originalName}` }),
    'jobs.cancel': async () => ({ cancelled: true }),
    // Every version's playout rendition is ready unless a test holds this open (issue #11 "Preparando audio…").
    'audio.playout.prepare': async () => ({ durationSec: 83 }),
    'app.setLanguage': async ({ language }) => ({ language }),
    // Spoken help (issue #15): no prompts recorded unless a test overrides this.
    'help.prompts': async () => ({ promptLanguage: null, prompts: [] }),
    // Translator kit (issue #15 §3): no community UI languages installed unless a test overrides this.
    'uiStrings.languages': async () => [],
    // Receipts (issue #13): no trusted stations, an empty receipt, every file imported with nothing new.
    'receipts.stations': async () => [],
    'receipts.build': async ({ from, to }) => ({ path: `/tmp/receipts/recibo-${from}-${to}.cabina-recibo`, fileName: `recibo-${from}-${to}.cabina-recibo`, sizeBytes: 512, airings: 0, receiptId: '22222222-2222-4222-8222-222222222222' }),
    // Producción (issue #14): no segments on the board and no script unless a test overrides these.
    'production.board': async () => ({ languages: [], rows: [], total: 0 }),
    'production.script.get': async ({ segmentId }) => ({ segmentId, title: '', revisions: [], tasks: [] }),
    'production.task.diff': async () => ({ from: null, to: null, parts: [] }),
    'receipts.import': async ({ files }) => files.map((f) => ({ ok: true as const, value: { name: f.originalName, receiptId: '22222222-2222-4222-8222-222222222222', station: 'Radio de prueba', airings: 0, newAirings: 0 } })),
  };

  add(...segments: Segment[]): Segment {
    for (const s of segments) this.segments.set(s.id, s);
    const last = segments[segments.length - 1];
    if (!last) throw new Error('add() needs a segment');
    return last;
  }

  get(id: string): Segment {
    const segment = this.segments.get(id);
    if (!segment) throw new ApiError('not_found', `No segment ${id}`);
    return segment;
  }

  callsOf<M extends MethodName>(method: M): MethodInput<M>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.input as MethodInput<M>);
  }

  override<M extends MethodName>(method: M, handler: Handler<M>): void {
    (this.overrides as Record<MethodName, unknown>)[method] = handler;
  }

  /**
   * Runs `step` before the method's current handler (an override or the default), which then answers
   * as before: how a test holds a call open, emits its progress or fails it until told otherwise.
   */
  before<M extends MethodName>(method: M, step: (input: MethodInput<M>) => void | Promise<void>): void {
    const current = (this.overrides[method] ?? this.defaults[method]) as Handler<M> | undefined;
    if (!current) throw new Error(`${method} has no handler to run after the step`);
    this.override(method, async (input) => {
      await step(input);
      return current(input);
    });
  }

  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    this.calls.push({ method, input });
    const handler = (this.overrides[method] ?? this.defaults[method]) as Handler<M> | undefined;
    if (!handler) return Promise.reject(new ApiError('unknown_method', `${method} is not faked in this test`));
    return handler(input);
  }

  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(cb as (payload: never) => void);
    this.listeners.set(event, set);
    return () => set.delete(cb as (payload: never) => void);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const cb of this.listeners.get(event) ?? []) (cb as (p: EventPayload<E>) => void)(payload);
  }

  stageFile(file: File, opts: StageFileOptions): Promise<ImportSource> {
    return this.stageFileImpl(file, opts);
  }

  mediaUrl(assetId: string): string {
    return `http://media.test/${assetId}`;
  }

  versionMediaUrl(versionId: string): string {
    return `http://media.test/version/${versionId}`;
  }

  downloadUrl(offerId: string): string | null {
    return this.kind === 'web' ? `http://download.test/${offerId}` : null;
  }

  private search(input: MethodInput<'library.search'>): MethodOutput<'library.search'> {
    const query = foldForSearch(input.query ?? '').trim();
    const f = input.filters;
    const matches = [...this.segments.values()].filter((s) => {
      const text = foldForSearch([s.title, s.description, ...s.versions.map((v) => v.script)].join(' '));
      if (query && !text.includes(query)) return false;
      if (f?.languages?.length && !s.versions.some((v) => v.languageCode && f.languages?.includes(v.languageCode))) return false;
      if (f?.regions?.length && !s.versions.some((v) => v.regions.some((r) => f.regions?.includes(r.stateCode)))) return false;
      if (f?.topics?.length && !s.topics.some((t) => f.topics?.includes(t))) return false;
      if (f?.statuses?.length && !f.statuses.includes(s.status)) return false;
      return true;
    });
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 100;
    return { total: matches.length, totalExact: true, items: matches.slice(offset, offset + limit).map(summaryOf) };
  }
}

/** A promise the test settles by hand, to hold a call open (stale responses, cancel). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
