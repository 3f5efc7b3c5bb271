import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../renderer/src/api/api-context.tsx';
import { useJob } from '../../../renderer/src/hooks/use-job.ts';
import { FakeApiClient } from '../fake-api-client.ts';

function setup() {
  const api = new FakeApiClient();
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider client={api}>{children}</ApiProvider>;
  return { api, ...renderHook(() => useJob(), { wrapper }) };
}

/** A job the test finishes by hand, so every intermediate state can be read. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useJob', () => {
  it('gives each run a job id, follows only its own progress and returns the result', async () => {
    const { api, result } = setup();
    const work = deferred<string>();
    let seen = '';
    let done: Promise<string> = Promise.resolve('');
    act(() => {
      done = result.current.run((jobId) => {
        seen = jobId;
        return work.promise;
      });
    });
    expect(result.current.running).toBe(true);
    expect(result.current.jobId).toBe(seen);
    act(() => api.emit('job.progress', { jobId: 'someone-else', kind: 'render', stage: 'render', fraction: 0.9 }));
    expect(result.current.fraction).toBe(0);
    act(() => api.emit('job.progress', { jobId: seen, kind: 'render', stage: 'render', fraction: 0.4 }));
    expect(result.current.fraction).toBe(0.4);
    await act(async () => {
      work.resolve('built');
      await expect(done).resolves.toBe('built');
    });
    expect(result.current).toMatchObject({ running: false, jobId: null, fraction: 0, error: null, cancelled: false });
  });

  it('cancels the running job through jobs.cancel and reports a cancel, not an error', async () => {
    const { api, result } = setup();
    const work = deferred<string>();
    let done: Promise<string> = Promise.resolve('');
    act(() => {
      done = result.current.run(() => work.promise);
    });
    const jobId = result.current.jobId;
    act(() => result.current.cancel());
    expect(api.callsOf('jobs.cancel')).toEqual([{ jobId }]);
    await act(async () => {
      work.reject(new ApiError('cancelled', 'Cancelled'));
      await expect(done).rejects.toThrow('Cancelled');
    });
    expect(result.current).toMatchObject({ running: false, cancelled: true, error: null });
  });

  it('keeps a failure until the next run, and cancel does nothing between runs', async () => {
    const { api, result } = setup();
    const failure = new ApiError('internal', 'No space');
    await act(async () => {
      await expect(result.current.run(() => Promise.reject(failure))).rejects.toBe(failure);
    });
    expect(result.current.error).toBe(failure);
    act(() => result.current.cancel());
    expect(api.callsOf('jobs.cancel')).toEqual([]);
    const work = deferred<number>();
    act(() => {
      void result.current.run(() => work.promise);
    });
    expect(result.current.error).toBeNull();
    await act(async () => work.resolve(1));
  });
});
