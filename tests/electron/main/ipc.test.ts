import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/main/ipc-channels.ts';
import { registerIpc } from '../../../electron/main/ipc.ts';
import { fakeCore } from '../core/web/fake-core.ts';

// The binary cannot run here (DESIGN.md §8); ipc.ts must not need it at runtime anyway.
vi.mock('electron', () => ({}));

const ORIGIN = 'app://cabina';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, InvokeHandler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: InvokeHandler) => void handlers.set(channel, handler)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
}

function fakeWindow() {
  const mainFrame = { processId: 7, routingId: 1, parent: null, url: `${ORIGIN}/index.html` };
  const webContents = { id: 1, mainFrame, isDestroyed: () => false, send: vi.fn() };
  let destroyed = false;
  const window = { webContents, isDestroyed: () => destroyed, destroy: () => (destroyed = true) };
  return { window, asBrowserWindow: window as unknown as BrowserWindow, mainFrame, webContents };
}

type Frame = { processId: number; routingId: number; parent: unknown; url: string } | null;

function eventFrom(senderId: number, frame: Frame): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

function setup(handlers = {}) {
  const ipcMain = fakeIpcMain();
  const win = fakeWindow();
  const core = fakeCore({ handlers });
  const dispose = registerIpc(ipcMain, () => win.asBrowserWindow, core, { allowedOrigin: ORIGIN });
  const invoke = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const handler = ipcMain.handlers.get(IPC_CHANNELS.invoke);
    if (!handler) throw new Error('no invoke handler registered');
    return handler(event, method, input);
  };
  const ownEvent = () => eventFrom(win.webContents.id, win.mainFrame);
  return { ipcMain, win, core, dispose, invoke, ownEvent };
}

describe('IPC transport', () => {
  it('registers one invoke channel', () => {
    const { ipcMain } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_CHANNELS.invoke, expect.any(Function));
  });

  it('answers a good call from our window with the value', async () => {
    const { invoke, ownEvent } = setup();
    expect(await invoke(ownEvent(), 'app.info', {})).toEqual({
      ok: true,
      value: { version: '0.0.0-test', dataDir: '/tmp/cabina-test', ffmpegPath: null, transport: 'web' },
    });
  });

  it('drops calls from foreign senders as unauthorized without running the handler', async () => {
    const search = vi.fn(async () => ({ total: 0, totalExact: true, items: [] }));
    const { invoke, win } = setup({ 'library.search': search });
    const foreign: [string, IpcMainInvokeEvent][] = [
      ['another WebContents', eventFrom(99, win.mainFrame)],
      ['a subframe', eventFrom(1, { ...win.mainFrame, routingId: 5, parent: win.mainFrame })],
      ['a frame in another process', eventFrom(1, { ...win.mainFrame, processId: 8 })],
      ['our frame showing another origin', eventFrom(1, { ...win.mainFrame, url: 'https://evil.example/' })],
      ['a file:// page', eventFrom(1, { ...win.mainFrame, url: 'file:///tmp/x.html' })],
      ['a destroyed frame', eventFrom(1, null)],
    ];
    for (const [label, event] of foreign) {
      expect(await invoke(event, 'library.search', { query: 'x' }), label).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(search).not.toHaveBeenCalled();
  });

  it('refuses everything once the window is gone', async () => {
    const { invoke, ownEvent, win } = setup();
    win.window.destroy();
    expect(await invoke(ownEvent(), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('rejects bad input as invalid_input naming the field, without calling the handler', async () => {
    const update = vi.fn();
    const { invoke, ownEvent } = setup({ 'segments.update': update });
    const result = await invoke(ownEvent(), 'segments.update', { id: 'not-a-uuid', patch: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'id', method: 'segments.update' } } });
    expect(await invoke(ownEvent(), 'library.search', { limit: 'ten' })).toMatchObject({ ok: false, error: { details: { field: 'limit' } } });
    expect(update).not.toHaveBeenCalled();
  });

  it('reports unknown and non-string methods', async () => {
    const { invoke, ownEvent } = setup();
    expect(await invoke(ownEvent(), 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await invoke(ownEvent(), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('turns a handler failure into error data', async () => {
    const { invoke, ownEvent } = setup({ 'app.info': async () => Promise.reject(new Error('disk on fire')) });
    expect(await invoke(ownEvent(), 'app.info', {})).toEqual({ ok: false, error: { code: 'internal', message: 'disk on fire' } });
  });

  it('forwards core events to the window and stops after dispose', () => {
    const { core, win, dispose, ipcMain } = setup();
    const payload = { segmentIds: ['3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b'] };
    core.events.emit('library.changed', payload);
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.event, 'library.changed', payload);

    dispose();
    core.events.emit('library.changed', payload);
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNELS.invoke);
  });

  it('does not send to a destroyed window', () => {
    const { core, win } = setup();
    win.window.destroy();
    core.events.emit('library.changed', { segmentIds: [] });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});
