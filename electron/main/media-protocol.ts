import type { Protocol } from 'electron';
import type { MediaHandler } from '../core/media/media-handler.ts';
import { MEDIA_HOST, MEDIA_SCHEME, MEDIA_VERSION_HOST } from './schemes.ts';

/**
 * `cabina-media://asset/<sha256>` → the core's media handler, the same one browser mode serves at
 * `/media/asset/<sha256>` (DESIGN.md §1 "Media"). Returns the Response Electron streams to <audio>.
 */
export function createMediaProtocolHandler(media: MediaHandler, allowedOrigin: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad URL', { status: 400 });
    }
    if (url.host !== MEDIA_HOST && url.host !== MEDIA_VERSION_HOST) return new Response('Not found', { status: 404 });
    const response = await media(request, decodeURIComponent(url.pathname.replace(/^\//, '')));
    // The page (app://cabina) is another origin than cabina-media://: fetch() of peaks or audio needs
    // this; <audio src> does not, but both must work for the editor (DESIGN.md §4).
    const headers = new Headers(response.headers);
    headers.set('Access-Control-Allow-Origin', allowedOrigin);
    headers.set('Vary', 'Origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

export function registerMediaProtocol(protocol: Pick<Protocol, 'handle'>, media: MediaHandler, allowedOrigin: string): void {
  protocol.handle(MEDIA_SCHEME, createMediaProtocolHandler(media, allowedOrigin));
}
