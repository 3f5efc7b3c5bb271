import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { decodePcm, FrameSink } from '../../../../../electron/core/audio/ffmpeg/pcm-stream.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { codeOf } from '../../support/errors.ts';
import { floatWav, toneSequence } from '../test-signals.ts';

// The adapter's binary pipes (PCM out on stdout, PCM in on stdin) and the one-pass analysis on the
// library's formats and on bad input.

const adapter = createFfmpegAdapter();
let fixtures: string;

beforeAll(async () => {
  fixtures = await makeFixtures();
});

describe('ffmpeg adapter binary pipes', () => {
  it('streams decoded PCM to a Writable with backpressure, in whole frames', async () => {
    let frames = 0;
    const result = await decodePcm(adapter, join(fixtures, 'tone-1k.wav'), { sampleRate: 48000, channels: 2 }, (samples) => {
      expect(samples.length % 2).toBe(0);
      frames += samples.length / 2;
    });
    expect(result.frames).toBe(frames);
    expect(frames).toBeGreaterThan(0);
  });

  it('reads PCM from a Readable on stdin (-i pipe:0)', async () => {
    const pcm = toneSequence([{ dbfs: -20, seconds: 1 }]);
    const stdin = new PassThrough();
    stdin.end(Buffer.from(pcm.buffer));
    let frames = 0;
    const sink = new FrameSink(2, (s) => (frames += s.length / 2));
    await adapter.runFfmpeg(['-v', 'error', '-f', 'f32le', '-ar', '48000', '-ac', '2', '-i', 'pipe:0', '-f', 'f32le', 'pipe:1'], { stdin, stdout: sink });
    expect(frames).toBe(48000);
  });

  it('refuses a stdout stream when the output is not pipe:1', async () => {
    expect(await codeOf(adapter.runFfmpeg(['-i', 'x.wav', 'out.wav'], { stdout: new FrameSink(2, () => undefined) }))).toBe('ffmpeg.failed');
  });

  it('cancels a PCM decode', async () => {
    const controller = new AbortController();
    const done = decodePcm(adapter, join(fixtures, 'tone-1k.wav'), { sampleRate: 48000, channels: 2 }, () => controller.abort(), { signal: controller.signal });
    expect(await codeOf(done)).toBe('cancelled');
  });
});

describe('analyzeFile', () => {
  it.each(['speech-es.mp3', 'speech-es.opus', 'speech-es.amr', 'speech-es.m4a', 'speech-es-16.wav'])('measures %s in one pass', async (name) => {
    const { analysis, peaks } = await analyzeFile(adapter, join(fixtures, name));
    expect(analysis.integratedLufs).toBeLessThan(-5);
    expect(analysis.integratedLufs).toBeGreaterThan(-45);
    expect(analysis.truePeakDbtp).toBeGreaterThanOrEqual(analysis.samplePeakDbfs ?? 0);
    expect(analysis.durationSec).toBeGreaterThan(1);
    expect(peaks.frames / peaks.sampleRate).toBeCloseTo(analysis.durationSec, 3);
  });

  it('gives the same loudness for the same speech across codecs (±0.5 LU)', async () => {
    const wav = (await analyzeFile(adapter, join(fixtures, 'speech-es-16.wav'))).analysis.integratedLufs ?? 0;
    for (const name of ['speech-es.mp3', 'speech-es.flac', 'speech-es.m4a']) {
      expect(Math.abs(((await analyzeFile(adapter, join(fixtures, name))).analysis.integratedLufs ?? 0) - wav)).toBeLessThanOrEqual(0.5);
    }
  });

  it.each([
    ['empty.mp3', 'import.empty_file'],
    ['text.mp3', 'import.not_audio'],
    ['video-only.mp4', 'import.no_audio_stream'],
    ['missing.wav', 'not_found'],
  ])('%s → %s', async (name, code) => {
    expect(await codeOf(analyzeFile(adapter, join(fixtures, name)))).toBe(code);
  });

  it('reports silence as no loudness rather than a number', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp(join((await import('node:os')).tmpdir(), 'cabina-silence-'));
    const file = join(dir, 'silence.wav');
    await writeFile(file, floatWav(new Float32Array(48000 * 2)));
    const { analysis } = await analyzeFile(adapter, file);
    expect(analysis.integratedLufs).toBeNull();
    expect(analysis.truePeakDbtp).toBeNull();
  });
});
