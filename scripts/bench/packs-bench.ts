// Issue #6 bench: build and verify+import of a pack with ~1 GB of audio against `zip -0` +
// `sha256sum` over the same files in the same run (goal ≤ 1.3× each), and the size of one hour of
// speech as a distribution pack (issue #16 goal ≤ 8 MB) with a listening check of its encode against
// the source (listening-check.ts). CABINA_BENCH_PACK_MB shrinks the first part.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { createCore } from '../../electron/core/core.ts';
import type { Core } from '../../electron/core/core-types.ts';
import { locateFfmpeg } from '../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { ENCODES } from '../../electron/core/packs/pack-encode.ts';
import { listeningCheck, type ListeningCheck } from './listening-check.ts';

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function importAll(core: Core, files: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const r = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file), languageCode: 'spa' });
    ids.push(r.segment.id);
  }
  return ids;
}

export async function runPacksBench(): Promise<Record<string, number | string | ListeningCheck>> {
  const totalMb = Number(process.env.CABINA_BENCH_PACK_MB ?? 1024);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-packs-bench-'));
  const cores: Core[] = [];
  try {
    // ~100 MB stereo 48 kHz WAV files of pink noise (incompressible-ish, like real audio).
    const count = Math.max(1, Math.round(totalMb / 100));
    const seconds = Math.max(1, Math.round(((totalMb / count) * 1024 * 1024) / (48_000 * 2 * 2)));
    const audio: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const file = path.join(work, `noise-${i}.wav`);
      execFileSync('sox', ['-q', '-n', '-r', '48000', '-c', '2', '-b', '16', file, 'synth', String(seconds), 'pinknoise', 'vol', '0.3']);
      audio.push(file);
    }
    const bytes = audio.reduce((n, f) => n + fs.statSync(f).size, 0);

    const a = await createCore({ dataDir: path.join(work, 'a'), transport: 'cli' });
    const b = await createCore({ dataDir: path.join(work, 'b'), transport: 'cli' });
    cores.push(a, b);
    const ids = await importAll(a, audio);
    const key = await call(a, 'packs.keyInfo', {});
    await call(b, 'packs.trustKey', { publicKeyPem: key.publicKeyPem, name: 'A' });

    const pack = path.join(work, 'big.cabina');
    const buildMs = await timedAsync(() => call(a, 'packs.build', { jobId: randomUUID(), segmentIds: ids, encodes: ['master'], redact: true, title: 'Bench', outPath: pack }));
    const importMs = await timedAsync(async () => {
      const opened = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: pack }, originalName: 'big.cabina' });
      await call(b, 'packs.import', { jobId: randomUUID(), openId: opened.openId });
    });
    const zipMs = timed(() => execFileSync('zip', ['-0', '-q', '-j', path.join(work, 'baseline.zip'), ...audio]));
    const shaMs = timed(() => execFileSync('sha256sum', audio));
    const baselineMs = zipMs + shaMs;

    // One hour of speech: 60 s of espeak-ng speech (or a sox tone when espeak-ng is absent) looped 60×.
    const minute = path.join(work, 'minute.wav');
    try {
      execFileSync('espeak-ng', ['-v', 'es', '-s', '150', '-w', minute, 'La radio comunitaria informa sobre los derechos laborales de las personas jornaleras. '.repeat(14)]);
    } catch {
      execFileSync('sox', ['-q', '-n', '-r', '22050', '-c', '1', minute, 'synth', '60', 'sine', '300']);
    }
    const hour = path.join(work, 'hour.wav');
    execFileSync('sox', [...Array.from({ length: 60 }, () => minute), hour]);
    const hourSec = Number(execFileSync('soxi', ['-D', hour]).toString().trim());
    const [hourId] = await importAll(a, [hour]);
    const distribution = await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [hourId ?? ''], encodes: ['opus'], redact: true, title: 'Hora', outPath: path.join(work, 'hour.cabina') });
    const perHourMb = (distribution.sizeBytes / 1e6) * (3600 / hourSec);
    // The same encoder settings on one minute of the speech, decoded and compared with it.
    const minuteOpus = path.join(work, 'minute.ogg');
    execFileSync(locateFfmpeg().ffmpeg, ['-v', 'error', '-i', minute, ...ENCODES.opus.args, minuteOpus]);
    const listening = listeningCheck(minute, minuteOpus);

    return {
      packAudioMb: Math.round(bytes / 1e6),
      buildMs: Math.round(buildMs),
      verifyImportMs: Math.round(importMs),
      zipStoreMs: Math.round(zipMs),
      sha256sumMs: Math.round(shaMs),
      buildVsBaseline: Number((buildMs / baselineMs).toFixed(2)),
      verifyImportVsBaseline: Number((importMs / baselineMs).toFixed(2)),
      speechHourSeconds: Math.round(hourSec),
      distributionPackMbPerHour: Number(perHourMb.toFixed(2)),
      distributionGoalMbPerHour: 8,
      distributionEncoder: `${ENCODES.opus.encoder} ${ENCODES.opus.args.join(' ')}`,
      listening,
    };
  } finally {
    for (const c of cores) c.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runPacksBench(), null, 2)}\n`);
