import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../events/event-bus.ts';

export const HEARTBEAT_MS = 15_000;

/** One Server-Sent Events frame (the JSON is on one line, so one `data:` field suffices). */
export function sseFrame(name: string, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Streams core events to one browser tab (`GET /api/events`). The bus subscription and the
 * heartbeat live exactly as long as the connection, so a closed tab leaves nothing behind.
 * Returns a function that ends the stream (used when the server shuts down).
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, bus: EventBus, extraHeaders: Record<string, string>, heartbeatMs = HEARTBEAT_MS): () => void {
  res.writeHead(200, {
    ...extraHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Proxies must not buffer the stream (a progress bar that jumps from 0 to 100 is useless).
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  // Tells EventSource how long to wait before reconnecting, and opens the stream at once.
  res.write('retry: 2000\n: connected\n\n');

  const unsubscribe = bus.on((name, payload) => {
    if (!res.writableEnded) res.write(sseFrame(name, payload));
  });
  // Comments keep idle connections from being closed by timeouts along the way.
  const heartbeat = setInterval(() => {
    if (!res.writableEnded) res.write(': heartbeat\n\n');
  }, heartbeatMs);
  heartbeat.unref();

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!res.writableEnded) res.end();
  };
  req.on('close', close);
  res.on('close', close);
  res.on('error', close);
  return close;
}
