import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import { startHttpServer } from '../../../../electron/core/web/http-server.ts';
import { PageJobs } from '../../../../electron/core/web/page-jobs.ts';
import { fakeCore } from './fake-core.ts';
import { openStream, rawRequest } from './http-client.ts';

// Issue #11 "closing the page kills ffmpeg": a browser page's jobs are cancelled once its event
// stream has been gone for a while (a closed tab), not on a reconnect.

afterEach(() => vi.useRealTimers());

describe('PageJobs', () => {
  it('cancels the jobs a page started once its stream stays gone, not when it comes back in time', () => {
    vi.useFakeTimers();
    const events = new EventBus();
    const cancelled: string[] = [];
    const jobs = new PageJobs(events, (id) => cancelled.push(id), 10_000);
    const [a, b, done] = [randomUUID(), randomUUID(), randomUUID()];
    jobs.opened('page-one-1234');
    jobs.started('page-one-1234', a);
    jobs.started('page-one-1234', done);
    events.emit('job.progress', { jobId: done, kind: 'render', stage: 'done', fraction: 1 });
    // A reconnect within the grace keeps the page's jobs.
    jobs.closed('page-one-1234');
    vi.advanceTimersByTime(5_000);
    jobs.opened('page-one-1234');
    vi.advanceTimersByTime(20_000);
    expect(cancelled).toEqual([]);
    jobs.started('page-one-1234', b);
    jobs.closed('page-one-1234');
    vi.advanceTimersByTime(9_999);
    expect(cancelled).toEqual([]);
    vi.advanceTimersByTime(1);
    // The finished job is not cancelled again; the running ones are.
    expect(cancelled.sort()).toEqual([a, b].sort());
    jobs.close();
  });

  it('keeps a page alive while any of its streams is open (two tabs of one page id never happen, two streams may)', () => {
    vi.useFakeTimers();
    const cancelled: string[] = [];
    const jobs = new PageJobs(new EventBus(), (id) => cancelled.push(id), 1_000);
    const id = randomUUID();
    jobs.opened('page-two-1234');
    jobs.opened('page-two-1234');
    jobs.started('page-two-1234', id);
    jobs.closed('page-two-1234');
    vi.advanceTimersByTime(5_000);
    expect(cancelled).toEqual([]);
    jobs.closed('page-two-1234');
    vi.advanceTimersByTime(1_000);
    expect(cancelled).toEqual([id]);
    jobs.close();
  });
});

describe('browser mode: closing the page cancels its jobs', () => {
  it('a call with X-Cabina-Page and a jobId is cancelled through jobs.cancel when that page’s stream closes', async () => {
    const cancels: string[] = [];
    const core = fakeCore({
      handlers: {
        'jobs.cancel': async ({ jobId }) => {
          cancels.push(jobId);
          return { cancelled: true };
        },
      },
    });
    const renderer = mkdtempSync(path.join(tmpdir(), 'cabina-page-jobs-'));
    const server = await startHttpServer({ core, token: 'tok', rendererDir: renderer, port: 0, pageGoneMs: 0 });
    try {
      const page = randomUUID();
      const stream = await openStream(server.port, `/api/events?token=tok&page=${page}`);
      const jobId = randomUUID();
      await rawRequest(server.port, {
        method: 'POST',
        path: '/api/audio.render',
        headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json', 'X-Cabina-Page': page, Origin: `http://127.0.0.1:${server.port}` },
        body: JSON.stringify({ jobId, versionId: randomUUID(), format: 'mp3' }),
      });
      expect(cancels).toEqual([]);
      stream.close();
      await vi.waitFor(() => expect(cancels).toEqual([jobId]));
    } finally {
      await server.close();
      rmSync(renderer, { recursive: true, force: true });
    }
  });
});
