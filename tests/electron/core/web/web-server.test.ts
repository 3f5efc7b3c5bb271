import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseServerArgs, startWebServer, DEFAULT_PORT } from '../../../../electron/core/server.ts';
import { cspFromHtml, FALLBACK_CSP, headerCsp, readRendererCsp, resolveStaticPath } from '../../../../electron/core/web/static-files.ts';
import { tokensMatch, createToken } from '../../../../electron/core/web/auth.ts';
import { openCommand } from '../../../../electron/core/web/open-browser.ts';
import { fakeCore } from './fake-core.ts';
import { openStream, rawRequest, readUntil } from './http-client.ts';

// The real core has its own tests; here only the transport around it is under test.
const created = vi.hoisted(() => [] as { closed: boolean; options: unknown }[]);
vi.mock('../../../../electron/core/core.ts', async () => {
  const { fakeCore: make } = await import('./fake-core.ts');
  return {
    createCore: vi.fn(async (options: unknown) => {
      const core = make();
      created.push(Object.assign(core, { options }));
      return core;
    }),
  };
});

describe('startWebServer', () => {
  it('returns a URL with a fresh 32-byte token on a random port, and closes with an SSE client attached', async () => {
    const core = fakeCore();
    const server = await startWebServer({ dataDir: '/unused', core, port: 0, rendererDir: tmpdir() });
    try {
      expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
      const stream = await openStream(server.port, `/api/events?token=${server.token}`);
      await readUntil(stream.res, (t) => t.includes('connected'));
      const ended = new Promise<void>((resolve) => stream.res.on('close', () => resolve()));
      stream.res.resume();
      await server.close();
      await ended;
      // A core passed in belongs to the caller: not closed here.
      expect(core.closed).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('creates a web core for the data dir and closes it with the server', async () => {
    const server = await startWebServer({ dataDir: '/library', port: 0, rendererDir: tmpdir() });
    const core = created.at(-1);
    expect(core?.options).toMatchObject({ dataDir: '/library', transport: 'web' });
    expect(core?.closed).toBe(false);
    await server.close();
    expect(core?.closed).toBe(true);
  });

  it('fails with EADDRINUSE when the port is taken, closing the core it made', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startWebServer({ dataDir: '/unused', port, rendererDir: tmpdir() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(created.at(-1)?.closed).toBe(true);
    } finally {
      blocker.close();
    }
  });

  it('fails with EADDRINUSE for a caller-owned core too', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startWebServer({ dataDir: '/unused', core: fakeCore(), port, rendererDir: tmpdir() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      blocker.close();
    }
  });

  it('serves a helpful 404 when the renderer is not built', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'cabina-empty-'));
    const server = await startWebServer({ dataDir: '/unused', core: fakeCore(), port: 0, rendererDir: empty });
    try {
      const res = await rawRequest(server.port, { path: '/' });
      expect(res.status).toBe(404);
      expect(res.body.toString()).toContain('npm run build');
      expect(res.headers['content-security-policy']).toBe(`${FALLBACK_CSP}; frame-ancestors 'none'`);
    } finally {
      await server.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('parseServerArgs', () => {
  it('defaults to port 5174 and reads the flags', () => {
    expect(parseServerArgs([])).toMatchObject({ port: DEFAULT_PORT, dataDir: undefined, open: true });
    expect(parseServerArgs(['--port', '0', '--data-dir', '/d', '--no-open'])).toMatchObject({ port: 0, dataDir: '/d', open: false });
    expect(parseServerArgs(['--renderer-dir', 'x']).rendererDir).toBe(path.resolve('x'));
  });

  it('rejects a bad port and unknown flags', () => {
    expect(() => parseServerArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseServerArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseServerArgs(['--bogus'])).toThrow();
  });
});

describe('static path resolution', () => {
  const root = path.resolve('/srv/renderer');
  it('keeps paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    for (const bad of ['/../x', '/%2e%2e/x', '/a/..%2F..%2Fx', '/%00', '/a\\..\\x', '/.env', '/C:/Windows', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, bad), bad).toBeNull();
    }
  });
});

describe('CSP', () => {
  it('reads the policy from the meta tag in either attribute order', () => {
    expect(cspFromHtml(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';\n  img-src 'self'">`)).toBe("default-src 'none'; img-src 'self'");
    expect(cspFromHtml(`<meta content="default-src 'none'" http-equiv="content-security-policy" />`)).toBe("default-src 'none'");
    expect(cspFromHtml('<meta charset="utf-8">')).toBeNull();
    expect(readRendererCsp('/nonexistent')).toBe(FALLBACK_CSP);
  });

  it('adds frame-ancestors to the header policy only, once', () => {
    // Chromium ignores frame-ancestors in a meta tag and logs an error, so the page never has it.
    expect(FALLBACK_CSP).not.toContain('frame-ancestors');
    expect(headerCsp("default-src 'none'")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headerCsp("default-src 'none';")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headerCsp("default-src 'none'; frame-ancestors 'self'")).toBe("default-src 'none'; frame-ancestors 'self'");
  });
});

describe('openCommand', () => {
  it('uses each platform opener, without a shell on Windows', () => {
    expect(openCommand('linux', 'http://127.0.0.1:1/?token=a')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/?token=a'] });
    expect(openCommand('darwin', 'http://x/')).toEqual({ command: 'open', args: ['http://x/'] });
    expect(openCommand('win32', 'http://x/?a=1&b=2')).toEqual({ command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', 'http://x/?a=1&b=2'] });
    expect(openCommand('aix', 'http://x/')).toBeNull();
  });
});

describe('tokens', () => {
  it('are 32 random bytes and compare exactly', () => {
    const token = createToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(createToken()).not.toBe(token);
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, null)).toBe(false);
  });
});
