import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../scripts/fixtures/make-fixtures.ts';
import { launchChromium } from './support/chromium.ts';
import { repoRoot, startServerProcess, type RunningServer } from './support/web-server-process.ts';

// Issue #4 "e2e": Chromium's fake microphone plays espeak-ng Spanish speech in a loop; the page
// records it through the AudioWorklet and the binary chunk transport into browser mode's core.
let browser: Awaited<ReturnType<typeof launchChromium>>;
let source = '';
const servers: RunningServer[] = [];

/** PCM samples of a 16-bit WAV, wherever its data chunk sits (ffmpeg adds a LIST chunk first). */
function samples(file: string): Int16Array {
  const bytes = fs.readFileSync(file);
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'data') {
      const body = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size));
      return new Int16Array(body.buffer.slice(body.byteOffset, body.byteOffset + (body.length & ~1)));
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`no data chunk in ${file}`);
}

function rmsDb(pcm: Int16Array): number {
  let sum = 0;
  for (const s of pcm) sum += (s / 32768) ** 2;
  return 10 * Math.log10(sum / pcm.length);
}

async function takes(server: RunningServer): Promise<{ id: string; file: string; durationSec: number; status: string; needsReview: boolean }[]> {
  const res = await fetch(`${server.origin}/api/recording.takes`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: '{}' });
  const body = (await res.json()) as { ok: boolean; value: never[] };
  return body.value;
}

/** Seconds of audio the page has captured and sent on (its timer's data attribute). */
async function captured(page: Page): Promise<number> {
  return Number(await page.getByTestId('record-timer').getAttribute('data-captured-sec'));
}

async function openRecordPage(server: RunningServer): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByTestId('nav-record').click();
  await page.locator('[data-testid="record-page"][data-phase="ready"]').waitFor({ timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  const fixtures = await makeFixtures();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) throw new Error('dist/renderer is missing: build the renderer first');
  source = path.join(fixtures, 'speech-es-16.wav');
  browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${source}`]);
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) {
    // A killed server has a signalCode and no exitCode: stop() would wait for an exit already past.
    if (server.child.signalCode === null) await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
});

describe('Grabar in browser mode with the fake microphone', () => {
  it('records until 5 s are captured; the take holds every captured sample, at the source speech level', async () => {
    const server = await startServerProcess();
    servers.push(server);
    const page = await openRecordPage(server);
    expect(await page.getByTestId('input-select').locator('option').count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByTestId('level-meter').getAttribute('data-peak').then(Number), { timeout: 5000 }).toBeGreaterThan(0.01);
    await page.getByTestId('target-title').fill('Prueba de micrófono');
    await page.getByTestId('record-start').click();
    await page.locator('[data-testid="record-page"][data-phase="recording"]').waitFor();
    // Waits on what the page captured, not on the wall clock: a loaded CI machine may capture late.
    await expect.poll(() => captured(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(5);
    await page.getByTestId('record-stop').click();
    const row = page.getByTestId('take-row').first();
    await row.waitFor({ timeout: 20_000 });
    const duration = Number(await row.getAttribute('data-duration'));
    const sent = await captured(page);
    // Before it is played, the take's player says how long it is (issue #11 req. 14).
    await expect.poll(() => row.getByTestId('take-length').innerText(), { timeout: 20_000 }).toMatch(/^\d+ s$/);
    await page.screenshot({ path: path.join(repoRoot, '.cache', 'e2e', 'record-take-es.png') });
    expect(duration).toBeGreaterThanOrEqual(5);
    // What the page counted reached the take: never more, and at most one ~250 ms chunk in flight at the stop.
    expect(duration).toBeLessThanOrEqual(sent + 0.02);
    expect(duration).toBeGreaterThan(sent - 0.3);

    const [take] = await takes(server);
    expect(take?.status).toBe('finished');
    const recorded = samples(take?.file ?? '');
    const sourceDb = rmsDb(samples(source));
    const takeDb = rmsDb(recorded);
    // Not silent, and the level the fake microphone played (the loop covers the whole phrase).
    expect(takeDb).toBeGreaterThan(-40);
    expect(Math.abs(takeDb - sourceDb)).toBeLessThan(3);
    await page.close();
  });

  it('after kill -9 of the server mid-take, the restarted core offers the take with all but at most the last second', async () => {
    const first = await startServerProcess();
    servers.push(first);
    const page = await openRecordPage(first);
    await page.getByTestId('target-title').fill('Corte de luz');
    await page.getByTestId('record-start').click();
    await page.locator('[data-testid="record-page"][data-phase="recording"]').waitFor();
    await expect.poll(() => captured(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(3.5);
    const beforeKill = await captured(page);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    // The page stops counting once a chunk fails to reach the dead server.
    await page.locator('[data-testid="record-page"]:not([data-phase="recording"])').waitFor({ timeout: 30_000 });
    const afterKill = await captured(page);

    const second = await startServerProcess({ dataDir: first.dataDir });
    servers.push(second);
    const [take] = await takes(second);
    expect(take?.status).toBe('recovered');
    // At most the last second of what reached the core is lost (DESIGN.md §5), never more than was captured.
    expect(take?.durationSec).toBeGreaterThanOrEqual(beforeKill - 1);
    expect(take?.durationSec).toBeLessThanOrEqual(afterKill + 0.02);

    await page.close();
    const after = await openRecordPage(second);
    const banner = after.getByTestId('recovered-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/Recuperamos \d+ s de tu última grabación \(«Corte de luz»\)|Recuperamos \d+ s de tu última grabación/);
    await after.getByTestId('recovered-keep').click();
    await expect.poll(() => after.getByTestId('recovered-banner').count()).toBe(0);
    await after.close();
  });
});
