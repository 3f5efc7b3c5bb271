import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../../shared/api/contract.ts';
import { startHttpServer, type RunningHttpServer } from '../../../../electron/core/web/http-server.ts';
import { fakeCore } from './fake-core.ts';
import { rawRequest } from './http-client.ts';

const TOKEN = 'binary-token-0123456789abcdefghijklmnopqrstu';
const ID = '5d3c6f1e-8a2b-4c4d-9e0f-1a2b3c4d5e6f';
let dir: string;
let server: RunningHttpServer;
const received: ParsedInput<'recording.appendChunk'>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cabina-binary-'));
  const core = fakeCore({
    handlers: {
      'recording.appendChunk': async (input) => {
        received.push(input);
        return { bytes: input.offset + input.pcm.byteLength, durableBytes: 0 };
      },
    },
  });
  server = await startHttpServer({ core, token: TOKEN, rendererDir: dir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const binaryCall = (body: Buffer, headers: Record<string, string>) =>
  rawRequest(server.port, {
    method: 'POST',
    path: '/api/recording.appendChunk',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', ...headers },
    body,
  });

describe('binary API calls (recording chunks)', () => {
  it('puts the body bytes in the named field and the header JSON around them', async () => {
    const pcm = Buffer.from([1, 0, 255, 127, 0, 128]);
    const res = await binaryCall(pcm, { 'X-Cabina-Binary': 'pcm', 'X-Cabina-Input': encodeURIComponent(JSON.stringify({ id: ID, offset: 480 })) });
    expect(res.json()).toEqual({ ok: true, value: { bytes: 486, durableBytes: 0 } });
    const last = received.at(-1);
    expect(last?.id).toBe(ID);
    expect(last?.pcm).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(last?.pcm ?? []).equals(pcm)).toBe(true);
  });

  it('validates the assembled input with the contract like any call', async () => {
    const res = await binaryCall(Buffer.from([1, 2]), { 'X-Cabina-Binary': 'pcm', 'X-Cabina-Input': encodeURIComponent(JSON.stringify({ id: 'nope', offset: 0 })) });
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'id' } } });
  });

  it('refuses a missing or malformed binary header, a missing token, and a body over the limit', async () => {
    expect((await binaryCall(Buffer.from([1]), { 'X-Cabina-Input': '{}' })).status).toBe(400);
    expect((await binaryCall(Buffer.from([1]), { 'X-Cabina-Binary': 'pcm', 'X-Cabina-Input': '%7Bnot json' })).json()).toMatchObject({ error: { details: { field: 'X-Cabina-Input' } } });
    expect((await binaryCall(Buffer.from([1]), { 'X-Cabina-Binary': '__proto__' })).status).toBe(400);
    const noToken = await rawRequest(server.port, { method: 'POST', path: '/api/recording.appendChunk', headers: { 'Content-Type': 'application/octet-stream', 'X-Cabina-Binary': 'pcm' }, body: Buffer.from([1]) });
    expect(noToken.status).toBe(401);
    const big = await binaryCall(Buffer.alloc(1024 * 1024 + 1), { 'X-Cabina-Binary': 'pcm', 'X-Cabina-Input': '{}' });
    expect(big.status).toBe(413);
  });
});
