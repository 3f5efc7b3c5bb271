import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElectronTransport } from '../../../renderer/src/api/electron-transport.ts';
import { createWebTransport } from '../../../renderer/src/api/web-transport.ts';
import { takeToken } from '../../../renderer/src/api/web-token.ts';

afterEach(() => vi.unstubAllGlobals());

describe('browser-mode token', () => {
  it('takes the token from the URL once, keeps it for the tab and removes it from the address bar', () => {
    const replaceState = vi.fn();
    const storage = new Map<string, string>();
    const env = {
      location: { href: 'http://127.0.0.1:4321/?token=abc123&x=1#top' },
      history: { state: null, replaceState },
      sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
    };
    expect(takeToken(env)).toBe('abc123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1#top');
    expect(takeToken({ ...env, location: { href: 'http://127.0.0.1:4321/' } })).toBe('abc123');
  });
});

describe('web transport', () => {
  it('POSTs JSON to /api/<method> with the bearer token', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const t = createWebTransport('tok');
    await expect(t.invoke('catalog.topics', {})).resolves.toEqual({ ok: true, value: [] });
    expect(fetchMock).toHaveBeenCalledWith('/api/catalog.topics', expect.objectContaining({ method: 'POST', body: '{}' }));
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(t.mediaUrl('ab12')).toBe('/media/asset/ab12?token=tok');
  });

  it('maps 401 to unauthorized and a failed fetch to network', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('no', { status: 401 })));
    await expect(createWebTransport('bad').invoke('app.info', {})).rejects.toMatchObject({ code: 'unauthorized' });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(createWebTransport('t').invoke('app.info', {})).rejects.toMatchObject({ code: 'network' });
  });
});

describe('electron transport', () => {
  it('stages a file by its path and unsubscribes events', async () => {
    const off = vi.fn();
    const bridge = { invoke: vi.fn(), on: vi.fn(() => off), pathForFile: () => 'C:\\audio\\aviso.mp3' };
    const t = createElectronTransport(bridge);
    const onProgress = vi.fn();
    await expect(t.stageFile(new File([], 'aviso.mp3'), { onProgress, signal: new AbortController().signal })).resolves.toEqual({
      kind: 'path',
      path: 'C:\\audio\\aviso.mp3',
    });
    expect(onProgress).toHaveBeenCalledWith(1);
    t.on('library.changed', () => undefined)();
    expect(off).toHaveBeenCalled();
    expect(t.mediaUrl('ab')).toBe('cabina-media://asset/ab');
  });
});
