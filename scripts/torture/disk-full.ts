// Issue #12 torture, disk-full part: a real core whose data folder is on a small tmpfs that is
// filled up before each write (upload, import, render, export copy, pack build, pack open, record). Each must end in the one
// disk.full error, leave no partial file and the library as it was — and work once space is freed.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { toErrorData, type Result } from '../../shared/api/errors.ts';
import { dispatch } from '../../shared/api/dispatch.ts';
import { createCore } from '../../electron/core/core.ts';
import type { Core } from '../../electron/core/core-types.ts';
import { createTranslator, errorSentence } from '../../electron/core/i18n/translator.ts';
import { recordScenario } from './disk-full-record.ts';
import { canMount, fillUntil, librarySnapshot, listFiles, mountTmpfs, newFiles, removeBallast, sha256Of, unmountTmpfs, writeNoiseWav } from './disk-full-support.ts';

import type { DiskFullScenario } from './disk-full-support.ts';
export type { DiskFullScenario };

/** Signed by the pre-trusted demo publisher: another publisher's pack, so its audio is staged. */
const DEMO_PACK = join(import.meta.dirname, '..', '..', 'resources', 'examples', 'demo.cabina');

export interface DiskFullReport {
  /** Why nothing ran (not root, not Linux); null when the scenarios ran. */
  skipped: string | null;
  ok: boolean;
  tmpfsBytes: number;
  sourceBytes: number;
  scenarios: DiskFullScenario[];
}

export interface DiskFullOptions {
  workDir: string;
  /** Size of the tmpfs (default 12 MB: a fresh library, one segment and its renders fit with room to spare). */
  tmpfsBytes?: number;
  /** Length of the imported noise WAV (48 kHz stereo 16-bit: 192 kB a second). */
  seconds?: number;
  /** Free bytes left on the tmpfs during each failing write: less than any of them needs. */
  leaveBytes?: number;
}

const t = createTranslator('es');
const ok = (r: Result<unknown>): r is { ok: true; value: unknown } => r.ok;

