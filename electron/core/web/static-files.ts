import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Used when the built renderer is missing (tests, a checkout before `npm run build`). The real
 * policy is read from the built index.html so the header and the meta tag can never disagree
 * (DESIGN.md §9: `default-src 'none'`, `object-src 'none'`, `base-uri 'none'`).
 */
export const FALLBACK_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-dbz07AgwDeos8IxXjhn2LktUAZw/rorfkGm0E3o8v9E='; img-src 'self' data: blob:; media-src 'self' blob: cabina-media:; connect-src 'self'; font-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
};

export function contentTypeForFile(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The policy of `<meta http-equiv="Content-Security-Policy" content="…">` in an HTML document. */
export function cspFromHtml(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const value = content?.[1] ?? content?.[2];
    if (value) return value.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/**
 * Directives a browser honours only from a response header: Chromium ignores `frame-ancestors` in
 * a meta tag and logs a console error for it (issue #11 req. 14), so index.html leaves it out and
 * every response adds it here.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The meta tag's policy plus the header-only directives it does not already name. */
export function headerCsp(policy: string): string {
  const named = new Set(policy.split(';').map((d) => d.trim().split(/\s+/)[0]?.toLowerCase()));
  const missing = HEADER_ONLY_DIRECTIVES.filter((d) => !named.has(d.split(' ')[0]));
  return [policy.replace(/;\s*$/, ''), ...missing].join('; ');
}

export function readRendererCsp(rootDir: string): string {
  const index = path.join(rootDir, 'index.html');
  return (existsSync(index) && cspFromHtml(readFileSync(index, 'utf8'))) || FALLBACK_CSP;
}

/** Headers every response carries (issue 2 "Electron security", browser mode alike). */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Maps a URL path to a file strictly inside `rootDir`, or null. Decoded `..`, dot-files, NUL and
 * backslashes are refused before resolving, and the result is checked to stay under the root.
 */
export function resolveStaticPath(rootDir: string, rawPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.') || s.includes(':'))) return null;
  const root = path.resolve(rootDir);
  const full = path.resolve(root, segments.length === 0 ? 'index.html' : segments.join('/'));
  return full.startsWith(root + path.sep) ? full : null;
}

export interface StaticHandler {
  /** The policy sent as a header: index.html's meta policy plus HEADER_ONLY_DIRECTIVES. */
  readonly csp: string;
  readonly headers: Record<string, string>;
  serve(method: string, rawPathname: string): Promise<Response>;
}

/**
 * Serves the built renderer as fetch Responses, so the browser-mode server and Electron's `app:`
 * protocol share one implementation of content types, headers and traversal checks.
 */
export function createStaticHandler(rootDir: string): StaticHandler {
  const root = path.resolve(rootDir);
  const csp = headerCsp(readRendererCsp(root));
  const headers = securityHeaders(csp);
  const text = (status: number, body: string) =>
    new Response(body, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });

  async function existingFile(file: string): Promise<string | null> {
    try {
      if (!(await stat(file)).isFile()) return null;
      // A symlink inside the folder must not lead outside it.
      const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
      return real.startsWith(realRoot + path.sep) ? real : null;
    } catch {
      return null;
    }
  }

  async function serve(method: string, rawPathname: string): Promise<Response> {
    if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405, headers: { ...headers, Allow: 'GET, HEAD' } });
    const target = resolveStaticPath(root, rawPathname);
    if (!target) return text(404, 'Not found');
    let file = await existingFile(target);
    // Client-side routes (no extension) get the app shell; missing assets stay 404.
    if (!file && path.extname(target) === '') file = await existingFile(path.join(root, 'index.html'));
    if (!file) {
      return existsSync(path.join(root, 'index.html'))
        ? text(404, 'Not found')
        : text(404, `The interface is not built (${root} has no index.html): run npm run build.`);
    }
    const body = method === 'HEAD' ? null : await readFile(file);
    const isHtml = file.endsWith('.html');
    // Vite fingerprints everything under assets/, so those may be cached for good; the shell never.
    const cache = !isHtml && rawPathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': contentTypeForFile(file), 'Cache-Control': cache },
    });
  }

  return { csp, headers, serve };
}
