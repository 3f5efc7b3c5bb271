import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.ts';
import type { Core } from '../core/core-types.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import { createTranslator, errorSentence, pickCliLanguage } from '../core/i18n/translator.ts';
import { toErrorData } from '../../shared/api/errors.ts';
import { createStderrLogger } from '../core/logger.ts';
import { registerAppProtocol } from './app-protocol.ts';
import { fileActionHandlers } from './file-actions.ts';
import { registerIpc } from './ipc.ts';
import { registerMediaProtocol } from './media-protocol.ts';
import { APP_ORIGIN, registerPrivilegedSchemes } from './schemes.ts';
import { configurePermissions, installSecurity, originOf } from './security.ts';
import { createMainWindow, rendererStartUrl } from './window.ts';

// Compiled layout (scripts/build/build-app.ts): dist/electron/main/main.js beside
// dist/electron/preload/preload.cjs and dist/renderer/, inside app.asar when packaged.
const PRELOAD_PATH = path.join(import.meta.dirname, '..', 'preload', 'preload.cjs');
const RENDERER_DIR = path.join(import.meta.dirname, '..', '..', 'renderer');

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const logger = createStderrLogger(LOG_LEVELS.find((level) => level === process.env.CABINA_LOG_LEVEL) ?? 'info');
const startUrl = rendererStartUrl(process.env, app.isPackaged);
const allowedOrigin = originOf(startUrl) ?? APP_ORIGIN;

// Both must happen before `ready`: privileged schemes (Electron protocol docs), and sandboxing every
// renderer, including any created without our BrowserWindow options (issue 2 "Electron security").
registerPrivilegedSchemes(protocol);
app.enableSandbox();

/** `--data-dir DIR` on the app's command line (Chromium adds switches of its own: not strict). */
function dataDirFlag(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: argv.slice(app.isPackaged ? 1 : 2), options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true });
  const flag = values['data-dir'];
  return typeof flag === 'string' ? flag : undefined;
}

async function run(): Promise<void> {
  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  // A second launch focuses the running window instead of opening the same database twice.
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  installSecurity(app, { allowedOrigin, openExternal: (url) => shell.openExternal(url) });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  await app.whenReady();
  configurePermissions(session.defaultSession, allowedOrigin);

  const dataDir = resolveDataDir({ flag: dataDirFlag(process.argv), electronUserData: app.getPath('userData') });
  try {
    core = await createCore({ dataDir, transport: 'electron', logger, ...(app.isPackaged ? { resourcesPath: process.resourcesPath } : {}) });
  } catch (error) {
    // Not writable, locked by another program…: one clear sentence instead of a blank window.
    const t = createTranslator(pickCliLanguage(app.getLocale(), {}));
    dialog.showErrorBox('Cabina', `${t('cli.openLibraryFailed', { dir: dataDir })} ${errorSentence(t, toErrorData(error))}`);
    app.exit(1);
    return;
  }

  const openWindow = () => {
    window = createMainWindow(BrowserWindow, PRELOAD_PATH, startUrl, app.isPackaged);
    window.on('closed', () => {
      window = null;
    });
  };
  registerAppProtocol(protocol, RENDERER_DIR);
  registerMediaProtocol(protocol, core.media, allowedOrigin);
  const fileActions = fileActionHandlers({ dialog, shell, getWindow: () => window, dataDir: core.dataDir, defaultDir: app.getPath('downloads') });
  registerIpc(ipcMain, () => window, { ...core, handlers: { ...core.handlers, ...fileActions } }, { allowedOrigin, logger });
  openWindow();
  app.on('activate', () => {
    if (!window) openWindow();
  });
  logger.info('cabina started', { dataDir, startUrl });
}

if (app.requestSingleInstanceLock()) {
  run().catch((error: unknown) => {
    logger.error('start-up failed', { error: error instanceof Error ? error.stack : String(error) });
    app.exit(1);
  });
} else {
  app.quit();
}
