import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { Result } from '../../shared/api/errors.ts';
import type { Core } from '../core/core-types.ts';
import { silentLogger, type Logger } from '../core/logger.ts';
import { IPC_CHANNELS } from './ipc-channels.ts';
import { originOf } from './security.ts';

export type WindowGetter = () => BrowserWindow | null;

export interface IpcOptions {
  allowedOrigin: string;
  logger?: Logger;
}

/**
 * Only our main window's top frame, showing our own origin, may call the core (DESIGN.md §1, §9:
 * "main ignores IPC from anything but our own window"). A frame that navigated elsewhere, a subframe
 * or another WebContents is refused even if it somehow got a preload.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | null, allowedOrigin: string): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender.id !== contents.id) return false;
  const frame = event.senderFrame;
  const main = contents.mainFrame;
  if (!frame || frame.parent !== null) return false;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return originOf(frame.url) === allowedOrigin;
}

const refused: Result<never> = { ok: false, error: { code: 'unauthorized', message: 'IPC sender is not the Cabina window' } };

/**
 * The Electron transport: one invoke channel into the shared `dispatch` (same validation and errors as
 * browser mode) and core events forwarded to the window. Returns a function that undoes both.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, getWindow: WindowGetter, core: Core, options: IpcOptions): () => void {
  const logger = options.logger ?? silentLogger;
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, getWindow(), options.allowedOrigin)) {
      logger.warn('ipc call from a foreign sender dropped', { url: event.senderFrame?.url ?? null });
      return refused;
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'unknown_method', message: 'Method name must be a string' } };
    return dispatch(core.handlers, method, input);
  });
  const unsubscribe = core.events.on((name, payload) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(IPC_CHANNELS.event, name, payload);
  });
  return () => {
    ipcMain.removeHandler(IPC_CHANNELS.invoke);
    unsubscribe();
  };
}
