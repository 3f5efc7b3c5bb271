// Import throughput (issue #2 benchmark: "files per second for 100 short files"), reported with
// a baseline measured in the same run: bare ffprobe on the same files, the least any import must do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { ContentStore } from '../../electron/core/library/content-store.ts';
import { prepareImport } from '../../electron/core/library/import-audio.ts';

const FILES = 100;
const SECONDS = 3;

// What producers bring: WhatsApp Opus notes, phone MP3/M4A, studio WAV, and AMR from older phones
// (which also needs a preview encode).
const FORMATS = [
  { ext: 'ogg', args: ['-ac', '1', '-ar', '16000', '-c:a', 'libopus', '-b:a', '24k'] },
  { ext: 'mp3', args: ['-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k'] },
  { ext: 'm4a', args: ['-ac', '1', '-c:a', 'aac', '-b:a', '64k'] },
  { ext: 'wav', args: ['-ac', '1', '-c:a', 'pcm_s16le'] },
  { ext: 'amr', args: ['-ac', '1', '-ar', '8000', '-c:a', 'libopencore_amrnb', '-b:a', '12.2k'] },
] as const;

/** 100 distinct tones (one frequency each, so 100 different sha256) made in one ffmpeg run. */
async function makeTones(ff: FfmpegAdapter, dir: string): Promise<string[]> {
  const inputs: string[] = [];
  const outputs: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < FILES; i += 1) {
    const format = FORMATS[i % FORMATS.length] ?? FORMATS[0];
    const file = join(dir, `tone-${String(i).padStart(3, '0')}.${format.ext}`);
    inputs.push('-f', 'lavfi', '-i', `sine=f=${200 + i * 7}:d=${SECONDS}:sample_rate=44100`);
    outputs.push('-map', `${i}:a`, ...format.args, file);
    files.push(file);
  }
  await ff.runFfmpeg(['-v', 'error', '-y', ...inputs, ...outputs]);
  return files;
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

export async function runImportBench(): Promise<Record<string, number>> {
  const ff = createFfmpegAdapter({});
  const work = await mkdtemp(join(tmpdir(), 'cabina-import-bench-'));
  try {
    const files = await makeTones(ff, join(work));
    const importAll = async (width: number) => {
      const store = new ContentStore(await mkdtemp(join(work, 'data-')));
      const signal = new AbortController().signal;
      await pool(files, width, async (sourcePath) => {
        const result = await prepareImport({ sourcePath, originalName: sourcePath, store, adapter: ff, signal, isKnownAsset: () => false, findAssetByPcm: () => null, clock: () => new Date() });
        if (result.kind !== 'new') throw new Error(`unexpected duplicate: ${sourcePath}`);
      });
    };

    await importAll(1); // warm-up: page cache, ffmpeg binaries, encoder list
    const probeSec = await timed(() => pool(files, 1, async (file) => void (await ff.probe(file))));
    const importSec = await timed(() => importAll(1));
    // The job runner allows two imports at once (DESIGN.md §1).
    const import2Sec = await timed(() => importAll(2));

    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      files: FILES,
      secondsPerFile: SECONDS,
      ffprobeFilesPerSec: round(FILES / probeSec),
      importFilesPerSec: round(FILES / importSec),
      importFilesPerSecConcurrent2: round(FILES / import2Sec),
      importToFfprobeRatio: round(probeSec / importSec),
      importMsPerFile: round((importSec * 1000) / FILES),
      ffprobeMsPerFile: round((probeSec * 1000) / FILES),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.stdout.write(`${JSON.stringify(await runImportBench(), null, 2)}\n`);
}
