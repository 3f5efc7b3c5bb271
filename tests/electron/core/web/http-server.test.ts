import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaHandler } from '../../../../electron/core/media/media-handler.ts';
import { startHttpServer, type RunningHttpServer } from '../../../../electron/core/web/http-server.ts';
import { fakeCore, type FakeCore } from './fake-core.ts';
import { openStream, rawRequest, readUntil } from './http-client.ts';

const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvw';
const CSP = "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'";
const ASSET = 'f'.repeat(64);
const AUDIO = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
const SECRET = 'top-secret-outside-the-renderer';

let dir: string;
let core: FakeCore;
let server: RunningHttpServer;
let port: number;
let activeSubscriptions = 0;

const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
const call = (method: string, body: unknown, headers: Record<string, string> = auth) =>
  rawRequest(port, { method: 'POST', path: `/api/${method}`, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cabina-http-'));
  const renderer = path.join(dir, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(
    path.join(renderer, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Cabina</title></head><body></body></html>`,
  );
  writeFileSync(path.join(renderer, 'assets', 'app-1234.js'), 'console.log("cabina")');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  writeFileSync(path.join(dir, 'clip.wav'), AUDIO);

  core = fakeCore({
    media: createMediaHandler((id) => (id === ASSET ? { path: path.join(dir, 'clip.wav'), contentType: 'audio/wav' } : null), dir),
  });
  // Counts live bus subscriptions, to prove a closed SSE client leaves none behind.
  const on = core.events.on.bind(core.events);
  core.events.on = (listener) => {
    activeSubscriptions += 1;
    const off = on(listener);
    return () => {
      activeSubscriptions -= 1;
      return off();
    };
  };
  server = await startHttpServer({ core, token: TOKEN, rendererDir: renderer, port: 0, heartbeatMs: 50 });
  port = server.port;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('API calls', () => {
  it('refuses a call without a token with 401 unauthorized', async () => {
    const res = await call('app.info', {}, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong token with 401', async () => {
    const res = await call('app.info', {}, { Authorization: `Bearer ${TOKEN}x` });
    expect(res.status).toBe(401);
    expect((await call('app.info', {}, { Authorization: TOKEN })).status).toBe(401);
  });

  it('answers a good call with the handler value', async () => {
    const res = await call('app.info', {});
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ ok: true, value: { version: '0.0.0-test', dataDir: '/tmp/cabina-test', ffmpegPath: null, transport: 'web' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await call('library.search', { query: 'migración' })).json()).toEqual({ ok: true, value: { total: 9, totalExact: true, items: [] } });
  });

  it('rejects a wrong-typed field as invalid_input naming the field', async () => {
    const res = await call('library.search', { query: 42 });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'query', method: 'library.search' } } });
  });

  it('reports an unknown method', async () => {
    expect((await call('library.drop', {})).json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rejects a body that is not JSON with 400 and a body over 1 MiB with 413', async () => {
    const bad = await call('app.info', '{nope');
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const big = await call('library.search', JSON.stringify({ query: 'x'.repeat(1024 * 1024 + 10) }));
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Without Content-Length the limit is enforced while reading.
    const chunked = await call('library.search', JSON.stringify({ query: 'x'.repeat(1024 * 1024 + 10) }), { ...auth, 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebound = await rawRequest(port, { method: 'POST', path: '/api/app.info', headers: { ...auth, Host: `evil.example:${port}` }, body: '{}' });
    expect(rebound.status).toBe(403);
    const otherPort = await rawRequest(port, { path: '/', headers: { Host: `127.0.0.1:${port + 1}` } });
    expect(otherPort.status).toBe(403);
    const crossSite = await call('app.info', {}, { ...auth, Origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const localhost = await call('app.info', {}, { ...auth, Host: `localhost:${port}`, Origin: `http://localhost:${port}` });
    expect(localhost.status).toBe(200);
  });
});

describe('listening', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info && !info.internal)
      .map((info) => info?.address ?? '');
    for (const address of ['::1', ...others]) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.setTimeout(1000, () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect(reached, address).toBe(false);
    }
  });
});

