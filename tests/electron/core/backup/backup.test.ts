import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBackup } from '../../../../electron/core/backup/backup-run.ts';
import { backupWriteError } from '../../../../electron/core/backup/backup-files.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { call, importFixture, openCore } from './backup-support.ts';

let fixtures = '';
const open: Core[] = [];
const tempDirs = useTempDirs('cabina-backup-');

beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function library(): Promise<{ core: Core; dest: string }> {
  const core = await openCore(tempDirs.make());
  open.push(core);
  await importFixture(core, fixtures, 'speech-es.flac', 'Salario mínimo');
  await importFixture(core, fixtures, 'speech-es.mp3', 'Tus derechos en el camino');
  return { core, dest: tempDirs.make() };
}

const stationDir = (dest: string) => {
  const root = path.join(dest, 'cabina-backups');
  const [station] = readdirSync(root);
  return path.join(root, station ?? '');
};

describe('backup.now', () => {
  it('writes the database and every original with a manifest; a second backup of the same library copies no audio', async () => {
    const { core, dest } = await library();
    const first = await call(core, 'backup.now', { jobId: randomUUID(), destination: dest });
    expect(first.copiedFiles).toBe(2);
    expect(first.copiedBytes).toBeGreaterThan(10_000);
    const manifest = JSON.parse(readFileSync(path.join(first.backup.dir, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    expect(manifest.files).toHaveLength(2);
    for (const f of manifest.files) {
      expect(f.path).toMatch(/^originals\//);
      expect(path.basename(f.path).startsWith(f.sha256)).toBe(true);
      expect(existsSync(path.join(stationDir(dest), 'store', f.path))).toBe(true);
    }
    expect(existsSync(path.join(first.backup.dir, 'cabina.db'))).toBe(true);

    const second = await call(core, 'backup.now', { jobId: randomUUID(), destination: dest });
    expect(second).toMatchObject({ copiedFiles: 0, copiedBytes: 0, skippedFiles: 2 });
    expect(second.backup.name).not.toBe(first.backup.name);
    expect((await call(core, 'backup.list', { destination: dest })).map((b) => b.name)).toEqual([second.backup.name, first.backup.name]);
  });

  it('keeps the last N and drops store files no kept backup references', async () => {
    const { core, dest } = await library();
    await call(core, 'backup.saveSettings', { destination: dest, keepLast: 2, dailyTime: '21:30' });
    const a = await call(core, 'backup.now', { jobId: randomUUID() });
    const stray = path.join(stationDir(dest), 'store', 'originals', '00', `${'0'.repeat(64)}.wav`);
    mkdirSync(path.dirname(stray), { recursive: true });
    writeFileSync(stray, 'nobody references me');
    await call(core, 'backup.now', { jobId: randomUUID() });
    const c = await call(core, 'backup.now', { jobId: randomUUID() });
    expect(c.pruned).toEqual([a.backup.name]);
    expect(await call(core, 'backup.list', {})).toHaveLength(2);
    expect(existsSync(stray)).toBe(false);
    expect(readdirSync(path.join(stationDir(dest), 'store', 'originals')).length).toBeGreaterThan(0);
    expect((await call(core, 'backup.settings', {})).lastRun).toMatchObject({ backup: c.backup.name, error: null });
  });

  it('refuses a destination that is not a folder, and needs one when none is set', async () => {
    const { core, dest } = await library();
    await expect(call(core, 'backup.now', { jobId: randomUUID() })).rejects.toMatchObject({ code: 'backup.no_destination' });
    await expect(call(core, 'backup.now', { jobId: randomUUID(), destination: path.join(dest, 'nope') })).rejects.toMatchObject({ code: 'backup.destination_missing' });
    expect((await call(core, 'backup.settings', {})).lastRun).toMatchObject({ error: 'backup.destination_missing' });
  });

  it('a cancel mid-way leaves no backup and no .partial folder', async () => {
    const { core, dest } = await library();
    const controller = new AbortController();
    const { openDatabase } = await import('../../../../electron/core/db/database.ts');
    const db = openDatabase(path.join(core.dataDir, 'cabina.db'));
    try {
      const run = runBackup({ db, dataDir: core.dataDir, clock: () => new Date(), logger: { warn: () => undefined } }, dest, 7, controller.signal, (_stage, fraction) => {
        if (fraction > 0.2) controller.abort();
      });
      await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    } finally {
      db.close();
    }
    const root = stationDir(dest);
    expect(readdirSync(root).filter((n) => n !== 'store')).toEqual([]);
  });

  it('a full disk is disk.full with the space needed, not an unexpected error', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(await backupWriteError(enospc, '/media/usb', 3 * 1024 ** 2)).toMatchObject({ code: 'disk.full', details: { path: '/media/usb', neededBytes: 3 * 1024 ** 2 } });
  });
});
