import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { EventPayload } from '../../../../shared/api/events.ts';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import { JobRunner, type JobReport } from '../../../../electron/core/jobs/job-runner.ts';

type Progress = EventPayload<'job.progress'>;

function setup(options: { maxConcurrent?: number; minIntervalMs?: number; now?: () => number } = {}) {
  const events = new EventBus();
  const seen: Progress[] = [];
  events.on((name, payload) => {
    if (name === 'job.progress') seen.push(payload as Progress);
  });
  return { runner: new JobRunner({ events, ...options }), seen };
}

/** A job the test finishes by hand. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const stagesOf = (seen: Progress[], jobId: string) => seen.filter((e) => e.jobId === jobId).map((e) => e.stage);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('JobRunner', () => {
  it('runs at most two jobs at once and queues the rest (DESIGN.md §1: 2-core PCs)', async () => {
    const { runner, seen } = setup();
    const gates = [gate(), gate(), gate()];
    const ids = gates.map(() => randomUUID());
    const started: number[] = [];
    const results = gates.map((g, i) =>
      runner.run(ids[i] ?? '', 'import', async () => {
        started.push(i);
        await g.opened;
        return i * 10;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect([runner.runningCount, runner.queuedCount]).toEqual([2, 1]);
    expect(stagesOf(seen, ids[2] ?? '')).toEqual(['queued']);

    gates[1]?.open();
    expect(await results[1]).toBe(10);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.open();
    gates[2]?.open();
    expect(await Promise.all(results)).toEqual([0, 10, 20]);
    expect(stagesOf(seen, ids[0] ?? '')).toEqual(['queued', 'done']);
    expect(seen.filter((e) => e.stage === 'done').every((e) => e.fraction === 1)).toBe(true);
  });

  it('emits stages and progress, always sending the final event', async () => {
    const { runner, seen } = setup();
    const id = randomUUID();
    await runner.run(id, 'import', async (_signal, report: JobReport) => {
      report('copy', 0.1);
      report('copy', 0.3);
      report('probe', 0.5);
      report('save', 0.97);
      return null;
    });
    const events = seen.filter((e) => e.jobId === id);
    expect(events.map((e) => e.stage)).toEqual(['queued', 'copy', 'probe', 'save', 'done']);
    expect(events.map((e) => e.fraction)).toEqual([0, 0.1, 0.5, 0.97, 1]);
  });

  it('throttles a flood of progress to about ten events a second per job', async () => {
    // A clock and timers the test moves: the wall clock of a loaded CI machine must not decide the count.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = 0;
    try {
      const { runner, seen } = setup({ now: () => clock });
      const id = randomUUID();
      const sentAt: number[] = [];
      const done = runner.run(id, 'import', async (_signal, report) => {
        // 500 reports over 500 ms: one per millisecond.
        for (let i = 1; i <= 500; i += 1) {
          const note = () => {
            while (seen.filter((e) => e.stage === 'copy').length > sentAt.length) sentAt.push(clock);
          };
          report('copy', i / 1000);
          note();
          clock += 1;
          vi.advanceTimersByTime(1);
          note();
        }
      });
      await done;
      const copy = seen.filter((e) => e.jobId === id && e.stage === 'copy');
      expect(copy.length).toBeGreaterThanOrEqual(5);
      expect(copy.length).toBeLessThanOrEqual(6);
      // Never two within the interval, and the last value reached the UI before the job ended.
      for (let i = 1; i < sentAt.length; i += 1) expect((sentAt[i] ?? 0) - (sentAt[i - 1] ?? 0)).toBeGreaterThanOrEqual(100);
      expect(copy.at(-1)?.fraction).toBe(0.5);
      expect(seen.at(-1)).toMatchObject({ jobId: id, stage: 'done', fraction: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a throttled value later rather than dropping it', async () => {
    const { runner, seen } = setup({ minIntervalMs: 50 });
    const id = randomUUID();
    await runner.run(id, 'import', async (_signal, report) => {
      report('copy', 0.1);
      report('copy', 0.2);
      await new Promise((resolve) => setTimeout(resolve, 120));
    });
    expect(seen.filter((e) => e.stage === 'copy').map((e) => e.fraction)).toEqual([0.1, 0.2]);
  });

  it('reports a failure with its error data and rejects', async () => {
    const { runner, seen } = setup();
    const id = randomUUID();
    const failure = new UserFacingError('import.truncated', 'cut short', { name: 'nota.ogg' });
    await expect(
      runner.run(id, 'import', async (_s, report) => {
        report('probe', 0.4);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(seen.at(-1)).toEqual({
      jobId: id,
      kind: 'import',
      stage: 'failed',
      fraction: 0.4,
      error: { code: 'import.truncated', message: 'cut short', details: { name: 'nota.ogg' } },
    });
  });

  it('cancels a running job through its AbortSignal', async () => {
    const { runner, seen } = setup();
    const id = randomUUID();
    const result = runner.run(id, 'import', (signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new UserFacingError('cancelled', 'Cancelled')))));
    await tick();
    expect(runner.cancel(id)).toBe(true);
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
    expect(stagesOf(seen, id)).toEqual(['queued', 'cancelled']);
    expect(runner.cancel(id)).toBe(false);
  });

  it('counts work that ignores the signal but fails after cancel as cancelled, not failed', async () => {
    const { runner, seen } = setup();
    const id = randomUUID();
    const result = runner.run(id, 'import', async (signal) => {
      await new Promise((resolve) => signal.addEventListener('abort', resolve));
      throw new Error('EPIPE');
    });
    await tick();
    runner.cancel(id);
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.at(-1)?.stage).toBe('cancelled');
  });

  it('cancels a queued job at once, without ever running it', async () => {
    const { runner, seen } = setup({ maxConcurrent: 1 });
    const blocker = gate();
    const first = runner.run(randomUUID(), 'import', () => blocker.opened);
    const queuedId = randomUUID();
    let ran = false;
    const queued = runner.run(queuedId, 'import', async () => {
      ran = true;
    });
    expect(runner.cancel(queuedId)).toBe(true);
    await expect(queued).rejects.toMatchObject({ code: 'cancelled' });
    expect(stagesOf(seen, queuedId)).toEqual(['queued', 'cancelled']);
    expect(runner.queuedCount).toBe(0);
    blocker.open();
    await first;
    await tick();
    expect(ran).toBe(false);
  });

  it('refuses a second live job with the same id', async () => {
    const { runner } = setup();
    const id = randomUUID();
    const blocker = gate();
    const first = runner.run(id, 'import', () => blocker.opened);
    await expect(runner.run(id, 'import', async () => 1)).rejects.toMatchObject({ code: 'invalid_input' });
    blocker.open();
    await first;
    // Once finished, the id may be used again.
    expect(await runner.run(id, 'import', async () => 2)).toBe(2);
  });

  it('survives a listener that throws', async () => {
    const events = new EventBus();
    events.on(() => {
      throw new Error('SSE stream closed');
    });
    const runner = new JobRunner({ events });
    expect(await runner.run(randomUUID(), 'import', async (_s, report) => (report('copy', 0.5), 'ok'))).toBe('ok');
  });

  it('returns false when cancelling an unknown job', () => {
    expect(setup().runner.cancel(randomUUID())).toBe(false);
  });
});