describe('events (SSE)', () => {
  it('needs the token', async () => {
    expect((await rawRequest(port, { path: '/api/events' })).status).toBe(401);
    expect((await rawRequest(port, { path: '/api/events?token=nope' })).status).toBe(401);
  });

  it('streams emitted events, sends heartbeats and unsubscribes when the client leaves', async () => {
    const before = activeSubscriptions;
    const stream = await openStream(port, `/api/events?token=${encodeURIComponent(TOKEN)}`);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toContain('text/event-stream');
    await readUntil(stream.res, (text) => text.includes(': connected'));
    expect(activeSubscriptions).toBe(before + 1);

    const segmentId = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
    core.events.emit('library.changed', { segmentIds: [segmentId] });
    const text = await readUntil(stream.res, (t) => t.includes('\n\n') && t.includes('library.changed'));
    expect(text).toContain(`event: library.changed\ndata: ${JSON.stringify({ segmentIds: [segmentId] })}\n\n`);
    await readUntil(stream.res, (t) => t.includes(': heartbeat'));

    stream.close();
    await expect.poll(() => activeSubscriptions).toBe(before);
  });
});

describe('uploads', () => {
  const upload = (headers: Record<string, string>, body: Buffer) => rawRequest(port, { method: 'POST', path: '/api/upload', headers, body });
  const name = 'Canción de ñandú.wav';

  it('streams the body into the upload sink and returns its id', async () => {
    const body = Buffer.alloc(300_000, 7);
    const res = await upload({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) }, body);
    expect(res.status).toBe(200);
    const result = res.json() as { ok: boolean; value: { uploadId: string } };
    expect(result.ok).toBe(true);
    expect(result.value.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    const received = core.uploads.received.at(-1);
    expect(received?.name).toBe(name);
    expect(received?.bytes.equals(body)).toBe(true);
    expect(received?.maxBytes).toBe(4 * 1024 ** 3);
    // Arrived in several chunks: streamed, not buffered whole by the server.
    expect(received?.chunks).toBeGreaterThan(1);
  });

  it('refuses uploads without the token, the octet-stream type or a file name', async () => {
    const count = core.uploads.received.length;
    expect((await upload({ 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.wav' }, Buffer.from('x'))).status).toBe(401);
    const wrongType = await upload({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain', 'X-File-Name': 'a.wav' }, Buffer.from('x'));
    expect(wrongType.status).toBe(415);
    const noName = await upload({ Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream' }, Buffer.from('x'));
    expect(noName.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'X-File-Name' } } });
    expect(core.uploads.received.length).toBe(count);
  });
});

describe('media', () => {
  it('serves a Range request as 206 through the media handler', async () => {
    const res = await rawRequest(port, { path: `/media/asset/${ASSET}?token=${encodeURIComponent(TOKEN)}`, headers: { Range: 'bytes=100-199' } });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe('bytes 100-199/4096');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.body.equals(AUDIO.subarray(100, 200))).toBe(true);
  });

  it('needs the token and answers 404 for unknown assets', async () => {
    expect((await rawRequest(port, { path: `/media/asset/${ASSET}` })).status).toBe(401);
    expect((await rawRequest(port, { path: `/media/asset/${'0'.repeat(64)}?token=${TOKEN}` })).status).toBe(404);
  });
});

describe('static files', () => {
  it('serves index.html for / with the CSP of its meta tag and the security headers, no token needed', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body.toString()).toContain('<title>Cabina</title>');
  });

  it('serves assets with their content type', async () => {
    const res = await rawRequest(port, { path: '/assets/app-1234.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawRequest(port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/../package.json']) {
      const res = await rawRequest(port, { path: attempt });
      expect(res.status, attempt).toBe(404);
      expect(res.body.toString(), attempt).not.toContain(SECRET);
    }
  });
});
