import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from './core.ts';
import type { Core } from './core-types.ts';
import { resolveDataDir } from './data-dir.ts';
import { createStderrLogger, type Logger } from './logger.ts';
import { createToken } from './web/auth.ts';
import { startHttpServer } from './web/http-server.ts';
import { openBrowser } from './web/open-browser.ts';

export const DEFAULT_PORT = 5174;
/** From the repository (electron/core) and from the compiled app (dist/electron/core) alike. */
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL(import.meta.url.includes('/dist/electron/') ? '../../renderer/' : '../../dist/renderer/', import.meta.url));

export interface WebServerOptions {
  dataDir: string;
  /** Default 5174; 0 picks a free port. */
  port?: number;
  rendererDir?: string;
  logger?: Logger;
  /** Tests pass a ready core; otherwise one is created (and closed with the server). */
  core?: Core;
  heartbeatMs?: number;
}

export interface WebServer {
  /** Ready to open: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string;
  token: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
}

/** Browser mode (issue 2 "npm run web"): a core plus the loopback HTTP transport over it. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const core = options.core ?? (await createCore({ dataDir: options.dataDir, transport: 'web', ...(options.logger ? { logger: options.logger } : {}) }));
  const token = createToken();
  try {
    const http = await startHttpServer({
      core,
      token,
      rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
      port: options.port ?? DEFAULT_PORT,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
    });
    return {
      url: `${http.url}?token=${token}`,
      token,
      port: http.port,
      dataDir: core.dataDir,
      async close() {
        await http.close();
        if (!options.core) core.close();
      },
    };
  } catch (error) {
    if (!options.core) core.close();
    throw error;
  }
}

export interface ServerArgs {
  port: number;
  dataDir: string | undefined;
  rendererDir: string | undefined;
  open: boolean;
  verbose: boolean;
}

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  return {
    port,
    dataDir: values['data-dir'],
    rendererDir: values['renderer-dir'] === undefined ? undefined : path.resolve(values['renderer-dir']),
    open: !values['no-open'],
    verbose: values.verbose,
  };
}

function oneSentence(error: unknown, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `El puerto ${port} ya está en uso; elige otro con --port N (o --port 0 para uno libre).`;
  if (code === 'EACCES') return `No hay permiso para usar el puerto ${port}; elige otro con --port N.`;
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: readonly string[]): Promise<void> {
  let args: ServerArgs;
  try {
    args = parseServerArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const logger = createStderrLogger(args.verbose ? 'debug' : 'warn');
  const dataDir = resolveDataDir({ flag: args.dataDir });
  let server: WebServer;
  try {
    server = await startWebServer({ dataDir, port: args.port, logger, ...(args.rendererDir ? { rendererDir: args.rendererDir } : {}) });
  } catch (error) {
    process.stderr.write(`${oneSentence(error, args.port)}\n`);
    if (args.verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
    return;
  }
  // One line, so scripts and the e2e harness can read the address (and token) from stdout.
  process.stdout.write(`Cabina (modo navegador): ${server.url}  (datos: ${server.dataDir})\n`);
  // Only for a person at a terminal: harnesses and CI read stdout through a pipe and open nothing.
  if (args.open && process.stdout.isTTY && !process.env.CI) openBrowser(server.url);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) void main(process.argv.slice(2));
