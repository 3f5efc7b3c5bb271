import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeForExt, createMediaHandler, parseRange, type MediaHandler } from '../../../../electron/core/media/media-handler.ts';

const ID = 'a'.repeat(64);
const EMPTY_ID = 'e'.repeat(64);
const MISSING_FILE_ID = 'b'.repeat(64);
const BYTES = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

let dir: string;
let media: MediaHandler;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cabina-media-'));
  writeFileSync(path.join(dir, 'clip.wav'), BYTES);
  writeFileSync(path.join(dir, 'empty.wav'), Buffer.alloc(0));
  media = createMediaHandler((assetId) => {
    if (assetId === ID) return { path: path.join(dir, 'clip.wav'), contentType: 'audio/wav' };
    if (assetId === EMPTY_ID) return { path: path.join(dir, 'empty.wav'), contentType: 'audio/wav' };
    if (assetId === MISSING_FILE_ID) return { path: path.join(dir, 'gone.wav'), contentType: 'audio/wav' };
    return null;
  }, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (range?: string, method = 'GET', id = ID) =>
  media(new Request('http://x/media', { method, headers: range ? { Range: range } : {} }), id);

describe('media handler', () => {
  it('serves the whole file with its type, length and Accept-Ranges', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/wav');
    expect(res.headers.get('content-length')).toBe('1000');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES)).toBe(true);
  });

  it('serves bytes=a-b as 206 with Content-Range', async () => {
    const res = await get('bytes=10-19');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(res.headers.get('content-length')).toBe('10');
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES.subarray(10, 20))).toBe(true);
  });

  it('serves an open range bytes=a- to the end', async () => {
    const res = await get('bytes=990-');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES.subarray(990))).toBe(true);
  });

  it('serves a suffix range bytes=-n (the last n bytes)', async () => {
    const res = await get('bytes=-5');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 995-999/1000');
    expect(Buffer.from(await res.arrayBuffer()).equals(BYTES.subarray(995))).toBe(true);
  });

  it('clamps an end past the file and a suffix longer than the file', async () => {
    expect((await get('bytes=900-5000')).headers.get('content-range')).toBe('bytes 900-999/1000');
    expect((await get('bytes=-5000')).headers.get('content-range')).toBe('bytes 0-999/1000');
  });

  it('answers 416 with bytes */size when the range starts past the end', async () => {
    const res = await get('bytes=1000-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
    expect((await get('bytes=-0')).status).toBe(416);
    expect((await get('bytes=0-', 'GET', EMPTY_ID)).status).toBe(416);
  });

  it('ignores malformed or multiple ranges and serves the whole file', async () => {
    for (const header of ['bytes=5-1', 'items=0-1', 'bytes=0-1,5-6', 'bytes=abc']) {
      const res = await get(header);
      expect(res.status, header).toBe(200);
      expect(res.headers.get('content-length')).toBe('1000');
      await res.body?.cancel();
    }
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await get(undefined, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('1000');
    expect(res.body).toBeNull();
    const ranged = await get('bytes=0-9', 'HEAD');
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-length')).toBe('10');
    expect(ranged.body).toBeNull();
  });

  it('serves an empty file as an empty 200', async () => {
    const res = await get(undefined, 'GET', EMPTY_ID);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('0');
  });

  it('answers 404 for an unknown asset or a file that is gone', async () => {
    expect((await get(undefined, 'GET', 'c'.repeat(64))).status).toBe(404);
    expect((await get(undefined, 'GET', MISSING_FILE_ID)).status).toBe(404);
  });

  it('refuses ids that are not 64 lowercase hex characters before resolving anything', async () => {
    for (const id of ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/x`, '']) {
      expect((await get(undefined, 'GET', id)).status, id).toBe(400);
    }
  });

  it('refuses other methods', async () => {
    const res = await get(undefined, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('parseRange', () => {
  it('parses the three forms and flags unsatisfiable ones', () => {
    expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
    expect(parseRange('bytes=3-', 10)).toEqual({ start: 3, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=10-12', 10)).toBe('unsatisfiable');
    expect(parseRange(null, 10)).toBeNull();
    expect(parseRange('bytes=-', 10)).toBeNull();
  });
});

describe('contentTypeForExt', () => {
  it('maps the supported audio formats', () => {
    expect(contentTypeForExt('wav')).toBe('audio/wav');
    expect(contentTypeForExt('.MP3')).toBe('audio/mpeg');
    expect(contentTypeForExt('m4a')).toBe('audio/mp4');
    expect(contentTypeForExt('ogg')).toBe('audio/ogg');
    expect(contentTypeForExt('opus')).toBe('audio/ogg');
    expect(contentTypeForExt('flac')).toBe('audio/flac');
    expect(contentTypeForExt('webm')).toBe('audio/webm');
    expect(contentTypeForExt('amr')).toBe('audio/amr');
    expect(contentTypeForExt('exe')).toBe('application/octet-stream');
  });
});

// Issue #12, defect 7: a link planted inside the data folder must not serve a file outside it.
describe('media handler and links', () => {
  const LINK_ID = 'c'.repeat(64);
  it('refuses a symlink out of the data folder, a path outside it, and a linked folder; serves a link that stays inside', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'cabina-media-data-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'cabina-media-outside-'));
    try {
      writeFileSync(path.join(outside, 'cabina.db'), 'SECRET');
      writeFileSync(path.join(data, 'clip.wav'), BYTES);
      mkdirSync(path.join(data, 'store'));
      symlinkSync(path.join(outside, 'cabina.db'), path.join(data, 'store', 'out.wav'));
      symlinkSync(outside, path.join(data, 'store', 'dir'));
      symlinkSync(path.join(data, 'clip.wav'), path.join(data, 'store', 'in.wav'));
      const paths: Record<string, string> = {
        out: path.join(data, 'store', 'out.wav'),
        dir: path.join(data, 'store', 'dir', 'cabina.db'),
        abs: path.join(outside, 'cabina.db'),
        in: path.join(data, 'store', 'in.wav'),
      };
      let pick = 'out';
      const handler = createMediaHandler((id) => (id === LINK_ID ? { path: paths[pick] ?? '', contentType: 'audio/wav' } : null), data);
      const fetchIt = () => handler(new Request('http://x/media'), LINK_ID);
      for (pick of ['out', 'dir', 'abs']) {
        const res = await fetchIt();
        expect(res.status, pick).toBe(404);
        expect(await res.text()).not.toContain('SECRET');
      }
      pick = 'in';
      const inside = await fetchIt();
      expect(inside.status).toBe(200);
      expect(Buffer.from(await inside.arrayBuffer()).equals(BYTES)).toBe(true);
    } finally {
      rmSync(data, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
