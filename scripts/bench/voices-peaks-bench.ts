// Voces (issue #14 §2): the waveform of an hour-long call. A WhatsApp-style Opus voice note of one
// hour (16 kbit/s mono, made here by ffmpeg) gets its stored peaks (asset-peaks.ts: one mono decode at
// 8 kHz, min/max per pixel). Baseline in the same run: a bare ffmpeg decode of the same file to
// nothing, the least any waveform of it can cost. Goal: peaks within 1.5× the bare decode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AssetPeaks } from '../../electron/core/audio/asset-peaks.ts';
import { AudioStore } from '../../electron/core/audio/audio-store.ts';
import { createFfmpegAdapter } from '../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';

const SECONDS = 3600;
const round = (n: number) => Math.round(n * 100) / 100;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
}

export async function runVoicesPeaksBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-voices-peaks-bench-'));
  try {
    const ffmpeg = createFfmpegAdapter({});
    const minute = path.join(dir, 'minuto.opus');
    const file = path.join(dir, 'llamada-1h.opus');
    // One minute of a tone that swells and fades, with noise (what speech looks like to a decoder),
    // encoded once and repeated without re-encoding: an hour's encode alone took minutes.
    await ffmpeg.runFfmpeg([
      '-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=220:sample_rate=48000:duration=60',
      '-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.05:sample_rate=48000:duration=60',
      '-filter_complex', "[0][1]amix=inputs=2,volume='0.5+0.4*sin(t)':eval=frame", '-ac', '1', '-c:a', 'libopus', '-b:a', '16k', minute,
    ]);
    await ffmpeg.runFfmpeg(['-v', 'error', '-y', '-stream_loop', String(SECONDS / 60 - 1), '-i', minute, '-c', 'copy', file]);
    const bareSec = await timed(() => ffmpeg.runFfmpeg(['-v', 'error', '-i', file, '-f', 'null', '-']));
    const store = new AudioStore(new Database(':memory:'), dir);
    const peaks = new AssetPeaks({ ffmpeg: () => ffmpeg }, store);
    const sha = 'e'.repeat(64);
    const peaksSec = await timed(() => peaks.ensure(sha, file, SECONDS, new AbortController().signal, () => undefined));
    const readSec = await timed(() => peaks.read(sha, 4000));
    return {
      seconds: SECONDS,
      fileMb: round(fs.statSync(file).size / 2 ** 20),
      bareDecodeSec: round(bareSec),
      peaksSec: round(peaksSec),
      ratioToBareDecode: round(peaksSec / Math.max(0.01, bareSec)),
      peaksFileKb: round(fs.statSync(store.peaksPath(sha)).size / 1024),
      readOverviewMs: round(readSec * 1000),
      goal: 'peaks < 1.5× a bare decode; reading the overview < 50 ms',
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runVoicesPeaksBench(), null, 2)}\n`);
