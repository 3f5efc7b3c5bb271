import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmdirSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { call, importFixture, openCore } from './backup-support.ts';

let fixtures = '';
const open: Core[] = [];
const mounts: string[] = [];
const tempDirs = useTempDirs('cabina-backup-full-');
// A real full disk needs a small tmpfs, which needs root (CI runs as root, issue #12).
const isRoot = process.getuid?.() === 0;

beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const core of open.splice(0)) core.close();
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', [dir]);
    rmdirSync(dir);
  }
});

function tinyDisk(bytes: number): string {
  const dir = path.join(os.tmpdir(), `cabina-tmpfs-${randomUUID()}`);
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

describe.skipIf(!isRoot)('backup on a full drive', () => {
  it('fails as disk.full and leaves no backup, no .partial and no half-written audio', async () => {
    const core = await openCore(tempDirs.make());
    open.push(core);
    await importFixture(core, fixtures, 'speech-es-24.wav', 'Un megabyte de voz');
    // Room for the database and the manifest, not for the 1 MB original.
    const probe = await call(core, 'backup.now', { jobId: randomUUID(), destination: tempDirs.make() });
    const dbBytes = probe.backup.bytes - 1_017_356;
    const usb = tinyDisk(dbBytes + 256 * 1024);
    expect(statfsSync(usb).bavail * statfsSync(usb).bsize).toBeLessThan(1_017_356);

    await expect(call(core, 'backup.now', { jobId: randomUUID(), destination: usb })).rejects.toMatchObject({ code: 'disk.full', details: { path: expect.stringContaining(usb) } });
    const station = path.join(usb, 'cabina-backups', readdirSync(path.join(usb, 'cabina-backups'))[0] ?? '');
    expect(readdirSync(station).filter((n) => n !== 'store')).toEqual([]);
    const stored = readdirSync(path.join(station, 'store'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(stored).toEqual([]);
    expect(await call(core, 'backup.list', { destination: usb })).toEqual([]);
    expect((await call(core, 'backup.settings', {})).lastRun).toMatchObject({ error: 'disk.full' });
  });
});
