import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../electron/main/ipc-channels.ts';
import type { CabinaBridge } from '../../../electron/preload/cabina-bridge.ts';
import type { CabinaBridge as RendererView } from '../../../renderer/src/api/bridge-types.ts';

const fakes = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipc: null as (import('node:events').EventEmitter & { invoke: (...args: unknown[]) => Promise<unknown> }) | null,
  paths: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'pong' })),
  });
  fakes.ipc = ipcRenderer;
  return {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => fakes.exposed.set(key, api)) },
    ipcRenderer,
    webUtils: {
      getPathForFile: vi.fn((file: unknown) => {
        fakes.paths.push(file);
        return '/home/locutora/grabacion.wav';
      }),
    },
  };
});

let bridge: CabinaBridge;
let ipc: EventEmitter & { invoke: (...args: unknown[]) => Promise<unknown> };

beforeAll(async () => {
  await import('../../../electron/preload/preload.ts');
  bridge = fakes.exposed.get('cabina') as CabinaBridge;
  if (!fakes.ipc) throw new Error('electron mock not loaded');
  ipc = fakes.ipc;
});

const sendEvent = (name: string, payload: unknown) => ipc.emit(IPC_CHANNELS.event, { sender: 'electron-internals', ports: [] }, name, payload);

describe('preload bridge', () => {
  it('exposes window.cabina with exactly invoke, on and pathForFile', () => {
    expect([...fakes.exposed.keys()]).toEqual(['cabina']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pathForFile']);
  });

  it('invoke goes through the one invoke channel', async () => {
    expect(await bridge.invoke('app.info', { a: 1 })).toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.invoke, 'app.info', { a: 1 });
  });

  it('on delivers only the payload of the named event (no Electron event object)', () => {
    const listener = vi.fn();
    const off = bridge.on('library.changed', listener);
    sendEvent('job.progress', { fraction: 0.5 });
    sendEvent('library.changed', { segmentIds: [] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ segmentIds: [] }]);
    off();
  });

  it('unsubscribes with the returned function', () => {
    const before = ipc.listenerCount(IPC_CHANNELS.event);
    const listener = vi.fn();
    const off = bridge.on('library.changed', listener);
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before + 1);
    off();
    off();
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before);
    sendEvent('library.changed', {});
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes when the AbortSignal aborts, and at once for an aborted one', () => {
    const before = ipc.listenerCount(IPC_CHANNELS.event);
    const controller = new AbortController();
    const listener = vi.fn();
    bridge.on('job.progress', listener, controller.signal);
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before + 1);
    controller.abort();
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before);
    sendEvent('job.progress', {});
    expect(listener).not.toHaveBeenCalled();

    bridge.on('job.progress', listener, AbortSignal.abort());
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before);
  });

  it('tolerates a signal that lost its methods crossing the context bridge', () => {
    const before = ipc.listenerCount(IPC_CHANNELS.event);
    const off = bridge.on('job.progress', vi.fn(), {} as AbortSignal);
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before + 1);
    off();
    expect(ipc.listenerCount(IPC_CHANNELS.event)).toBe(before);
  });

  it('has the shape the renderer declares for window.cabina (checked by tsc)', () => {
    // The renderer may not import electron/ (lint boundary) and keeps its own copy of the type.
    expectTypeOf<CabinaBridge>().toEqualTypeOf<RendererView>();
  });

  it('pathForFile asks webUtils', () => {
    const file = { name: 'grabacion.wav' } as unknown as File;
    expect(bridge.pathForFile(file)).toBe('/home/locutora/grabacion.wav');
    expect(fakes.paths).toEqual([file]);
  });
});
