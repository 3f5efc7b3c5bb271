import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadOffers } from '../../../../electron/core/files/download-offers.ts';
import { contentDisposition } from '../../../../electron/core/web/download-route.ts';
import { startHttpServer, type RunningHttpServer } from '../../../../electron/core/web/http-server.ts';
import { fakeCore } from './fake-core.ts';

const TOKEN = 'download-token-0123456789abcdefghijklmnopqrstu';
let dir: string;
let server: RunningHttpServer;
let offerId: string;
const offers = new DownloadOffers();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cabina-download-'));
  const file = path.join(dir, 'v1-master-abc.wav');
  writeFileSync(file, 'RIFF-bytes-of-a-render');
  ({ offerId } = offers.add({ path: file, name: 'Migración segura ñandú.wav', sizeBytes: 22 }));
  server = await startHttpServer({ core: fakeCore({ downloads: offers }), token: TOKEN, rendererDir: dir, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (id: string, token: string | null = TOKEN) => `${server.url}download/${id}${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;

describe('GET /download/<offer>', () => {
  it('serves a registered file as an attachment with its UTF-8 name', async () => {
    const res = await fetch(url(offerId));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Migracion segura nandu.wav"; filename*=UTF-8''Migraci%C3%B3n%20segura%20%C3%B1and%C3%BA.wav`);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-length')).toBe('22');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.text()).toBe('RIFF-bytes-of-a-render');
  });

  it('needs the token', async () => {
    expect((await fetch(url(offerId, null))).status).toBe(401);
    expect((await fetch(url(offerId, 'wrong'))).status).toBe(401);
  });

  it('an id that was never offered is 404, and so is a path smuggled in its place', async () => {
    const unknown = await fetch(url('11111111-1111-4111-8111-111111111111'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await fetch(url('..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
  });

  it('quotes and escapes names for old clients', () => {
    expect(contentDisposition('a"b\\c.wav')).toBe(`attachment; filename="a_b_c.wav"; filename*=UTF-8''a%22b%5Cc.wav`);
  });
});
