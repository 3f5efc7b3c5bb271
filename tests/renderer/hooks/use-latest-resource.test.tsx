import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLatestResource } from '../../../renderer/src/hooks/use-latest-resource.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLatestResource', () => {
  it('drops a slow answer for an older key; keeps the value shown while refreshing; an error goes back to loading on retry', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<string>>>();
    const load = (key: string) => {
      const d = deferred<string>();
      answers.set(`${key}#${answers.size}`, d);
      return d.promise;
    };
    const { result, rerender } = renderHook(({ k }) => useLatestResource(k, () => load(k)), { initialProps: { k: 'a' } });
    expect(result.current.resource.status).toBe('loading');
    rerender({ k: 'b' });
    await act(async () => answers.get('b#1')?.resolve('B'));
    await act(async () => answers.get('a#0')?.resolve('A (late)'));
    expect(result.current.resource).toEqual({ status: 'ready', value: 'B' });

    act(() => result.current.reload());
    // Refreshing: the last value stays on screen until the new answer.
    expect(result.current.resource).toEqual({ status: 'ready', value: 'B' });
    await act(async () => answers.get('b#2')?.reject(new Error('down')));
    expect(result.current.resource.status).toBe('error');
    act(() => result.current.reload());
    expect(result.current.resource.status).toBe('loading');
    await act(async () => answers.get('b#3')?.resolve('B2'));
    await waitFor(() => expect(result.current.resource).toEqual({ status: 'ready', value: 'B2' }));
  });
});
