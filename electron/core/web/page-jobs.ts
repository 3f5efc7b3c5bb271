import type { EventBus } from '../events/event-bus.ts';

/** A page id as the browser sends it (`X-Cabina-Page`, `?page=`): a random UUID per page load. */
const PAGE_ID = /^[A-Za-z0-9-]{8,64}$/;
/** EventSource reconnects after 2 s (sse.ts `retry:`); a page gone this long is closed, not reconnecting. */
export const PAGE_GONE_MS = 10_000;
const TERMINAL = new Set(['done', 'failed', 'cancelled']);

export const pageIdOf = (value: string | string[] | null | undefined): string | null => (typeof value === 'string' && PAGE_ID.test(value) ? value : null);

/**
 * Issue #11 "closing the page kills ffmpeg": the jobs a browser page started are cancelled when its
 * event stream has been gone for PAGE_GONE_MS (a closed tab, not a network blip). Jobs are known by
 * the `jobId` of the calls the page made; finished ones are forgotten as their last event passes.
 */
export class PageJobs {
  readonly #cancel: (jobId: string) => void;
  readonly #goneMs: number;
  readonly #jobs = new Map<string, Set<string>>();
  readonly #streams = new Map<string, number>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #off: () => void;

  constructor(events: EventBus, cancel: (jobId: string) => void, goneMs = PAGE_GONE_MS) {
    this.#cancel = cancel;
    this.#goneMs = goneMs;
    this.#off = events.subscribe('job.progress', ({ jobId, stage }) => {
      if (TERMINAL.has(stage)) for (const set of this.#jobs.values()) set.delete(jobId);
    });
  }

  /** A call from `page` carried a job id (its progress and cancel belong to that page). */
  started(page: string, jobId: string): void {
    const set = this.#jobs.get(page) ?? new Set<string>();
    set.add(jobId);
    this.#jobs.set(page, set);
  }

  opened(page: string): void {
    this.#streams.set(page, (this.#streams.get(page) ?? 0) + 1);
    clearTimeout(this.#timers.get(page));
    this.#timers.delete(page);
  }

  closed(page: string): void {
    const left = (this.#streams.get(page) ?? 1) - 1;
    if (left > 0) {
      this.#streams.set(page, left);
      return;
    }
    this.#streams.delete(page);
    const timer = setTimeout(() => {
      this.#timers.delete(page);
      for (const jobId of this.#jobs.get(page) ?? []) this.#cancel(jobId);
      this.#jobs.delete(page);
    }, this.#goneMs);
    timer.unref();
    this.#timers.set(page, timer);
  }

  close(): void {
    this.#off();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
