import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserFacingError } from '../../../../shared/api/errors.ts';

/*
 * PDF of the printable rundown (issue #5: "printable HTML, and PDF where a headless browser is
 * available"). Every Windows 10/11 station PC has Microsoft Edge, which prints to PDF headless like
 * Chromium does, so no PDF library ships with Cabina: the browser lays out the same HTML (A4
 * landscape from its @page rule) that the HTML export writes.
 */

const TIMEOUT_MS = 60_000;

/** Where a Chromium-family browser usually lives, per platform. */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  }
  if (platform === 'darwin') {
    return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

/**
 * The browser that will print PDFs: `CABINA_PDF_BROWSER` when set (an empty value turns PDF off),
 * else the first installed Edge/Chrome/Chromium; null when there is none.
 */
export function findPdfBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const chosen = env.CABINA_PDF_BROWSER;
  const list = chosen !== undefined ? [chosen] : candidates(env, platform);
  return list.find((file) => file !== '' && fs.existsSync(file)) ?? null;
}

/** Prints `html` to `pdfFile` with the headless browser; the work folder receives the HTML and the browser profile. */
export async function htmlToPdf(browser: string | null, html: string, pdfFile: string, workDir: string, signal: AbortSignal): Promise<void> {
  if (!browser) throw new UserFacingError('schedule.pdf_unavailable', 'No browser to print the PDF', {});
  const source = path.join(workDir, 'print.html');
  fs.writeFileSync(source, html);
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    '--disable-background-networking',
    `--user-data-dir=${path.join(workDir, 'profile')}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`,
    // Chromium refuses to start as root without this (Linux servers and CI); the page is our own HTML.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    pathToFileURL(source).href,
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const stop = () => child.kill('SIGKILL');
    const timer = setTimeout(stop, TIMEOUT_MS);
    signal.addEventListener('abort', stop, { once: true });
    child.on('error', (error) => reject(new UserFacingError('schedule.pdf_failed', error.message, { detail: error.message })));
    child.on('close', (code) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      if (signal.aborted) return reject(new UserFacingError('cancelled', 'Cancelled'));
      const ok = code === 0 && fs.existsSync(pdfFile) && fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1') === '%PDF-';
      if (ok) resolve();
      else reject(new UserFacingError('schedule.pdf_failed', `The browser made no PDF (exit ${code})`, { detail: stderr.trim().split('\n').at(-1) ?? '' }));
    });
  });
}
