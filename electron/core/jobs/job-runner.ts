import { isCancelled, toErrorData, UserFacingError } from '../../../shared/api/errors.ts';
import type { EventPayload } from '../../../shared/api/events.ts';
import type { EventBus } from '../events/event-bus.ts';
import { silentLogger, type Logger } from '../logger.ts';

export type JobKind = EventPayload<'job.progress'>['kind'];
export type JobStage = Exclude<EventPayload<'job.progress'>['stage'], 'queued' | 'done' | 'failed' | 'cancelled'>;
export type JobReport = (stage: JobStage, fraction: number) => void;
export type JobWork<T> = (signal: AbortSignal, report: JobReport) => Promise<T>;

export interface JobRunnerOptions {
  events: EventBus;
  /** DESIGN.md §1: at most 2 heavy jobs at once (stations run 2-core PCs). */
  maxConcurrent?: number;
  /** Minimum gap between two progress events of one job within one stage. */
  minIntervalMs?: number;
  logger?: Logger;
  now?: () => number;
}

interface Job {
  id: string;
  kind: JobKind;
  controller: AbortController;
  start: () => void;
  started: boolean;
  stage: JobStage | null;
  fraction: number;
  lastSentAt: number;
  pending: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Long work as jobs (DESIGN.md §1): queued beyond the concurrency cap, progress as `job.progress`
 * events throttled to ~10/s per job (the final event is always sent), cancellable while queued
 * or running through an AbortSignal that reaches the ffmpeg child.
 */
export class JobRunner {
  readonly #events: EventBus;
  readonly #max: number;
  readonly #interval: number;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #jobs = new Map<string, Job>();
  readonly #queue: Job[] = [];
  #running = 0;

  constructor(options: JobRunnerOptions) {
    this.#events = options.events;
    this.#max = Math.max(1, options.maxConcurrent ?? 2);
    this.#interval = options.minIntervalMs ?? 100;
    this.#logger = options.logger ?? silentLogger;
    this.#now = options.now ?? Date.now;
  }

  get runningCount(): number {
    return this.#running;
  }

  get queuedCount(): number {
    return this.#queue.length;
  }

  run<T>(jobId: string, kind: JobKind, work: JobWork<T>): Promise<T> {
    if (this.#jobs.has(jobId)) return Promise.reject(new UserFacingError('invalid_input', `Job ${jobId} is already running`, { jobId }));
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        id: jobId,
        kind,
        controller: new AbortController(),
        started: false,
        stage: null,
        fraction: 0,
        lastSentAt: 0,
        pending: undefined,
        start: () => {
          job.started = true;
          this.#running += 1;
          void this.#execute(job, work).then(resolve, reject);
        },
      };
      this.#jobs.set(jobId, job);
      job.controller.signal.addEventListener('abort', () => {
        if (job.started) return;
        // Cancelled before it ever ran: leave the queue now, not when a slot frees up.
        this.#queue.splice(this.#queue.indexOf(job), 1);
        this.#finish(job, 'cancelled');
        reject(new UserFacingError('cancelled', 'Cancelled'));
      });
      this.#emit(job, 'queued', 0);
      this.#queue.push(job);
      this.#pump();
    });
  }

  /** Aborts a queued or running job; false when there is no such live job. */
  cancel(jobId: string): boolean {
    const job = this.#jobs.get(jobId);
    if (!job || job.controller.signal.aborted) return false;
    job.controller.abort();
    return true;
  }

  /** Aborts every queued and running job (core.close(): no ffmpeg child outlives the core). */
  cancelAll(): void {
    for (const id of [...this.#jobs.keys()]) this.cancel(id);
  }

  async #execute<T>(job: Job, work: JobWork<T>): Promise<T> {
    const report: JobReport = (stage, fraction) => this.#progress(job, stage, fraction);
    try {
      const value = await work(job.controller.signal, report);
      this.#finish(job, 'done');
      return value;
    } catch (error) {
      if (isCancelled(error) || job.controller.signal.aborted) {
        this.#finish(job, 'cancelled');
        throw isCancelled(error) ? error : new UserFacingError('cancelled', 'Cancelled');
      }
      this.#finish(job, 'failed', error);
      throw error;
    } finally {
      this.#running -= 1;
      this.#pump();
    }
  }

  #pump(): void {
    while (this.#running < this.#max && this.#queue.length > 0) this.#queue.shift()?.start();
  }

  #progress(job: Job, stage: JobStage, fraction: number): void {
    if (!this.#jobs.has(job.id) || job.controller.signal.aborted) return;
    const stageChanged = stage !== job.stage;
    job.stage = stage;
    job.fraction = Math.min(1, Math.max(job.fraction, fraction));
    const wait = this.#interval - (this.#now() - job.lastSentAt);
    if (stageChanged || wait <= 0) {
      this.#flush(job);
    } else {
      // Keep the latest value and send it when the interval ends, so a stall never shows a stale bar.
      job.pending ??= setTimeout(() => this.#flush(job), wait);
    }
  }

  #flush(job: Job): void {
    clearTimeout(job.pending);
    job.pending = undefined;
    if (!this.#jobs.has(job.id) || job.stage === null) return;
    job.lastSentAt = this.#now();
    this.#emit(job, job.stage, job.fraction);
  }

  #finish(job: Job, stage: 'done' | 'failed' | 'cancelled', error?: unknown): void {
    clearTimeout(job.pending);
    this.#jobs.delete(job.id);
    if (stage === 'failed') this.#logger.warn('job failed', { jobId: job.id, kind: job.kind, error: toErrorData(error) });
    this.#emit(job, stage, stage === 'done' ? 1 : job.fraction, stage === 'failed' ? toErrorData(error) : undefined);
  }

  #emit(job: Job, stage: EventPayload<'job.progress'>['stage'], fraction: number, error?: EventPayload<'job.progress'>['error']): void {
    try {
      this.#events.emit('job.progress', { jobId: job.id, kind: job.kind, stage, fraction, ...(error ? { error } : {}) });
    } catch (failure) {
      // A broken listener (a closed SSE stream) must not fail the import itself.
      this.#logger.warn('job.progress listener failed', { jobId: job.id, error: String(failure) });
    }
  }
}
