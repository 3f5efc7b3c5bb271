import { ApiError } from './api-client.ts';
import type { CabinaBridge } from './bridge-types.ts';
import type { Transport } from './transport.ts';

/** Electron: the preload bridge already speaks Results; files are read by path, nothing to upload. */
export function createElectronTransport(bridge: CabinaBridge): Transport {
  return {
    kind: 'electron',
    invoke: (method, input) => bridge.invoke(method, input),
    on(event, listener) {
      const controller = new AbortController();
      const off = bridge.on(event, listener, controller.signal);
      return () => {
        controller.abort();
        off();
      };
    },
    async stageFile(file, { onProgress, signal }) {
      if (signal.aborted) throw new ApiError('cancelled', 'Cancelled before staging');
      const path = bridge.pathForFile(file);
      // Files that do not come from the disk (e.g. dragged from another app) have no path.
      if (!path) throw new ApiError('import.unreadable', `No path for ${file.name}`, { name: file.name });
      onProgress(1);
      return { kind: 'path', path };
    },
    mediaUrl: (assetId) => `cabina-media://asset/${encodeURIComponent(assetId)}`,
    versionMediaUrl: (versionId) => `cabina-media://version/${encodeURIComponent(versionId)}`,
    // Electron saves through files.saveAs (a native dialog), never a download.
    downloadUrl: () => null,
  };
}
