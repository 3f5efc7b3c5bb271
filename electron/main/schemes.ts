import type { Protocol } from 'electron';

/**
 * The renderer is served from `app://cabina/` rather than file://: it gives the UI a real origin of
 * its own (every file:// page shares one, so "our origin" would include any file on disk), so the
 * navigation, permission and IPC sender checks compare against exactly one origin, and the same
 * static handler as browser mode adds the CSP header and refuses traversal (issue 2 "Electron
 * security"; Electron security checklist, "avoid file://").
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cabina';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** `cabina-media://asset/<sha256>` (the renderer's electron transport builds these URLs). */
export const MEDIA_SCHEME = 'cabina-media';
export const MEDIA_HOST = 'asset';
/** `cabina-media://version/<uuid>`: a version as it airs (its edit applied; issue #11). */
export const MEDIA_VERSION_HOST = 'version';

/** Must run before the app's `ready` event; Electron allows a single call. */
export function registerPrivilegedSchemes(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // stream: lets <audio> play and seek while bytes arrive; corsEnabled: fetch() from app://cabina.
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true } },
  ]);
}