export async function runDiskFullTorture(opts: DiskFullOptions): Promise<DiskFullReport> {
  const tmpfsBytes = opts.tmpfsBytes ?? 12 * 1024 * 1024;
  const seconds = opts.seconds ?? 5;
  const leave = opts.leaveBytes ?? 192 * 1024;
  const skipped = canMount();
  if (skipped) return { skipped, ok: false, tmpfsBytes, sourceBytes: 0, scenarios: [] };

  const mount = join(opts.workDir, 'tmpfs');
  const srcDir = join(opts.workDir, 'src');
  await mkdir(mount, { recursive: true });
  await mkdir(srcDir, { recursive: true });
  const source = join(srcDir, 'Entrevista migración.wav');
  await writeNoiseWav(source, seconds, 12);
  const sourceBytes = (await stat(source)).size;
  const sourceSha = await sha256Of(source);
  mountTmpfs(mount, tmpfsBytes);
  let core: Core | null = null;
  try {
    const dataDir = join(mount, 'data');
    const ballast = join(mount, 'ballast');
    const live = await createCore({ dataDir, transport: 'cli' });
    core = live;
    // The start-up sweep runs on an unref'd timer a second after start: let it finish before the
    // scenarios, so it cannot tidy up what a scenario must find (or hide) itself.
    const alive = setInterval(() => undefined, 100);
    await live.swept.finally(() => clearInterval(alive));
    const handlers = live.handlers;
    const call = (method: string, input: Record<string, unknown>) => dispatch(handlers, method, { jobId: randomUUID(), ...input });
    const importSource = () => call('library.import', { source: { kind: 'path', path: source }, originalName: 'Entrevista migración.wav', title: 'Entrevista' });
    const scenarios: DiskFullScenario[] = [];

    /** Runs `write` on a full disk, then checks what it left, then `retry` with the space back. */
    const whenFull = async (scenario: string, write: () => Promise<Result<unknown>>, retry: () => Promise<boolean>, leaveFree = leave) => {
      const started = performance.now();
      const library = await librarySnapshot(dataDir);
      const before = await listFiles(mount);
      await fillUntil(ballast, leaveFree);
      let result: Result<unknown>;
      try {
        result = await write();
      } finally {
        await removeBallast(ballast);
      }
      const leftovers = await newFiles(mount, before, ['data/cabina.db', 'ballast']);
      const libraryUnchanged = (await librarySnapshot(dataDir)) === library;
      const errorCode = result.ok ? null : result.error.code;
      const retryOk = await retry().catch(() => false);
      scenarios.push({
        scenario,
        ok: errorCode === 'disk.full' && leftovers.length === 0 && libraryUnchanged && retryOk,
        errorCode,
        leftovers,
        libraryUnchanged,
        retryOk,
        sentence: result.ok ? null : errorSentence(t, result.error),
        ms: Math.round(performance.now() - started),
      });
    };

    // Browser mode: an upload lands in incoming/ before it is imported.
    const upload = async (): Promise<Result<unknown>> => {
      return live.uploads.receive(createReadStream(source), 'Entrevista migración.wav', 1e9, sourceBytes).then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: toErrorData(error) }),
      );
    };
    await whenFull('upload', upload, async () => ok(await upload()));

    let segmentId = '';
    let versionId = '';
    let assetId = '';
    const storedWhole = async () => sourceSha === (await sha256Of(join(dataDir, 'store', 'originals', assetId.slice(0, 2), `${assetId}.wav`)));
    await whenFull('import', importSource, async () => {
      const r = await importSource();
      if (!ok(r)) return false;
      const v = r.value as { outcome: string; segment: { id: string; primaryVersionId: string | null; primaryAssetId: string | null } };
      segmentId = v.segment.id;
      versionId = v.segment.primaryVersionId ?? '';
      assetId = v.segment.primaryAssetId ?? '';
      return v.outcome === 'imported' && assetId === sourceSha && (await storedWhole());
    });

    // The defect's aftermath (issue #12: "a 100 s file plays 77 s"): a store copy cut short is healed by importing the file again.
    if (assetId) {
      const started = performance.now();
      await truncate(join(dataDir, 'store', 'originals', assetId.slice(0, 2), `${assetId}.wav`), Math.floor(sourceBytes * 0.77));
      const r = await importSource();
      const healed = ok(r) && (r.value as { outcome: string }).outcome === 'duplicate' && (await storedWhole());
      scenarios.push({ scenario: 'reimport-heals-short-copy', ok: healed, errorCode: ok(r) ? null : r.error.code, leftovers: [], libraryUnchanged: true, retryOk: healed, sentence: null, ms: Math.round(performance.now() - started) });
    }

    const render = (out?: string) => call('audio.render', { versionId, format: 'master', ...(out ? { out } : {}) });
    const exportDir = join(mount, 'export');
    await mkdir(exportDir, { recursive: true });
    const exported = join(exportDir, 'Entrevista.wav');
    const built = () => call('packs.build', { segmentIds: [segmentId], encodes: ['master'], title: 'Paquete de prueba', redact: true });
    if (versionId) {
      // Caches a render makes first (peaks, analysis) and the station key a first build makes are
      // whole small files, made while there is room: warm them so the scenarios see only their write.
      await call('audio.analysis', { versionId });
      await call('packs.keyInfo', {});
      await whenFull('render', () => render(), async () => ok(await render()));
      // The master is in the render cache now: only the copy to the chosen file needs space.
      await whenFull('export-copy', () => render(exported), async () => {
        const r = await render();
        return ok(await render(exported)) && ok(r) && (await stat(exported)).size === (await stat((r.value as { path: string }).path)).size;
      });
      let packPath = '';
      await whenFull('pack-build', built, async () => {
        const r = await built();
        packPath = ok(r) ? (r.value as { path: string }).path : '';
        return ok(r) && (await stat(packPath)).size === (r.value as { sizeBytes: number }).sizeBytes;
      });
      // Opening a pack verifies every hash without writing anything (issue #12, defect 3: trust and
      // the manifest before any staging), so a full disk does not stop anyone from looking at one.
      if (packPath) {
        const started = performance.now();
        const library = await librarySnapshot(dataDir);
        const before = await listFiles(mount);
        await fillUntil(ballast, leave);
        let result: Result<unknown>;
        try {
          result = await call('packs.open', { source: { kind: 'path', path: packPath }, originalName: 'Paquete de prueba.cabina' });
        } finally {
          await removeBallast(ballast);
        }
        const leftovers = await newFiles(mount, before, ['data/cabina.db', 'ballast']);
        const libraryUnchanged = (await librarySnapshot(dataDir)) === library;
        scenarios.push({
          scenario: 'pack-open', ok: result.ok && leftovers.length === 0 && libraryUnchanged, errorCode: result.ok ? null : result.error.code,
          leftovers, libraryUnchanged, retryOk: result.ok, sentence: result.ok ? null : errorSentence(t, result.error), ms: Math.round(performance.now() - started),
        });
      }
    }
    // Importing another publisher's pack stages its audio: on a full disk it is disk.full and
    // leaves no staging; with the space back the same opened pack imports.
    const demo = await call('packs.open', { source: { kind: 'path', path: DEMO_PACK }, originalName: 'demo.cabina' });
    if (ok(demo)) {
      const openId = (demo.value as { openId: string }).openId;
      const imported = () => call('packs.import', { openId });
      await whenFull('pack-import', imported, async () => ok(await imported()), 32 * 1024);
    }
    scenarios.push(await recordScenario({ call, mount, dataDir, ballast, leave, t }));
    return { skipped: null, ok: scenarios.length === 9 && scenarios.every((s) => s.ok), tmpfsBytes, sourceBytes, scenarios };
  } finally {
    core?.close();
    unmountTmpfs(mount);
    await Promise.all([rm(srcDir, { recursive: true, force: true }), rm(mount, { recursive: true, force: true })]);
  }
}
