import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { createApiClientFromTransport } from '../../../renderer/src/api/create-api-client.ts';
import type { Transport } from '../../../renderer/src/api/transport.ts';

function transport(answer: unknown, listeners: ((p: unknown) => void)[] = []): Transport {
  return {
    kind: 'web',
    invoke: vi.fn(async () => answer),
    on: (_event, listener) => {
      listeners.push(listener);
      return () => undefined;
    },
    stageFile: async () => ({ kind: 'path', path: '/x' }),
    mediaUrl: (id) => `/media/asset/${id}`,
    versionMediaUrl: (id) => `/media/version/${id}`,
    downloadUrl: (id) => `/download/${id}`,
  };
}

describe('createApiClientFromTransport', () => {
  it('returns the value of an ok result, checked against the output schema', async () => {
    const client = createApiClientFromTransport(transport({ ok: true, value: { cancelled: true } }));
    await expect(client.call('jobs.cancel', { jobId: '11111111-1111-4111-8111-111111111111' })).resolves.toEqual({ cancelled: true });
  });

  it('throws ApiError with code and details for an error result', async () => {
    const client = createApiClientFromTransport(transport({ ok: false, error: { code: 'not_found', message: 'No such segment', details: { id: 'x' } } }));
    const error = await client.call('segments.get', { id: '11111111-1111-4111-8111-111111111111' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not_found', details: { id: 'x' } });
  });

  it('turns an answer that drifted from the contract into bad_response', async () => {
    const client = createApiClientFromTransport(transport({ ok: true, value: { cancelled: 'yes' } }));
    await expect(client.call('jobs.cancel', { jobId: '11111111-1111-4111-8111-111111111111' })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('delivers valid events and drops malformed ones', () => {
    const listeners: ((p: unknown) => void)[] = [];
    const client = createApiClientFromTransport(transport(null, listeners));
    const seen: unknown[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    client.on('library.changed', (p) => seen.push(p));
    listeners[0]?.({ segmentIds: [] });
    listeners[0]?.({ segmentIds: 'nope' });
    expect(seen).toEqual([{ segmentIds: [] }]);
    warn.mockRestore();
  });
});
