import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { Readable } from 'node:stream';

/** Where an asset's playable bytes live; `null` when the id is not in the library. */
export interface MediaSource {
  path: string;
  contentType: string;
  /** Names these exact bytes; defaults to the id (an asset id is its content hash). */
  etag?: string;
}

/** `id`: an asset's sha256 (the untouched original, for the editor) or a version's uuid (the version as it airs, issue #11). */
export type MediaResolver = (id: string) => MediaSource | null | Promise<MediaSource | null>;
export type MediaHandler = (request: Request, id: string) => Promise<Response>;

const MEDIA_ID = /^(?:[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const AUDIO_TYPES: Readonly<Record<string, string>> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  flac: 'audio/flac',
  webm: 'audio/webm',
  amr: 'audio/amr',
};

/** Content type for an audio extension (with or without the dot); unknown → octet-stream. */
export function contentTypeForExt(ext: string): string {
  return AUDIO_TYPES[ext.replace(/^\./, '').toLowerCase()] ?? 'application/octet-stream';
}

export type ByteRange = { start: number; end: number };

/**
 * RFC 9110 §14: one `bytes=` range. Returns `null` when the header should be ignored (absent,
 * malformed, several ranges — a server may serve the whole file then) and `'unsatisfiable'` when it
 * is well-formed but lies outside the file (→ 416).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // Suffix range: the last N bytes (a zero-length suffix selects nothing).
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  // `a-b` with b < a is invalid syntax (ignored), not an unsatisfiable range.
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra },
  });
}

function fileBody(path: string, range: ByteRange): ReadableStream<Uint8Array> {
  // Streamed in chunks so a one-hour WAV never sits in memory (DESIGN.md §1 "Media").
  return Readable.toWeb(createReadStream(path, { start: range.start, end: range.end })) as ReadableStream<Uint8Array>;
}

/**
 * One `(Request) => Response` media handler shared by Electron's `cabina-media:` protocol and the
 * browser-mode server (DESIGN.md §1; issue 2 "media served with Range support by the same handler").
 */
/**
 * `root`: the data folder. Every file served must really be inside it, links followed: a symlink
 * planted in the store or the render cache (a USB stick's folder copied in, a hostile pack…) must not
 * turn the media URL into a reader of any file on the PC (issue #12, defect 7). The bytes are read
 * from the resolved path, so the link cannot be swapped between the check and the read.
 */
export function createMediaHandler(resolve: MediaResolver, root: string): MediaHandler {
  let realRoot: Promise<string> | null = null;
  return async (request, assetId) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    if (!MEDIA_ID.test(assetId)) return plain(400, 'Bad media id');
    const source = await resolve(assetId);
    if (!source) return plain(404, 'Not found');
    let size: number;
    let filePath: string;
    try {
      realRoot ??= realpath(root);
      filePath = await realpath(source.path);
      const rel = nodePath.relative(await realRoot, filePath);
      if (rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel)) return plain(404, 'Not found');
      const info = await stat(filePath);
      if (!info.isFile()) return plain(404, 'Not found');
      size = info.size;
    } catch {
      realRoot = null;
      return plain(404, 'Not found');
    }

    const base: Record<string, string> = {
      'Content-Type': source.contentType,
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      // Content-addressed: the same tag always names the same bytes.
      ETag: `"${source.etag ?? assetId}"`,
    };
    const head = request.method === 'HEAD';
    const range = parseRange(request.headers.get('range'), size);
    if (range === 'unsatisfiable') {
      return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' } });
    }
    if (range === null) {
      const body = head || size === 0 ? null : fileBody(filePath, { start: 0, end: size - 1 });
      return new Response(body, { status: 200, headers: { ...base, 'Content-Length': String(size) } });
    }
    const length = range.end - range.start + 1;
    return new Response(head ? null : fileBody(filePath, range), {
      status: 206,
      headers: { ...base, 'Content-Length': String(length), 'Content-Range': `bytes ${range.start}-${range.end}/${size}` },
    });
  };
}
