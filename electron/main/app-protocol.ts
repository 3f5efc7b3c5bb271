import type { Protocol } from 'electron';
import { createStaticHandler } from '../core/web/static-files.ts';
import { APP_HOST, APP_SCHEME } from './schemes.ts';

/**
 * Serves the built renderer at `app://cabina/…` with the same static handler as browser mode:
 * content types, the CSP header equal to index.html's meta tag, and no path traversal (see schemes.ts
 * for why not file://).
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const statics = createStaticHandler(rendererDir);
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad URL', { status: 400 });
    }
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    return statics.serve(request.method, url.pathname);
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
