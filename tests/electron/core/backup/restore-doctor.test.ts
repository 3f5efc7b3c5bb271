import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { call, importFixture, openCore, segmentCount } from './backup-support.ts';

let fixtures = '';
const open: Core[] = [];
const tempDirs = useTempDirs('cabina-restore-');

beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function reopen(core: Core | null, dataDir: string): Promise<Core> {
  if (core) {
    core.close();
    open.splice(open.indexOf(core), 1);
  }
  const next = await openCore(dataDir);
  open.push(next);
  return next;
}

/** A library with one segment, backed up; then a second segment added after the backup. */
async function backedUp() {
  const dataDir = tempDirs.make();
  const dest = tempDirs.make();
  const core = await reopen(null, dataDir);
  await importFixture(core, fixtures, 'speech-es.flac', 'Salario mínimo');
  await call(core, 'backup.saveSettings', { destination: dest, keepLast: 7, dailyTime: '21:00' });
  const { backup } = await call(core, 'backup.now', { jobId: randomUUID() });
  await importFixture(core, fixtures, 'speech-es.mp3', 'Después del respaldo');
  const manifest = JSON.parse(readFileSync(path.join(backup.dir, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  const storeFile = path.join(path.dirname(backup.dir), 'store', manifest.files[0]?.path ?? '');
  return { dataDir, dest, core, backup, storeFile, localFile: path.join(dataDir, 'store', manifest.files[0]?.path ?? '') };
}

describe('backup.restore', () => {
  it('refuses a backup whose audio or database was tampered with, and stages nothing', async () => {
    const { core, backup, storeFile, dataDir } = await backedUp();
    const bytes = readFileSync(storeFile);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    writeFileSync(storeFile, bytes);
    await expect(call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir })).rejects.toMatchObject({ code: 'backup.damaged' });
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
    writeFileSync(storeFile, bytes);
    const db = path.join(backup.dir, 'cabina.db');
    writeFileSync(db, Buffer.concat([readFileSync(db), Buffer.from('x')]));
    await expect(call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir })).rejects.toMatchObject({ code: 'backup.file_missing' });
    await expect(call(core, 'backup.restore', { jobId: randomUUID(), dir: path.dirname(backup.dir) })).rejects.toMatchObject({ code: 'backup.not_a_backup' });
    expect(existsSync(path.join(dataDir, 'restore-pending.json'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'restore-staging'))).toBe(false);
    expect(await call(core, 'backup.restoreState', {})).toEqual({ state: 'none' });
  });

  it('swaps the backup in at the next start, keeps the previous library aside, and undo brings it back', async () => {
    const { core, backup, dataDir, localFile } = await backedUp();
    expect(await segmentCount(core)).toBe(2);
    // A lost original comes back from the backup's store as part of the restore.
    rmSync(localFile);
    expect(await call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir })).toEqual({ state: 'restart', kind: 'restore', backup: backup.dir });
    expect(await segmentCount(core)).toBe(2);

    let next = await reopen(core, dataDir);
    expect(await segmentCount(next)).toBe(1);
    const state = await call(next, 'backup.restoreState', {});
    expect(state).toMatchObject({ state: 'confirm', backup: backup.dir });
    expect(existsSync(localFile)).toBe(true);
    const aside = state.state === 'confirm' ? state.asideDir : '';
    expect(readdirSync(aside)).toContain('cabina.db');

    expect(await call(next, 'backup.confirmRestore', { keep: false })).toMatchObject({ state: 'restart', kind: 'undo' });
    next = await reopen(next, dataDir);
    expect(await segmentCount(next)).toBe(2);
    expect(await call(next, 'backup.restoreState', {})).toEqual({ state: 'none' });
    expect(existsSync(aside)).toBe(false);
    // Undo is "as before": the file the restore added is gone again.
    expect(existsSync(localFile)).toBe(false);
    await expect(call(next, 'backup.confirmRestore', { keep: true })).rejects.toMatchObject({ code: 'backup.no_restore' });
  });

  it('keep deletes the previous library', async () => {
    const { core, backup, dataDir } = await backedUp();
    await call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir });
    const next = await reopen(core, dataDir);
    const state = await call(next, 'backup.restoreState', {});
    expect(await call(next, 'backup.confirmRestore', { keep: true })).toEqual({ state: 'none' });
    expect(existsSync(state.state === 'confirm' ? state.asideDir : 'x')).toBe(false);
    expect(await segmentCount(next)).toBe(1);
  });
});

