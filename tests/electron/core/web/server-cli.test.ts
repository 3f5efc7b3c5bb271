import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `node electron/core/server.ts …` as a user runs it (issue 2 "npm run web -- --port N --data-dir DIR").
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cabina-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', 'electron/core/server.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out.stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exited };
}

describe('browser-mode command line', () => {
  it('prints one line with the address, token and data folder, and stops cleanly on SIGTERM', async () => {
    const { child, out, exited } = startCli(['--port', '0', '--data-dir', dataDir, '--no-open']);
    // Waits for the address line itself (or the process ending): anything on stderr first must not
    // end the wait early (it once did: one run read an empty stdout).
    await expect.poll(() => out.stdout.endsWith('\n') || child.exitCode !== null, { timeout: 60_000 }).toBe(true);
    const lines = out.stdout.trim().split('\n');
    expect(lines, out.stderr).toHaveLength(1);
    expect(lines[0], out.stderr).toMatch(/^Cabina \(modo navegador\): http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43} {2}\(datos: .+\)$/);
    expect(lines[0]).toContain(dataDir);
    const url = new URL(/(http:\S+)/.exec(lines[0] ?? '')?.[1] ?? '');
    const res = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { Authorization: `Bearer ${url.searchParams.get('token')}` }, body: '{}' });
    expect(await res.json()).toMatchObject({ ok: true, value: { transport: 'web', dataDir } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('says in one sentence that the port is taken and exits with 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { out, exited } = startCli(['--port', String(port), '--data-dir', dataDir]);
      expect(await exited).toBe(1);
      expect(out.stdout).toBe('');
      expect(out.stderr.trim().split('\n').at(-1)).toBe(`El puerto ${port} ya está en uso; elige otro con --port N (o --port 0 para uno libre).`);
      expect(out.stderr).not.toMatch(/^\s+at /m);
    } finally {
      blocker.close();
    }
  });

  it('rejects a bad flag with exit code 2', async () => {
    const { out, exited } = startCli(['--port', 'many']);
    expect(await exited).toBe(2);
    expect(out.stderr).toContain('--port');
  });
});
