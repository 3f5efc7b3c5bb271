import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../core-types.ts';
import { failure } from './api-routes.ts';
import { sendJson } from './node-bridge.ts';

export const DOWNLOAD_PREFIX = '/download/';

/** RFC 6266 / 5987: an ASCII fallback for old clients and the exact UTF-8 name (ñ, accents) for the rest. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'cabina-file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * `GET /download/<offerId>` (the token is checked by the caller): serves a file that `files.offer`
 * registered — and nothing else — as an attachment, so the browser's own "Save as" takes it.
 */
export async function handleDownload(req: IncomingMessage, res: ServerResponse, core: Core, offerId: string, headers: Record<string, string>): Promise<void> {
  const offer = core.downloads.get(offerId);
  if (!offer || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendJson(res, 404, failure('not_found', 'No such download'), headers);
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/octet-stream',
    'Content-Length': offer.sizeBytes,
    'Content-Disposition': contentDisposition(offer.name),
    'Cache-Control': 'private, no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(offer.path), res);
  } catch {
    // The browser cancelled the download, or the file vanished mid-way: the response is cut short.
    res.destroy();
  }
}
