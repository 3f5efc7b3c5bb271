import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/main/ipc-channels.ts';

/**
 * The Electron security checklist (electronjs.org/docs/latest/tutorial/security; issue #12), item by
 * item, against the app as main.ts wires it — every Electron module faked (no binary here,
 * DESIGN.md §8), packaged and in development. The static items (CSP text, fuses) are in
 * security-checklist-static.test.ts.
 */
type Listener = (...args: unknown[]) => unknown;
interface FakeContents {
  events: Map<string, Listener>;
  openHandler: ((details: { url: string }) => { action: string }) | null;
}
const state = vi.hoisted(() => ({
  packaged: true,
  windows: [] as { options: { webPreferences?: Record<string, unknown> }; url: string }[],
  appEvents: new Map<string, Listener[]>(),
  ipc: new Map<string, Listener>(),
  protocols: new Map<string, (request: Request) => Promise<Response>>(),
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  devicePermission: null as Listener | null,
  opened: [] as string[],
  order: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: 1, send: () => undefined, isDestroyed: () => false, mainFrame: { processId: 7, routingId: 3 } };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      state.windows.push({ options, url: '' });
    }
    once() {}
    on() {}
    show() {}
    isDestroyed() {
      return false;
    }
    async loadURL(url: string) {
      const last = state.windows.at(-1);
      if (last) last.url = url;
    }
  }
  const app = {
    get isPackaged() {
      return state.packaged;
    },
    on: (event: string, listener: Listener) => state.appEvents.set(event, [...(state.appEvents.get(event) ?? []), listener]),
    enableSandbox: () => state.order.push('sandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: async () => undefined,
    getPath: (name: string) => `/home/locutora/.config/Cabina-${name}`,
    getLocale: () => 'es-MX',
    quit: () => undefined,
    exit: () => undefined,
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: () => undefined },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener), removeHandler: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: () => state.order.push('schemes'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocols.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (state.permissionCheck = h),
        setDevicePermissionHandler: (h: Listener) => (state.devicePermission = h),
      },
    },
    shell: { openExternal: async (url: string) => void state.opened.push(url) },
  };
});

vi.mock('../../../electron/core/core.ts', async () => {
  const { fakeCore } = await import('../core/web/fake-core.ts');
  return { createCore: async () => fakeCore() };
});

async function startMain(packaged: boolean, rendererUrl?: string): Promise<void> {
  state.packaged = packaged;
  if (rendererUrl) process.env.CABINA_RENDERER_URL = rendererUrl;
  vi.resetModules();
  await import('../../../electron/main/main.ts');
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
}

beforeEach(() => {
  state.windows.length = 0;
  state.appEvents.clear();
  state.ipc.clear();
  state.protocols.clear();
  state.opened.length = 0;
  state.order.length = 0;
  delete process.env.CABINA_RENDERER_URL;
  delete process.env.CABINA_DATA_DIR;
  process.env.CABINA_LOG_LEVEL = 'error';
});

const prefs = () => state.windows[0]?.options.webPreferences ?? {};

/** A WebContents as `web-contents-created` hands it over, recording what main installs on it. */
function createdContents(): FakeContents {
  const contents: FakeContents = { events: new Map(), openHandler: null };
  const fake = {
    on: (event: string, listener: Listener) => contents.events.set(event, listener),
    setWindowOpenHandler: (handler: FakeContents['openHandler']) => (contents.openHandler = handler),
  };
  for (const listener of state.appEvents.get('web-contents-created') ?? []) listener({}, fake);
  return contents;
}

function navigate(contents: FakeContents, event: string, url: string): boolean {
  let prevented = false;
  contents.events.get(event)?.({ url, preventDefault: () => (prevented = true) });
  return prevented;
}

function askPermission(permission: string, requestingUrl: string, mediaTypes: string[] = [], isMainFrame = true): boolean {
  let granted: boolean | null = null;
  state.permissionRequest?.({}, permission, (ok: boolean) => (granted = ok), { requestingUrl, mediaTypes, isMainFrame });
  const checked = state.permissionCheck?.({}, permission, requestingUrl, { securityOrigin: requestingUrl, mediaType: mediaTypes[0], isMainFrame });
  expect(checked, 'the check handler agrees with the request handler').toBe(granted);
  return granted === true;
}

