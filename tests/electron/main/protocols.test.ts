import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol.ts';
import { createMediaProtocolHandler, registerMediaProtocol } from '../../../electron/main/media-protocol.ts';
import { APP_SCHEME, MEDIA_SCHEME, registerPrivilegedSchemes } from '../../../electron/main/schemes.ts';

vi.mock('electron', () => ({}));

const ID = 'c'.repeat(64);
const dir = mkdtempSync(path.join(tmpdir(), 'cabina-protocols-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cabina-media protocol', () => {
  it('hands cabina-media://asset/<sha256> to the core media handler with the Range header', async () => {
    const media = vi.fn(async (request: Request, assetId: string) =>
      new Response('abc', { status: 206, headers: { 'Content-Range': 'bytes 0-2/10', 'X-Asset': assetId, 'X-Range': request.headers.get('range') ?? '' } }),
    );
    const handler = createMediaProtocolHandler(media, 'app://cabina');
    const res = await handler(new Request(`cabina-media://asset/${ID}`, { headers: { Range: 'bytes=0-2' } }));
    expect(res.status).toBe(206);
    expect(res.headers.get('x-asset')).toBe(ID);
    expect(res.headers.get('x-range')).toBe('bytes=0-2');
    expect(res.headers.get('content-range')).toBe('bytes 0-2/10');
    expect(res.headers.get('access-control-allow-origin')).toBe('app://cabina');
    expect(await res.text()).toBe('abc');
  });

  it('answers 404 for other hosts without asking the core', async () => {
    const media = vi.fn();
    const res = await createMediaProtocolHandler(media, 'app://cabina')(new Request(`cabina-media://elsewhere/${ID}`));
    expect(res.status).toBe(404);
    expect(media).not.toHaveBeenCalled();
  });

  it('registers the handler for the cabina-media scheme', () => {
    const protocol = { handle: vi.fn() };
    registerMediaProtocol(protocol as unknown as Protocol, vi.fn(), 'app://cabina');
    expect(protocol.handle).toHaveBeenCalledWith(MEDIA_SCHEME, expect.any(Function));
  });
});

describe('app protocol', () => {
  writeFileSync(path.join(dir, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="default-src 'none'"><p>Cabina</p>`);
  writeFileSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), 'secret');

  it('serves the renderer with the CSP header of its meta tag plus frame-ancestors', async () => {
    const res = await createAppProtocolHandler(dir)(new Request('app://cabina/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(await res.text()).toContain('Cabina');
  });

  it('refuses other hosts and traversal', async () => {
    const handler = createAppProtocolHandler(dir);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    const escaped = await handler(new Request(`app://cabina/..%2F${path.basename(dir)}-secret.txt`));
    expect(escaped.status).toBe(404);
    rmSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), { force: true });
  });
});

describe('privileged schemes', () => {
  it('declares app: and cabina-media: as standard, secure, fetchable; media streams', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerPrivilegedSchemes(protocol as unknown as Protocol);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ scheme: string; privileges: Record<string, boolean> }[]];
    const byName = Object.fromEntries(schemes.map((s) => [s.scheme, s.privileges]));
    expect(byName[APP_SCHEME]).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(byName[MEDIA_SCHEME]).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
  });
});
