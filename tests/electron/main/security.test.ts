import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  configurePermissions,
  decideNavigation,
  hardenWebContents,
  installSecurity,
  isPermissionGranted,
  originOf,
} from '../../../electron/main/security.ts';
import { mainWindowOptions, rendererStartUrl } from '../../../electron/main/window.ts';

vi.mock('electron', () => ({}));

const ORIGIN = 'app://cabina';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => (openHandler = handler)),
  });
  const navigate = (name: 'will-navigate' | 'will-redirect', url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents: contents as unknown as WebContents, emitter, navigate, open };
}

function hardened() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(fake.contents, { allowedOrigin: ORIGIN, openExternal });
  return { ...fake, openExternal };
}

describe('navigation', () => {
  it('decides: own origin stays, web links go out, everything else stops', () => {
    expect(decideNavigation('app://cabina/index.html#/library', ORIGIN)).toBe('allow');
    expect(decideNavigation('https://inali.gob.mx/', ORIGIN)).toBe('open-external');
    expect(decideNavigation('http://example.org/', ORIGIN)).toBe('open-external');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://other/', 'cabina-media://asset/x', 'smb://host/share', 'not a url']) {
      expect(decideNavigation(url, ORIGIN), url).toBe('deny');
    }
  });

  it('blocks navigation away from our origin and opens http(s) links in the browser only', () => {
    const { navigate, openExternal } = hardened();
    expect(navigate('will-navigate', 'app://cabina/index.html')).not.toHaveBeenCalled();
    expect(navigate('will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(navigate('will-navigate', 'file:///home/user/secret.txt')).toHaveBeenCalled();
    expect(navigate('will-redirect', 'file:///tmp/x')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every new window, handing http(s) to the shell', () => {
    const { open, openExternal } = hardened();
    expect(open('https://www.gob.mx/')).toEqual({ action: 'deny' });
    expect(open('app://cabina/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(open('ms-settings:privacy')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.gob.mx/']]);
  });

  it('prevents attaching webviews', () => {
    const { emitter } = hardened();
    const event = { preventDefault: vi.fn() };
    emitter.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens every WebContents the app creates', () => {
    const app = new EventEmitter();
    installSecurity(app as unknown as App, { allowedOrigin: ORIGIN, openExternal: vi.fn() });
    const fake = fakeContents();
    app.emit('web-contents-created', {}, fake.contents);
    expect(fake.contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(fake.navigate('will-navigate', 'https://x.example/')).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

  function session() {
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const fake = {
      setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
      setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
    };
    configurePermissions(fake as unknown as Session, ORIGIN);
    const request = (permission: string, details: Record<string, unknown>) => {
      let granted: boolean | undefined;
      handlers.request?.({}, permission, (g) => (granted = g), { isMainFrame: true, requestingUrl: `${ORIGIN}/index.html`, ...details });
      return granted;
    };
    const check = (permission: string, origin: string, details: Record<string, unknown>) =>
      handlers.check?.({}, permission, origin, { isMainFrame: true, ...details });
    return { request, check, handlers };
  }

  it('grants the microphone to our own page only', () => {
    const { request } = session();
    expect(request('media', { mediaTypes: ['audio'] })).toBe(true);
    expect(request('media', { mediaTypes: ['audio'], requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(request('media', { mediaTypes: ['audio'], isMainFrame: false })).toBe(false);
  });

  it('denies the camera, screen capture, notifications, geolocation and the rest', () => {
    const { request } = session();
    expect(request('media', { mediaTypes: ['video'] })).toBe(false);
    expect(request('media', { mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(request('media', { mediaTypes: [] })).toBe(false);
    for (const permission of ['display-capture', 'notifications', 'geolocation', 'clipboard-read', 'midi', 'openExternal', 'fullscreen', 'unknown']) {
      expect(request(permission, { mediaTypes: ['audio'] }), permission).toBe(false);
    }
  });

  it('answers permission checks the same way', () => {
    const { check, handlers } = session();
    expect(check('media', ORIGIN, { mediaType: 'audio', securityOrigin: `${ORIGIN}/` })).toBe(true);
    expect(check('media', ORIGIN, { mediaType: 'audio' })).toBe(true);
    expect(check('media', ORIGIN, { mediaType: 'video' })).toBe(false);
    expect(check('media', ORIGIN, { mediaType: 'unknown' })).toBe(false);
    expect(check('media', 'https://evil.example', { mediaType: 'audio' })).toBe(false);
    expect(check('notifications', ORIGIN, {})).toBe(false);
    expect(check('geolocation', ORIGIN, {})).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('isPermissionGranted needs every condition', () => {
    const base = { permission: 'media', origin: ORIGIN, mediaTypes: ['audio'], isMainFrame: true };
    expect(isPermissionGranted(base, ORIGIN)).toBe(true);
    expect(isPermissionGranted({ ...base, origin: null }, ORIGIN)).toBe(false);
  });
});

describe('origins and the window', () => {
  it('builds origins for custom schemes the way Chromium does', () => {
    expect(originOf('app://cabina/index.html')).toBe('app://cabina');
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('never relaxes isolation, sandbox or web security', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', true).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('loads app://cabina unless a dev server URL is given', () => {
    expect(rendererStartUrl({}, false)).toBe('app://cabina/index.html');
    expect(rendererStartUrl({ CABINA_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
    expect(rendererStartUrl({ CABINA_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBe('app://cabina/index.html');
  });
});