function invokeFrom(url: string, senderId = 1, parent: unknown = null) {
  const handler = state.ipc.get(IPC_CHANNELS.invoke);
  return handler?.({ sender: { id: senderId }, senderFrame: { url, parent, processId: 7, routingId: 3 } }, 'app.info', {});
}

describe('Electron security checklist', () => {
  it('4–6. isolation, sandbox (for every renderer), no Node integration, web security on', async () => {
    await startMain(true);
    expect(state.order).toEqual(['schemes', 'sandbox']);
    expect(prefs()).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
    expect(prefs()).not.toHaveProperty('experimentalFeatures', true);
    expect(prefs()).not.toHaveProperty('enableBlinkFeatures');
  });

  it('7. CSP: our pages are served with the policy as a header, frame-ancestors included', async () => {
    await startMain(true);
    const res = await state.protocols.get('app')?.(new Request('app://cabina/index.html'));
    const csp = res?.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(res?.headers.get('x-frame-options')).toBe('DENY');
  });

  it('13. navigation away from our origin is blocked on every WebContents; web links go to the browser, other schemes nowhere', async () => {
    await startMain(true);
    const contents = createdContents();
    expect(navigate(contents, 'will-navigate', 'app://cabina/index.html#/library')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    await vi.waitFor(() => expect(state.opened).toEqual(['https://evil.example/']));
    let attached = false;
    contents.events.get('will-attach-webview')?.({ preventDefault: () => (attached = true) });
    expect(attached, '<webview> refused').toBe(true);
  });

  it('14–15. new windows are denied; only http(s) links are handed to the shell', async () => {
    await startMain(true);
    const contents = createdContents();
    expect(contents.openHandler?.({ url: 'https://irex.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://cabina/index.html' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'smb://share/x.exe' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(state.opened).toEqual(['https://irex.org/']));
  });

  it('5. permissions: only the microphone, only for our own top frame; no devices', async () => {
    await startMain(true);
    expect(askPermission('media', 'app://cabina/index.html', ['audio'])).toBe(true);
    expect(askPermission('media', 'app://cabina/index.html', ['video'])).toBe(false);
    expect(askPermission('media', 'app://cabina/index.html', ['audio'], false)).toBe(false);
    expect(askPermission('media', 'https://evil.example/', ['audio'])).toBe(false);
    for (const other of ['notifications', 'geolocation', 'clipboard-read', 'openExternal', 'display-capture']) expect(askPermission(other, 'app://cabina/index.html')).toBe(false);
    expect(state.devicePermission?.({})).toBe(false);
  });

  it('17. IPC: only our window\'s top frame on our origin reaches the core', async () => {
    await startMain(true);
    expect(await invokeFrom('app://cabina/index.html')).toMatchObject({ ok: true });
    expect(await invokeFrom('https://evil.example/')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await invokeFrom('app://cabina/index.html', 2)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await invokeFrom('app://cabina/index.html', 1, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('packaged: CABINA_RENDERER_URL is ignored (the trusted origin stays app://cabina) and DevTools are off (issue #12, defect 6)', async () => {
    await startMain(true, 'http://evil.example:8080/');
    expect(state.windows[0]?.url).toBe('app://cabina/index.html');
    expect(prefs()).toMatchObject({ devTools: false });
    expect(askPermission('media', 'http://evil.example:8080/', ['audio'])).toBe(false);
    expect(askPermission('media', 'app://cabina/index.html', ['audio'])).toBe(true);
    expect(await invokeFrom('http://evil.example:8080/')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const contents = createdContents();
    expect(navigate(contents, 'will-navigate', 'http://evil.example:8080/')).toBe(true);
  });

  it('development: the vite dev server URL is honoured and becomes the one trusted origin; DevTools on', async () => {
    await startMain(false, 'http://localhost:5173/');
    expect(state.windows[0]?.url).toBe('http://localhost:5173/');
    expect(prefs()).toMatchObject({ devTools: true });
    expect(askPermission('media', 'http://localhost:5173/', ['audio'])).toBe(true);
    expect(askPermission('media', 'app://cabina/index.html', ['audio'])).toBe(false);
    expect(await invokeFrom('http://localhost:5173/')).toMatchObject({ ok: true });
  });
});
