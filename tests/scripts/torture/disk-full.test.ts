import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMount, unmountTmpfs } from '../../../scripts/torture/disk-full-support.ts';
import { runDiskFullTorture, type DiskFullReport } from '../../../scripts/torture/disk-full.ts';

// Issue #12: a real full disk (a 10 MB tmpfs filled with a ballast file) under a real core. Needs
// root to mount; CI runs as root. Each scenario fails on the code before issue #12 (import said
// "incompleto o dañado", opening a pack blamed its sizes, export and pack build said "Ocurrió un error
// inesperado", a short store copy stayed short, a take stopped by a full disk could not be stopped).
const notRoot = canMount();
let workDir = '';
let report: DiskFullReport | null = null;

beforeAll(async () => {
  if (notRoot) return;
  workDir = await mkdtemp(join(tmpdir(), 'cabina-disk-full-'));
  report = await runDiskFullTorture({ workDir, tmpfsBytes: 10 * 1024 * 1024, seconds: 3 });
}, 120_000);

afterAll(async () => {
  if (!workDir) return;
  // runDiskFullTorture unmounts itself; this only catches a run that died half-way.
  const mounted = readFileSync('/proc/mounts', 'utf8').split('\n').some((line) => line.split(' ')[1] === join(workDir, 'tmpfs'));
  if (mounted) unmountTmpfs(join(workDir, 'tmpfs'));
  await rm(workDir, { recursive: true, force: true });
});

describe.skipIf(notRoot !== null)(`disk full on a real tmpfs${notRoot ? ` (skipped: ${notRoot})` : ''}`, () => {
  const scenario = (name: string) => report?.scenarios.find((s) => s.scenario === name);

  it.each(['upload', 'import', 'render', 'export-copy', 'pack-build', 'pack-import'])('%s: disk.full, no partial file, the library as before, and it works once space is freed', (name) => {
    expect(scenario(name)).toMatchObject({ errorCode: 'disk.full', leftovers: [], libraryUnchanged: true, retryOk: true, ok: true });
    expect(scenario(name)?.sentence).toMatch(/^El disco está lleno: faltan [\d.]+ (kB|MB) para terminar\./);
  });

  it('pack-open: opening a pack on a full disk works, because it writes nothing (verified before any staging)', () => {
    expect(scenario('pack-open')).toMatchObject({ errorCode: null, leftovers: [], libraryUnchanged: true, ok: true });
  });

  it('record: the take stops with recording.disk_full, Stop on the full disk is disk.full, Stop after freeing space imports it whole', () => {
    expect(scenario('record')).toMatchObject({ errorCode: 'recording.disk_full', leftovers: [], libraryUnchanged: true, retryOk: true, ok: true });
    expect(scenario('record')?.sentence).toBe('El disco está lleno; la grabación se detuvo y se guardó lo grabado.');
  });

  it('a store copy cut short is healed by importing the same file again', () => {
    expect(scenario('reimport-heals-short-copy')).toMatchObject({ ok: true, retryOk: true });
  });

  it('the whole report is ok, JSON-serialisable, and the tmpfs is unmounted', () => {
    expect(report?.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(readFileSync('/proc/mounts', 'utf8')).not.toContain(join(workDir, 'tmpfs'));
  });
});
