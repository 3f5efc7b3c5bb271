import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisWorkerCount, analyzeWav, PARALLEL_MIN_SECONDS } from '../../../../../electron/core/audio/loudness/parallel-analysis.ts';
import type { MergedAnalysis } from '../../../../../electron/core/audio/loudness/segment-analysis.ts';
import { readWavPcmLayout, type WavPcmLayout } from '../../../../../electron/core/audio/wav/wav-pcm-reader.ts';
import { codeOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';
import { expectSameAnalysis } from '../synthetic-pcm.ts';

// A long WAV measured on worker threads (real ones, loading analysis-worker.ts) must give exactly
// what one thread gives, and must still finish when the workers cannot help.

const scratch = useTempDir('cabina-parallel-', 'all');
let file = '';
let layout: WavPcmLayout;
let alone: MergedAnalysis;

beforeAll(async () => {
  file = join(scratch.path, 'long.wav');
  // 150 s of pink noise under a slow tremolo, left and right different: loud and quiet stretches.
  execFileSync('sox', ['-D', '-n', '-r', '48000', '-c', '2', '-b', '16', file, 'synth', '150', 'pinknoise', 'sine', '440', 'tremolo', '0.05', '90', 'gain', '-6']);
  const read = await readWavPcmLayout(file);
  if (!read) throw new Error('sox wrote a WAV the reader does not take');
  layout = read;
  alone = await analyzeWav(file, layout, { workers: 0 });
}, 60_000);

const expectSame = (result: MergedAnalysis) => expectSameAnalysis(result, alone);

describe('analyzeWav', () => {
  it('gives on worker threads what one thread gives, with progress that only grows to 1', async () => {
    expect(alone.frames).toBe(48000 * 150);
    expect(alone.loudness.loudnessRangeLu).toBeGreaterThan(1);
    const seen: number[] = [];
    const parallel = await analyzeWav(file, layout, { workers: 2, onProgress: (f) => seen.push(f) });
    expectSame(parallel);
    expect(parallel.workerStretches).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeCloseTo(1, 9);
  });

  it('finishes in this thread when no worker can start', async () => {
    const nowhere = pathToFileURL(join(scratch.path, 'no-such-worker.js'));
    const result = await analyzeWav(file, layout, { workers: 2, workerUrl: nowhere });
    expectSame(result);
    expect(result.workerStretches).toBe(0);
  });

  it('takes back the stretch of a worker that dies', async () => {
    const crashing = join(scratch.path, 'crashing-worker.mjs');
    await writeFile(crashing, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n");
    const result = await analyzeWav(file, layout, { workers: 1, workerUrl: pathToFileURL(crashing) });
    expectSame(result);
    expect(result.workerStretches).toBe(0);
  });

  it('rejects with cancelled when aborted mid-way', async () => {
    const abort = new AbortController();
    expect(await codeOf(analyzeWav(file, layout, { workers: 1, signal: abort.signal, onProgress: (f) => f > 0.2 && abort.abort() }))).toBe('cancelled');
  });

  it('says the file cannot be read when it is gone', async () => {
    const gone = join(scratch.path, 'gone.wav');
    execFileSync('sox', ['-D', '-n', '-r', '48000', '-c', '2', '-b', '16', gone, 'synth', '5', 'sine', '440']);
    const goneLayout = await readWavPcmLayout(gone);
    if (!goneLayout) throw new Error('not a WAV the reader takes');
    await rm(gone);
    expect(await codeOf(analyzeWav(gone, goneLayout, { workers: 1 }))).toBe('import.unreadable');
  });
});

describe('analysisWorkerCount', () => {
  it('uses the other cores for long files only, and never more than three', () => {
    const long = PARALLEL_MIN_SECONDS * 48000;
    expect(analysisWorkerCount(long - 1, 48000, 8)).toBe(0);
    expect(analysisWorkerCount(long, 48000, 1)).toBe(0);
    expect(analysisWorkerCount(long, 48000, 2)).toBe(1);
    expect(analysisWorkerCount(long, 48000, 16)).toBe(3);
  });
});
