import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebTransport } from '../../../renderer/src/api/web-transport.ts';

afterEach(() => vi.unstubAllGlobals());

describe('web transport, binary input', () => {
  it('sends a Uint8Array field as an octet-stream body with the rest of the input in X-Cabina-Input', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { bytes: 4, durableBytes: 0 } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const pcm = new Uint8Array([1, 2, 3, 4]);
    await createWebTransport('tok').invoke('recording.appendChunk', { id: 'abc', offset: 96, pcm });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/recording.appendChunk');
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['X-Cabina-Binary']).toBe('pcm');
    expect(JSON.parse(decodeURIComponent(headers['X-Cabina-Input'] ?? ''))).toEqual({ id: 'abc', offset: 96 });
    expect(headers.Authorization).toBe('Bearer tok');
    expect(init.body).toBe(pcm);
  });
});
