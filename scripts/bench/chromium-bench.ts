import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A page bench's set-up: the built renderer, Debian's Chromium and the browser-mode server the e2e
 * tests use, on `dataDir`; `run` gets a page and returns the figures. A missing build or browser is
 * reported as skipped, not as a number.
 */
export async function inChromium<T>(dataDir: string, run: (page: Page, url: string) => Promise<T>): Promise<T | { skipped: string }> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return { skipped: 'dist/renderer is missing (vite build --config renderer/vite.config.ts)' };
  const { launchChromium, CHROMIUM } = await import('../../tests/e2e/support/chromium.ts');
  const { startServerProcess } = await import('../../tests/e2e/support/web-server-process.ts');
  if (!fs.existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is missing` };
  const server = await startServerProcess({ dataDir, timeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    return await run(await browser.context.newPage(), server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}
