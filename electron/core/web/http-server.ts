import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core-types.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { failure, handleApiCall, handleUpload } from './api-routes.ts';
import { DOWNLOAD_PREFIX, handleDownload } from './download-route.ts';
import { bearerToken, isAllowedHost, isAllowedOrigin, tokensMatch } from './auth.ts';
import { sendJson, sendWebResponse, toWebRequest } from './node-bridge.ts';
import { PageJobs, pageIdOf } from './page-jobs.ts';
import { openEventStream, HEARTBEAT_MS } from './sse.ts';
import { createStaticHandler } from './static-files.ts';

export interface HttpServerOptions {
  core: Core;
  token: string;
  /** The built renderer (vite output), served without a token: it holds no data. */
  rendererDir: string;
  logger?: Logger;
  /** 0 picks a free port. */
  port?: number;
  heartbeatMs?: number;
  /** How long a page's event stream may be gone before its jobs are cancelled (page-jobs.ts). */
  pageGoneMs?: number;
}

export interface RunningHttpServer {
  /** `http://127.0.0.1:<port>/` (no token). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Only loopback: browser mode is for the person at this machine (issue 2 "HTTP on 127.0.0.1 only"). */
export const LISTEN_HOST = '127.0.0.1';

/**
 * The browser-mode transport (DESIGN.md §1): the same handler table as Electron IPC behind a per-run
 * token, SSE for events, uploads, media with Range, downloads of produced files, and the built renderer.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { core, token } = options;
  const logger = options.logger ?? silentLogger;
  const statics = createStaticHandler(options.rendererDir);
  const baseHeaders = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const streams = new Set<() => void>();
  const pageJobs = new PageJobs(core.events, (jobId) => void core.handlers['jobs.cancel']({ jobId }).catch(() => undefined), options.pageGoneMs);
  let port = options.port ?? 0;

  const unauthorized = (res: ServerResponse, req: IncomingMessage) => {
    if (!req.complete) req.resume();
    sendJson(res, 401, failure('unauthorized', 'Missing or wrong token'), { ...baseHeaders, 'WWW-Authenticate': 'Bearer', Connection: 'close' });
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
    const isApi = pathname === '/api' || pathname.startsWith('/api/');

    if (!isAllowedHost(req.headers.host, port) || (isApi && !isAllowedOrigin(req.headers.origin, port))) {
      req.resume();
      sendJson(res, 403, failure('forbidden', 'Request refused: wrong Host or Origin'), { ...baseHeaders, Connection: 'close' });
      return;
    }

    if (pathname === '/api/events') {
      if (!tokensMatch(token, query.get('token'))) return unauthorized(res, req);
      const close = openEventStream(req, res, core.events, baseHeaders, options.heartbeatMs ?? HEARTBEAT_MS);
      streams.add(close);
      const page = pageIdOf(query.get('page'));
      if (page) pageJobs.opened(page);
      res.on('close', () => {
        streams.delete(close);
        if (page) pageJobs.closed(page);
      });
      return;
    }
    if (isApi) {
      if (!tokensMatch(token, bearerToken(req.headers.authorization))) return unauthorized(res, req);
      if (pathname === '/api/upload') return handleUpload(req, res, core, baseHeaders);
      let method = '';
      try {
        method = decodeURIComponent(pathname.slice('/api/'.length));
      } catch {
        method = pathname;
      }
      const page = pageIdOf(req.headers['x-cabina-page']);
      return handleApiCall(req, res, core, method, baseHeaders, page ? (jobId) => pageJobs.started(page, jobId) : undefined);
    }
    const mediaPrefix = ['/media/asset/', '/media/version/'].find((p) => pathname.startsWith(p));
    if (mediaPrefix) {
      if (!tokensMatch(token, query.get('token'))) return unauthorized(res, req);
      const assetId = pathname.slice(mediaPrefix.length);
      const response = await core.media(toWebRequest(req, `http://${LISTEN_HOST}:${port}`), assetId);
      return sendWebResponse(res, response, { 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'private, no-store' });
    }
    if (pathname.startsWith(DOWNLOAD_PREFIX)) {
      if (!tokensMatch(token, query.get('token'))) return unauthorized(res, req);
      return handleDownload(req, res, core, pathname.slice(DOWNLOAD_PREFIX.length), baseHeaders);
    }
    return sendWebResponse(res, await statics.serve(req.method ?? 'GET', pathname));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      logger.error('http request failed', { url: req.url, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'Internal error'), baseHeaders);
      else res.destroy();
    });
  });
  // A 4 GiB upload from a slow disk may take longer than Node's 5-minute default; this server only
  // listens on loopback, so slow-client attacks are not a concern here.
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LISTEN_HOST, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  logger.info('browser mode listening', { port });

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      pageJobs.close();
      for (const end of streams) end();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  return { url: `http://${LISTEN_HOST}:${port}/`, port, close };
}
