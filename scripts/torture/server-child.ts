import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Browser mode as its own process (`node electron/core/server.ts`), so it can be killed with SIGKILL. */
export interface ServerChild {
  port: number;
  token: string;
  child: ChildProcess;
  /** SIGKILL, then waits for the exit: nothing of the process runs after this resolves. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServerChild(dataDir: string, rendererDir: string, timeoutMs = 60_000): Promise<ServerChild> {
  fs.mkdirSync(rendererDir, { recursive: true });
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'electron/core/server.ts', '--port', '0', '--no-open', '--data-dir', dataDir, '--renderer-dir', rendererDir],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CABINA_LANG: 'es' } },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${stderr}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const finish = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    child,
    kill9: () => finish('SIGKILL'),
    stop: () => finish('SIGTERM'),
  };
}

export type CallResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** One API call; `null` when the connection died before a full 200 answer (not acknowledged). */
export async function call(server: Pick<ServerChild, 'port' | 'token'>, method: string, input: unknown): Promise<CallResult | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (res.status !== 200) return null;
    return (await res.json()) as CallResult;
  } catch {
    return null;
  }
}

/** A binary call (the recorder's PCM chunks): JSON fields in X-Cabina-Input, the bytes as the body. */
export async function binaryCall(server: Pick<ServerChild, 'port' | 'token'>, method: string, input: Record<string, unknown>, field: string, bytes: Buffer): Promise<CallResult | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/octet-stream', 'X-Cabina-Binary': field, 'X-Cabina-Input': encodeURIComponent(JSON.stringify(input)) },
      body: new Uint8Array(bytes),
    });
    if (res.status !== 200) return null;
    return (await res.json()) as CallResult;
  } catch {
    return null;
  }
}

export async function upload(server: Pick<ServerChild, 'port' | 'token'>, name: string, bytes: Buffer): Promise<string | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) },
      body: new Uint8Array(bytes),
    });
    if (res.status !== 200) return null;
    const result = (await res.json()) as { ok: boolean; value?: { uploadId: string } };
    return result.ok ? (result.value?.uploadId ?? null) : null;
  } catch {
    return null;
  }
}
