import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './schemes.ts';
import { originOf } from './security.ts';

/**
 * Where the UI comes from: the vite dev server in development, else our own `app://` origin. The
 * start URL's origin becomes the trusted one (IPC, microphone), so a packaged build never takes it
 * from the environment: anyone who can set a variable would make any page the app (issue #12, defect 6).
 */
export function rendererStartUrl(env: Readonly<Record<string, string | undefined>>, packaged: boolean): string {
  const dev = packaged ? undefined : env.CABINA_RENDERER_URL;
  if (dev && originOf(dev) !== null && /^https?:/.test(dev)) return dev;
  return `${APP_ORIGIN}/index.html`;
}

/**
 * Issue 2 "Electron security": isolation, sandbox and no Node in the page — never relaxed. DevTools
 * only in development: in a packaged build they would let a visitor at the station PC call the core.
 */
export function mainWindowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    title: 'Cabina',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(BrowserWindowCtor: BrowserWindowConstructor, preloadPath: string, startUrl: string, packaged: boolean): BrowserWindow {
  const window = new BrowserWindowCtor(mainWindowOptions(preloadPath, packaged));
  // Shown once painted, so a slow PC shows no blank white frame first.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startUrl);
  return window;
}