describe('backup.doctor', () => {
  it('finds missing, corrupt and orphan files and repairs the first two from the newest backup', async () => {
    const { core, localFile, dataDir } = await backedUp();
    const clean = await call(core, 'backup.doctor', { jobId: randomUUID(), repair: false });
    expect(clean).toMatchObject({ checked: 2, missing: [], corrupt: [], orphans: [] });

    // Both originals are in the newest backup.
    await call(core, 'backup.now', { jobId: randomUUID() });
    const good = readFileSync(localFile);
    writeFileSync(localFile, good.subarray(0, good.length - 1000));
    const orphan = path.join(dataDir, 'store', 'originals', 'ff', `${'f'.repeat(64)}.wav`);
    mkdirSync(path.dirname(orphan), { recursive: true });
    writeFileSync(orphan, 'left over');
    const second = readdirSync(path.join(dataDir, 'store', 'originals'), { recursive: true, withFileTypes: true }).find((e) => e.isFile() && !localFile.endsWith(e.name) && !orphan.endsWith(e.name));
    const secondPath = path.join(second?.parentPath ?? '', second?.name ?? '');
    rmSync(secondPath);

    const found = await call(core, 'backup.doctor', { jobId: randomUUID(), repair: false });
    expect(found.corrupt.map((i) => i.path)).toEqual([path.relative(path.join(dataDir, 'store'), localFile)]);
    expect(found.missing.map((i) => i.path)).toEqual([path.relative(path.join(dataDir, 'store'), secondPath)]);
    expect(found.orphans.map((i) => i.path)).toEqual([path.relative(path.join(dataDir, 'store'), orphan)]);

    const repaired = await call(core, 'backup.doctor', { jobId: randomUUID(), repair: true });
    expect(repaired.corrupt).toEqual([expect.objectContaining({ repaired: true })]);
    expect(repaired.missing).toEqual([expect.objectContaining({ repaired: true })]);
    expect(repaired.repairedFrom).not.toBeNull();
    expect(readFileSync(localFile).equals(good)).toBe(true);
    expect(existsSync(secondPath)).toBe(true);
    expect(await call(core, 'backup.doctor', { jobId: randomUUID(), repair: false })).toMatchObject({ missing: [], corrupt: [] });
    expect(existsSync(orphan)).toBe(true);
  });

  it('repair without any backup says so', async () => {
    const dataDir = tempDirs.make();
    const core = await reopen(null, dataDir);
    await importFixture(core, fixtures, 'speech-es.flac', 'Sin respaldo');
    const file = readdirSync(path.join(dataDir, 'store', 'originals'), { recursive: true, withFileTypes: true }).find((e) => e.isFile());
    rmSync(path.join(file?.parentPath ?? '', file?.name ?? ''));
    await expect(call(core, 'backup.doctor', { jobId: randomUUID(), repair: true })).rejects.toMatchObject({ code: 'backup.no_backup' });
  });
});

describe('applyPendingRestore after a power cut', () => {
  it('finishes the same swap when the previous start stopped half-way', async () => {
    const { core, backup, dataDir } = await backedUp();
    await call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir });
    core.close();
    open.splice(open.indexOf(core), 1);
    // The cut: the current database was moved aside, the staged one not yet renamed in.
    const pending = JSON.parse(readFileSync(path.join(dataDir, 'restore-pending.json'), 'utf8')) as { aside: string };
    mkdirSync(path.join(dataDir, pending.aside));
    for (const f of readdirSync(dataDir).filter((n) => n.startsWith('cabina.db'))) renameSync(path.join(dataDir, f), path.join(dataDir, pending.aside, f));
    const next = await reopen(null, dataDir);
    expect(await segmentCount(next)).toBe(1);
    expect(await call(next, 'backup.restoreState', {})).toMatchObject({ state: 'confirm' });
    expect(readdirSync(path.join(dataDir, pending.aside))).toContain('cabina.db');
    expect(existsSync(path.join(dataDir, 'restore-staging'))).toBe(false);
  });
});

describe('applyPendingRestore while another Cabina has the library open', () => {
  it('waits: the swap happens at the first start that has the database to itself', async () => {
    const { core, backup, dataDir } = await backedUp();
    await call(core, 'backup.restore', { jobId: randomUUID(), dir: backup.dir });
    // `core` stays open, as the app would while a CLI command starts on the same folder.
    const cli = await reopen(null, dataDir);
    expect(await segmentCount(cli)).toBe(2);
    expect(await call(cli, 'backup.restoreState', {})).toMatchObject({ state: 'restart', kind: 'restore' });
    for (const c of [core, cli]) {
      c.close();
      open.splice(open.indexOf(c), 1);
    }
    const alone = await reopen(null, dataDir);
    expect(await segmentCount(alone)).toBe(1);
    expect(await call(alone, 'backup.restoreState', {})).toMatchObject({ state: 'confirm' });
  });
});
