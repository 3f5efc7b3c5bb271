import type { ImportSource } from '../../../shared/api/contract.ts';
import { z } from 'zod';
import { idSchema } from '../../../shared/domain/segment.ts';
import { ApiError, type StageFileOptions } from './api-client.ts';
import { unwrapResult } from './result.ts';
import type { Transport } from './transport.ts';

const uploadValueSchema = z.object({ uploadId: idSchema });

interface Listeners {
  source: EventSource | null;
  byEvent: Map<string, Set<(payload: unknown) => void>>;
}

function unauthorized(): ApiError {
  return new ApiError('unauthorized', 'Missing or wrong token');
}

/**
 * JSON, or for an input with a Uint8Array field (recording chunks) the bytes as an octet-stream
 * body with the rest of the input URI-encoded in `X-Cabina-Input`: no base64 or number arrays.
 */
function requestBody(input: unknown, auth: Record<string, string>): { headers: Record<string, string>; body: BodyInit } {
  const fields = typeof input === 'object' && input !== null ? Object.entries(input) : [];
  const binary = fields.find(([, value]) => value instanceof Uint8Array);
  if (!binary) return { headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(input ?? {}) };
  const [field, bytes] = binary as [string, Uint8Array<ArrayBuffer>];
  const rest = Object.fromEntries(fields.filter(([key]) => key !== field));
  return {
    headers: { ...auth, 'Content-Type': 'application/octet-stream', 'X-Cabina-Binary': field, 'X-Cabina-Input': encodeURIComponent(JSON.stringify(rest)) },
    body: bytes,
  };
}

/** Browser mode: POST /api/<method>, SSE /api/events, XHR upload (fetch has no upload progress). */
export function createWebTransport(token: string): Transport {
  const listeners: Listeners = { source: null, byEvent: new Map() };
  // One id per page load: the server cancels this page's jobs once its event stream is gone (a closed tab).
  const page = crypto.randomUUID();
  const auth = { Authorization: `Bearer ${token}`, 'X-Cabina-Page': page };

  function ensureSource(): EventSource {
    if (listeners.source) return listeners.source;
    const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}&page=${page}`);
    listeners.source = source;
    return source;
  }

  return {
    kind: 'web',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`/api/${encodeURIComponent(method)}`, { method: 'POST', ...requestBody(input, auth) });
      } catch (error) {
        throw new ApiError('network', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 401) throw unauthorized();
      try {
        return (await response.json()) as unknown;
      } catch {
        throw new ApiError('bad_response', `HTTP ${response.status} without a JSON body`);
      }
    },
    on(event, listener) {
      const source = ensureSource();
      let set = listeners.byEvent.get(event);
      if (!set) {
        const fresh = new Set<(payload: unknown) => void>();
        set = fresh;
        listeners.byEvent.set(event, fresh);
        source.addEventListener(event, (message) => {
          let payload: unknown;
          try {
            payload = JSON.parse((message as MessageEvent<string>).data);
          } catch {
            return;
          }
          for (const cb of [...fresh]) cb(payload);
        });
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    stageFile: (file, opts) => uploadFile(file, token, opts),
    mediaUrl: (assetId) => `/media/asset/${encodeURIComponent(assetId)}?token=${encodeURIComponent(token)}`,
    versionMediaUrl: (versionId) => `/media/version/${encodeURIComponent(versionId)}?token=${encodeURIComponent(token)}`,
    downloadUrl: (offerId) => `/download/${encodeURIComponent(offerId)}?token=${encodeURIComponent(token)}`,
  };
}

function uploadFile(file: File, token: string, { onProgress, signal }: StageFileOptions): Promise<ImportSource> {
  return new Promise<ImportSource>((resolve, reject) => {
    if (signal.aborted) {
      reject(new ApiError('cancelled', 'Upload cancelled'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = () => signal.removeEventListener('abort', onAbort);
    xhr.open('POST', '/api/upload');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onabort = () => {
      settle();
      reject(new ApiError('cancelled', 'Upload cancelled'));
    };
    xhr.onerror = () => {
      settle();
      reject(new ApiError('network', 'Upload failed'));
    };
    xhr.onload = () => {
      settle();
      if (xhr.status === 401) {
        reject(unauthorized());
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new ApiError('bad_response', `Upload: HTTP ${xhr.status} without a JSON body`));
        return;
      }
      try {
        const value = uploadValueSchema.parse(unwrapResult(body));
        onProgress(1);
        resolve({ kind: 'upload', uploadId: value.uploadId });
      } catch (error) {
        reject(error instanceof ApiError ? error : new ApiError('bad_response', 'Upload: unexpected answer'));
      }
    };
    xhr.send(file);
  });
}
