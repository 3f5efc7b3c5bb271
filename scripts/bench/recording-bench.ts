// Recording benchmark (issue #4): ≥ 20 kill -9 runs of a browser-mode core in the middle of a take
// (worst-case seconds lost after recovery), CPU of the core process while recording, and samples
// written vs elapsed time. Chunks are synthetic and go over the same binary HTTP call the page uses.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import { createCore } from '../../electron/core/core.ts';

const root = resolve(import.meta.dirname, '..', '..');
const RATE = 48_000;
const CHUNK_MS = 250;
const KILL_RUNS = 20;
const CPU_SECONDS = 20;

interface Server {
  child: ChildProcess;
  origin: string;
  token: string;
}

async function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'electron/core/server.ts', '--port', '0', '--data-dir', dataDir, '--renderer-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<URL>((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
      if (match?.[1]) ok(new URL(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { child, origin: url.origin, token: url.searchParams.get('token') ?? '' };
}

async function api(server: Server, method: string, input: unknown, pcm?: Uint8Array): Promise<unknown> {
  const headers: Record<string, string> = { Authorization: `Bearer ${server.token}` };
  let body: BodyInit;
  if (pcm) {
    Object.assign(headers, { 'Content-Type': 'application/octet-stream', 'X-Cabina-Binary': 'pcm', 'X-Cabina-Input': encodeURIComponent(JSON.stringify(input)) });
    body = pcm as Uint8Array<ArrayBuffer>;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(input);
  }
  const res = (await (await fetch(`${server.origin}/api/${method}`, { method: 'POST', headers, body })).json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!res.ok) throw new Error(`${method}: ${res.error?.message}`);
  return res.value;
}

function tone(samples: number, start: number): Uint8Array {
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i += 1) out[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * (start + i)) / RATE));
  return new Uint8Array(out.buffer);
}

/** Sends audio in real time like the worklet does: whatever is due by the wall clock, every 250 ms. */
async function stream(server: Server, id: string, seconds: number): Promise<{ sent: number; acked: number; elapsedSec: number }> {
  const started = performance.now();
  let sent = 0;
  let acked = 0;
  let elapsed = 0;
  for (;;) {
    elapsed = (performance.now() - started) / 1000;
    const due = Math.floor(elapsed * RATE) - sent;
    if (due > 0) {
      const pcm = tone(due, sent);
      const offset = sent * 2;
      sent += due;
      await api(server, 'recording.appendChunk', { id, offset }, pcm);
      acked = sent;
    }
    if (elapsed >= seconds) break;
    await new Promise((r) => setTimeout(r, CHUNK_MS - ((performance.now() - started) % CHUNK_MS)));
  }
  // The clock time the last chunk covers: what a capture running that long would have produced.
  return { sent, acked, elapsedSec: elapsed };
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

async function killRun(): Promise<{ capturedSec: number; ackedSec: number; recoveredSec: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cabina-rec-bench-'));
  try {
    const server = await startServer(dataDir);
    const take = (await api(server, 'recording.start', { target: { kind: 'new', title: 'bench' }, languageCode: null, sampleRate: RATE, channels: 1 })) as { id: string };
    const seconds = 1.5 + Math.random() * 1.5;
    const started = performance.now();
    let acked = 0;
    // The kill lands at a random moment, usually while a chunk is in flight.
    const killer = new Promise<number>((done) =>
      setTimeout(() => {
        server.child.kill('SIGKILL');
        done((performance.now() - started) / 1000);
      }, seconds * 1000),
    );
    await stream(server, take.id, seconds + 1).then(
      (r) => (acked = r.acked),
      () => undefined,
    );
    const capturedSec = await killer;
    await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode !== null ? r(null) : server.child.once('exit', r)));
    const core = await createCore({ dataDir, transport: 'cli' });
    try {
      const result = await dispatch(core.handlers, 'recording.takes', {});
      const takes = result.ok ? (result.value as { durationSec: number; status: string }[]) : [];
      return { capturedSec, ackedSec: acked / RATE, recoveredSec: takes[0]?.durationSec ?? 0 };
    } finally {
      core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function cpuRun(): Promise<{ cpuPercent: number; samplesWritten: number; samplesElapsed: number; ratio: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cabina-rec-bench-'));
  const server = await startServer(dataDir);
  try {
    const take = (await api(server, 'recording.start', { target: { kind: 'new', title: 'cpu' }, languageCode: null, sampleRate: RATE, channels: 1 })) as { id: string };
    const pid = server.child.pid ?? 0;
    const ticksBefore = cpuTicks(pid);
    const wallBefore = performance.now();
    const { elapsedSec } = await stream(server, take.id, CPU_SECONDS);
    const cpuSec = (cpuTicks(pid) - ticksBefore) / 100;
    const wallSec = (performance.now() - wallBefore) / 1000;
    const done = (await api(server, 'recording.stop', { id: take.id, jobId: randomUUID() })) as { durationSec: number };
    const samplesWritten = Math.round(done.durationSec * RATE);
    const samplesElapsed = Math.round(elapsedSec * RATE);
    return { cpuPercent: Math.round((cpuSec / wallSec) * 1000) / 10, samplesWritten, samplesElapsed, ratio: Math.round((samplesWritten / samplesElapsed) * 10000) / 10000 };
  } finally {
    server.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRecordingBench(): Promise<Record<string, number>> {
  const runs = [];
  for (let i = 0; i < KILL_RUNS; i += 1) runs.push(await killRun());
  const lostVsCaptured = runs.map((r) => r.capturedSec - r.recoveredSec);
  const lostVsAcked = runs.map((r) => r.ackedSec - r.recoveredSec);
  const cpu = await cpuRun();
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    killRuns: runs.length,
    worstSecondsLostVsCaptured: round(Math.max(...lostVsCaptured)),
    meanSecondsLostVsCaptured: round(lostVsCaptured.reduce((a, b) => a + b, 0) / runs.length),
    worstSecondsLostVsAcknowledged: round(Math.max(0, ...lostVsAcked)),
    recordingCpuPercentOfOneCore: cpu.cpuPercent,
    recordingSeconds: CPU_SECONDS,
    samplesWritten: cpu.samplesWritten,
    samplesElapsed: cpu.samplesElapsed,
    samplesWrittenVsElapsed: cpu.ratio,
  };
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runRecordingBench(), null, 2)}\n`);
