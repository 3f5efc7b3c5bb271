import type { App, Session, WebContents } from 'electron';

/**
 * `scheme://host[:port]`. Node's URL reports "null" as the origin of non-special schemes such as
 * app://, so the origin is built by hand to compare like Chromium does for our standard schemes.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/** Our own pages stay; web links go to the user's browser; anything else (file:, javascript:, …) stops. */
export function decideNavigation(url: string, allowedOrigin: string): NavigationDecision {
  if (originOf(url) === allowedOrigin) return 'allow';
  return isHttpUrl(url) ? 'open-external' : 'deny';
}

export type OpenExternal = (url: string) => Promise<void> | void;

export interface SecurityOptions {
  /** The one origin our UI is loaded from (app://cabina, or the dev server in development). */
  allowedOrigin: string;
  /** `shell.openExternal`, injected so tests can watch it. */
  openExternal: OpenExternal;
}

function openIfHttp(url: string, openExternal: OpenExternal): void {
  // Only http(s): openExternal with file: or a custom scheme can launch programs (Electron checklist).
  if (isHttpUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
}

/**
 * Issue 2 "navigation and new windows blocked … external links only http(s) via the shell":
 * applied to every WebContents the app ever creates.
 */
export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, options.allowedOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openIfHttp(url, options.openExternal);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    openIfHttp(url, options.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface PermissionQuery {
  permission: string;
  /** Origin of the frame asking. */
  origin: string | null;
  /** For `media`: what is asked for (request: the list; check: the single type). */
  mediaTypes: readonly string[];
  isMainFrame: boolean;
}

/** Microphone for our own page is the only thing ever granted (recording, DESIGN.md §5). */
export function isPermissionGranted(query: PermissionQuery, allowedOrigin: string): boolean {
  return (
    query.permission === 'media' &&
    query.isMainFrame &&
    query.origin === allowedOrigin &&
    query.mediaTypes.length > 0 &&
    query.mediaTypes.every((type) => type === 'audio')
  );
}

/** Both handlers are needed: most web APIs check first and only then request (Electron docs). */
export function configurePermissions(session: Session, allowedOrigin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details && Array.isArray(details.mediaTypes) ? details.mediaTypes : [];
    callback(isPermissionGranted({ permission, origin: originOf(details.requestingUrl), mediaTypes, isMainFrame: details.isMainFrame }, allowedOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const origin = details.securityOrigin ? originOf(details.securityOrigin) : originOf(requestingOrigin);
    const mediaTypes = details.mediaType ? [details.mediaType] : [];
    return isPermissionGranted({ permission, origin, mediaTypes, isMainFrame: details.isMainFrame }, allowedOrigin);
  });
  // USB/HID/serial device pickers and screen capture: never.
  session.setDevicePermissionHandler(() => false);
}

/** Hardens every WebContents the moment it exists, including ones we did not create ourselves. */
export function installSecurity(app: Pick<App, 'on'>, options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options));
}
