import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { runCli } from './run-cli.ts';

let fixtures = '';
const tempDirs = useTempDirs('cabina-backup-cli-');

beforeAll(async () => {
  fixtures = await makeFixtures();
});

describe('cabina backup / doctor', () => {
  it('backs up, lists, restores (applied by the next command), keeps; doctor finds a lost original and --repair without a backup says so', async () => {
    const data = tempDirs.make();
    const usb = tempDirs.make();
    expect((await runCli(data, 'import', path.join(fixtures, 'speech-es.flac'), '--title', 'Salario mínimo')).code).toBe(0);

    const now = await runCli(data, 'backup', 'now', usb);
    expect(now.code).toBe(0);
    expect(now.out.join('\n')).toMatch(/^Respaldo \d{4}-\d{2}-\d{2}T\d{4} en .*: 1 archivos copiados/);
    const again = await runCli(data, 'backup', 'now', usb, '--json');
    expect(JSON.parse(again.out.join('\n'))).toMatchObject({ copiedFiles: 0, copiedBytes: 0, skippedFiles: 1 });

    const list = await runCli(data, 'backup', 'list', usb, '--json');
    const backups = JSON.parse(list.out.join('\n')) as { dir: string }[];
    expect(backups).toHaveLength(2);

    expect((await runCli(data, 'import', path.join(fixtures, 'speech-es.mp3'), '--title', 'Después')).code).toBe(0);
    const restore = await runCli(data, 'backup', 'restore', backups[1]?.dir ?? '');
    expect(restore).toMatchObject({ code: 0, out: [expect.stringContaining('Respaldo verificado')] });
    // The next command's core swaps the backup in before it opens the database.
    const segments = await runCli(data, 'segments', 'list', '--json');
    expect((JSON.parse(segments.out.join('\n')) as { total: number }).total).toBe(1);
    expect((await runCli(data, 'backup', 'keep')).out).toEqual(['Restauración conservada; la biblioteca anterior se borró.']);
    expect(readdirSync(data).some((n) => n.startsWith('before-restore-'))).toBe(false);

    const originals = path.join(data, 'store', 'originals');
    const file = readdirSync(originals, { recursive: true, withFileTypes: true }).find((e) => e.isFile());
    rmSync(path.join(file?.parentPath ?? '', file?.name ?? ''));
    const sick = await runCli(data, 'doctor');
    expect(sick.code).toBe(1);
    expect(sick.out[0]).toBe('1 archivos revisados: 1 faltan, 0 dañados, 1 sobrantes.');
    // Without a saved destination there is nothing to repair from: one translated sentence.
    const noBackup = await runCli(data, 'doctor', '--repair');
    expect(noBackup.code).toBe(1);
    expect(noBackup.err[0]).toMatch(/No hay ningún respaldo del que reparar/);
  });

  it('an unknown sub-command prints the usage and exits 2', async () => {
    const run = await runCli(tempDirs.make(), 'backup', 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^Uso: cabina backup now/);
  });
});
