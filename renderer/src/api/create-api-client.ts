import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import { events, type EventName, type EventPayload } from '../../../shared/api/events.ts';
import { ApiError, type ApiClient } from './api-client.ts';
import { createElectronTransport } from './electron-transport.ts';
import { unwrapResult } from './result.ts';
import type { Transport } from './transport.ts';
import { createWebTransport } from './web-transport.ts';
import { takeToken } from './web-token.ts';

/**
 * Types the untyped transport with the contract. Outputs and events are checked against their zod
 * schemas: it costs little and turns core/renderer drift into one clear error instead of a
 * `undefined is not a function` three components away.
 */
export function createApiClientFromTransport(transport: Transport): ApiClient {
  return {
    kind: transport.kind,
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      const value = unwrapResult(await transport.invoke(method, input));
      const parsed = contract[method].output.safeParse(value);
      if (!parsed.success) throw new ApiError('bad_response', `${method}: ${parsed.error.message}`, { method });
      return parsed.data as MethodOutput<M>;
    },
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      const schema = events[event];
      return transport.on(event, (raw) => {
        const parsed = schema.safeParse(raw);
        if (parsed.success) cb(parsed.data as EventPayload<E>);
        else console.warn(`Dropped malformed ${event} event`, parsed.error.message);
      });
    },
    stageFile: (file, opts) => transport.stageFile(file, opts),
    mediaUrl: (assetId) => transport.mediaUrl(assetId),
    versionMediaUrl: (versionId) => transport.versionMediaUrl(versionId),
    downloadUrl: (offerId) => transport.downloadUrl(offerId),
  };
}

/** Electron when the preload bridge is there, browser mode otherwise. */
export function createApiClient(win: Window): ApiClient {
  const transport = win.cabina ? createElectronTransport(win.cabina) : createWebTransport(takeToken(win));
  return createApiClientFromTransport(transport);
}
