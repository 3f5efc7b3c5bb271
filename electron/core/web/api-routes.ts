import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { toErrorData, type ApiErrorData, type Result } from '../../../shared/api/errors.ts';
import type { Core } from '../core-types.ts';
import { sendJson } from './node-bridge.ts';

/** A JSON call is a few kilobytes at most, a binary one a recording chunk (~24 KB); anything bigger is a mistake or an attack. */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Uploads are whole recordings; the sink enforces this while it counts written bytes. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export function failure(code: ApiErrorData['code'], message: string, details?: ApiErrorData['details']): Result<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * Replies before the body was read (too large, refused): the rest of the body will never be read,
 * so the connection must not be reused for another request.
 */
function replyEarly(req: IncomingMessage, res: ServerResponse, status: number, value: unknown, headers: Record<string, string>): void {
  if (req.complete) {
    sendJson(res, status, value, headers);
    return;
  }
  // Discard what is still arriving (destroying the request would kill the socket before the reply).
  req.resume();
  sendJson(res, status, value, { ...headers, Connection: 'close' });
}

/** Chunks of the body; leaving the loop early does not destroy the socket we still answer on. */
async function* chunksOf(req: IncomingMessage): AsyncIterable<Uint8Array> {
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) yield chunk;
}

type BodyRead = { ok: true; bytes: Buffer } | { ok: false };

async function readLimited(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunksOf(req)) {
    total += chunk.length;
    if (total > limit) return { ok: false };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

const BINARY_FIELD = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/**
 * A binary call (recording chunks): the body is the bytes, the rest of the input is URI-encoded
 * JSON in `X-Cabina-Input`, and `X-Cabina-Binary` names the field the bytes go in. The contract's
 * schema then checks the whole input like any other call (`z.instanceof(Uint8Array)`).
 */
function binaryInput(req: IncomingMessage, body: Buffer): { ok: true; input: Record<string, unknown> } | { ok: false; field: string } {
  const field = req.headers['x-cabina-binary'];
  if (typeof field !== 'string' || !BINARY_FIELD.test(field)) return { ok: false, field: 'X-Cabina-Binary' };
  const raw = req.headers['x-cabina-input'];
  let json: unknown = {};
  try {
    json = typeof raw === 'string' && raw !== '' ? JSON.parse(decodeURIComponent(raw)) : {};
  } catch {
    return { ok: false, field: 'X-Cabina-Input' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, field: 'X-Cabina-Input' };
  return { ok: true, input: { ...(json as Record<string, unknown>), [field]: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) } };
}

/** `POST /api/<method>`: JSON (or binary, see binaryInput) body in, the dispatch `Result` out (always 200 once authorised). */
export async function handleApiCall(req: IncomingMessage, res: ServerResponse, core: Core, method: string, headers: Record<string, string>, onJob?: (jobId: string) => void): Promise<void> {
  if (req.method !== 'POST') {
    replyEarly(req, res, 405, failure('invalid_input', 'Use POST for API calls', { method }), { ...headers, Allow: 'POST' });
    return;
  }
  const body = await readLimited(req, MAX_JSON_BYTES);
  if (!body.ok) {
    replyEarly(req, res, 413, failure('invalid_input', 'Request body larger than 1 MiB', { method, limitBytes: MAX_JSON_BYTES }), headers);
    return;
  }
  let input: unknown;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/octet-stream') {
    const binary = binaryInput(req, body.bytes);
    if (!binary.ok) {
      sendJson(res, 400, failure('invalid_input', `Binary call needs a valid ${binary.field} header`, { method, field: binary.field }), headers);
      return;
    }
    input = binary.input;
  } else {
    try {
      const text = body.bytes.toString('utf8');
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      sendJson(res, 400, failure('invalid_input', 'Request body is not valid JSON', { method }), headers);
      return;
    }
  }
  // A call that starts a job names it: the page that made it owns it (closing the page cancels it).
  const jobId = (input as { jobId?: unknown } | undefined)?.jobId;
  if (onJob && typeof jobId === 'string' && method !== 'jobs.cancel') onJob(jobId);
  // Same single entry point as Electron IPC (shared/api/dispatch.ts): same validation, same errors.
  sendJson(res, 200, await dispatch(core.handlers, method, input), headers);
}

/** `POST /api/upload`: raw bytes streamed into the core's upload sink, never buffered here. */
export async function handleUpload(req: IncomingMessage, res: ServerResponse, core: Core, headers: Record<string, string>): Promise<void> {
  if (req.method !== 'POST') {
    replyEarly(req, res, 405, failure('invalid_input', 'Use POST to upload'), { ...headers, Allow: 'POST' });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    replyEarly(req, res, 415, failure('invalid_input', 'Uploads must be application/octet-stream', { field: 'Content-Type' }), headers);
    return;
  }
  const rawName = req.headers['x-file-name'];
  let name = '';
  try {
    name = typeof rawName === 'string' ? decodeURIComponent(rawName).trim() : '';
  } catch {
    name = '';
  }
  if (name === '' || name.length > 255) {
    replyEarly(req, res, 400, failure('invalid_input', 'X-File-Name must be a URI-encoded file name of 1–255 characters', { field: 'X-File-Name' }), headers);
    return;
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
    replyEarly(req, res, 413, failure('import.too_large', 'File larger than 4 GiB', { name, limitBytes: MAX_UPLOAD_BYTES }), headers);
    return;
  }
  let result: Result<{ uploadId: string }>;
  try {
    result = { ok: true, value: { uploadId: await core.uploads.receive(chunksOf(req), name, MAX_UPLOAD_BYTES, Number.isFinite(declared) ? declared : undefined) } };
  } catch (error) {
    result = { ok: false, error: toErrorData(error) };
  }
  replyEarly(req, res, 200, result, headers);
}
