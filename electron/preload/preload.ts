import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Result } from '../../shared/api/errors.ts';
import { IPC_CHANNELS } from '../main/ipc-channels.ts';
import type { CabinaBridge } from './cabina-bridge.ts';

// Sandboxed preloads can only require('electron'): the build bundles this file (and the channel
// names) into one CommonJS file, dist/electron/preload/preload.cjs.

function isAbortSignal(value: unknown): value is AbortSignal {
  return typeof value === 'object' && value !== null && typeof (value as AbortSignal).addEventListener === 'function';
}

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input) as Promise<Result<unknown>>,

  on(event: string, listener: (payload: unknown) => void, signal?: AbortSignal): () => void {
    // The Electron event (sender, ports, …) is stripped: the page gets the payload only (DESIGN.md §9).
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    let subscribed = true;
    const unsubscribe = () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
      if (isAbortSignal(signal)) signal.removeEventListener('abort', unsubscribe);
    };
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    if (isAbortSignal(signal)) {
      if (signal.aborted) unsubscribe();
      else signal.addEventListener('abort', unsubscribe, { once: true });
    }
    return unsubscribe;
  },

  pathForFile: (file: File) => webUtils.getPathForFile(file),
} satisfies CabinaBridge;

contextBridge.exposeInMainWorld('cabina', bridge);
