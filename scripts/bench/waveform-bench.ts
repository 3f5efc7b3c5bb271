// Issue #3 benchmark, editor side: a 3-hour recording opened in Editar in Debian Chromium. Measures
// the time from choosing the segment to an interactive waveform (peaks loaded, wavesurfer ready,
// media streaming) and the renderer's JS heap. The peaks come precomputed from the core's one
// analysis pass (timed here too); the page never decodes the file.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { dispatch } from '../../shared/api/dispatch.ts';
import { createCore } from '../../electron/core/core.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const HOURS = 3;

function ensureRenderer(): void {
  if (fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts'], { cwd: root, stdio: 'ignore' });
}

/** Three hours of Spanish speech (espeak-ng, repeated by sox) as a 16 kHz mono WAV, a field recorder's settings. */
function makeLongRecording(dir: string): string {
  const one = path.join(dir, 'one.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', one, 'Buenas tardes. Seguimos la transmisión de la asamblea comunitaria sobre el trabajo en los campos del norte.']);
  const seconds = Number(execFileSync('soxi', ['-D', one]).toString().trim());
  const out = path.join(dir, 'asamblea-3h.wav');
  execFileSync('sox', [one, '-r', '16000', '-c', '1', '-b', '16', out, 'repeat', String(Math.ceil((HOURS * 3600) / seconds)), 'trim', '0', String(HOURS * 3600)]);
  return out;
}

async function startServer(dataDir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'electron/core/server.ts', '--port', '0', '--data-dir', dataDir, '--renderer-dir', 'dist/renderer'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('browser-mode server did not start')), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

export async function runWaveformBench() {
  ensureRenderer();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cabina-waveform-bench-'));
  const dataDir = path.join(dir, 'data');
  try {
    const file = makeLongRecording(dir);
    const core = await createCore({ dataDir, transport: 'cli' });
    let analysisSec = 0;
    try {
      const imported = await dispatch(core.handlers, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: 'asamblea-3h.wav' });
      if (!imported.ok) throw new Error(imported.error.message);
      const start = performance.now();
      const analysis = await dispatch(core.handlers, 'audio.analysis', { versionId: (imported.value as { segment: { id: string } }).segment.id });
      if (!analysis.ok) throw new Error(analysis.error.message);
      analysisSec = (performance.now() - start) / 1000;
    } finally {
      core.close();
    }
    const server = await startServer(dataDir);
    const userDataDir = fs.mkdtempSync(path.join(dir, 'chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1366, height: 768 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByTestId('nav-edit').click();
      const select = page.getByTestId('edit-segment-select');
      await select.waitFor();
      const startedAt = Date.now();
      await select.selectOption({ index: 1 });
      await page.locator('[data-testid="waveform"][data-ready="true"]').waitFor({ timeout: 60_000 });
      const readyMs = Date.now() - startedAt;
      // Interactive: a zoom step is drawn and answered.
      const zoomStart = Date.now();
      await page.getByTestId('zoom-in-button').click();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const zoomMs = Date.now() - zoomStart;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return {
        hours: HOURS,
        coreAnalysisSec: round(analysisSec),
        timeToInteractiveWaveformMs: readyMs,
        zoomStepMs: zoomMs,
        rendererJsHeapUsedMb: round(metric('JSHeapUsedSize') / 2 ** 20, 1),
        rendererJsHeapTotalMb: round(metric('JSHeapTotalSize') / 2 ** 20, 1),
        goal: 'interactive < 1 s, renderer memory < 150 MB',
      };
    } finally {
      await context.close();
      server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
