import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { makeFixtures } from '../../../scripts/fixtures/make-fixtures.ts';
import { launchChromium } from './chromium.ts';
import { repoRoot, startServerProcess, type RunningServer } from './web-server-process.ts';

/** One browser-mode server with one Chromium page on it, for a whole e2e file. */
export interface BrowserSession {
  readonly page: Page;
  readonly server: RunningServer;
  /** Folder of the generated audio fixtures (speech-es.mp3, …). */
  readonly fixtures: string;
  /** Where tests leave screenshots for a person to look at. */
  readonly shots: string;
  /** Calls the HTTP API with the session token, for set-up a test does not need to click through. */
  api<T>(method: string, input: unknown): Promise<T>;
  /** Picks `file` in the library's import file chooser. */
  importThroughPicker(fileName: string): Promise<void>;
  /** axe-core's serious and critical violations on the current page (or on `on`, another page of the session). */
  axeViolations(on?: Page): Promise<string[]>;
}

/**
 * `chromiumArgs`: extra flags, from the fixtures folder (a fake microphone playing a fixture).
 * Registers beforeAll/afterAll that start browser mode the way a user does (its own process, the
 * built renderer) and Debian's Chromium, open the tokened address, and tear all of it down.
 */
export function useBrowserSession(options: { chromiumArgs?: (fixtures: string) => string[] } = {}): BrowserSession {
  let server: RunningServer | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  let page: Page | undefined;
  let fixtures = '';
  const shots = path.join(repoRoot, '.cache', 'e2e');
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The e2e ${what} exists only while the file's tests run`);
    return value;
  };

  beforeAll(async () => {
    fixtures = await makeFixtures();
    if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
      throw new Error('dist/renderer is missing: npm test builds it before the e2e suite (vite build --config renderer/vite.config.ts)');
    }
    fs.mkdirSync(shots, { recursive: true });
    server = await startServerProcess();
    browser = await launchChromium(options.chromiumArgs?.(fixtures) ?? []);
    page = await browser.context.newPage();
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  return {
    get page() {
      return need(page, 'page');
    },
    get server() {
      return need(server, 'server');
    },
    get fixtures() {
      return fixtures;
    },
    shots,
    async api<T>(method: string, input: unknown): Promise<T> {
      const s = need(server, 'server');
      const res = await fetch(`${s.origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
      return body.value;
    },
    async importThroughPicker(fileName: string): Promise<void> {
      const p = need(page, 'page');
      const chooser = p.waitForEvent('filechooser');
      await p.getByTestId('import-button').first().click();
      await (await chooser).setFiles(path.join(fixtures, fileName));
    },
    async axeViolations(on?: Page): Promise<string[]> {
      const p = on ?? need(page, 'page');
      const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await p.evaluate(axeSource);
      return p.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
    },
  };
}
