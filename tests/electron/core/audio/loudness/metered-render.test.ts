import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { levelFilters } from '../../../../../electron/core/audio/loudness/gain-search.ts';
import { meteredOutput, renderMetered } from '../../../../../electron/core/audio/loudness/metered-render.ts';
import { encoderArgs } from '../../../../../electron/core/audio/loudness/normalize.ts';
import { speechLikeBursts } from '../synthetic-pcm.ts';
import { floatWav } from '../test-signals.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// A gain attempt measured while ffmpeg writes it must measure exactly what the file holds: the
// same numbers a re-analysis of the written file gives.

const scratch = useTempDir('cabina-metered-');
const adapter = createFfmpegAdapter();
const stereo = { sampleRate: 48000, channels: 2 };

describe('meteredOutput', () => {
  it('takes PCM WAV outputs at the rate and channels the analysis reads unchanged', () => {
    expect(meteredOutput(encoderArgs('a.wav', 48000), stereo)?.muxer).toBe('s24le');
    expect(meteredOutput(['-c:a', 'pcm_f32le', '-f', 'wav'], { sampleRate: 44100, channels: 1 })?.muxer).toBe('f32le');
    expect(meteredOutput(['-c:a', 'pcm_s16le', '-f', 'wav'], stereo)?.muxer).toBe('s16le');
  });

  it('leaves everything else to a re-analysis of the file', () => {
    expect(meteredOutput(encoderArgs('a.flac', 48000), stereo)).toBeNull();
    expect(meteredOutput(encoderArgs('a.mp3', 48000), stereo)).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 48000), undefined)).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 96000), { sampleRate: 96000, channels: 2 })).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 48000), { sampleRate: 48000, channels: 6 })).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 44100), stereo)).toBeNull();
    expect(meteredOutput(['-c:a', 'pcm_s24le', '-ac', '1', '-f', 'wav'], stereo)).toBeNull();
    expect(meteredOutput(['-c:a', 'pcm_s24le', '-metadata', 'title=x', '-f', 'wav'], stereo)).toBeNull();
    // The tee muxer's own syntax in the path.
    expect(meteredOutput(encoderArgs('a.wav', 48000), stereo, '/tmp/a|b.wav')).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 48000), stereo, '/tmp/Música y más/[1].wav')).toBeNull();
    expect(meteredOutput(encoderArgs('a.wav', 48000), stereo, '/tmp/Música y más/toma 1.wav')?.muxer).toBe('s24le');
  });
});

describe('renderMetered', () => {
  it.each([
    ['24-bit stereo, limited', encoderArgs('out.wav', 48000), 2, levelFilters(6, -2)],
    ['float mono, gain only', ['-c:a', 'pcm_f32le', '-f', 'wav'], 1, levelFilters(-3.5, null)],
    ['16-bit stereo', ['-c:a', 'pcm_s16le', '-ar', '48000', '-f', 'wav'], 2, levelFilters(2, -1)],
  ])('%s: the analysis of the file it wrote', async (_name, outputArgs, channels, filters) => {
    const input = join(scratch.path, 'in.wav');
    // 7.3 s: an odd length, so pipe chunks split frames and sub-blocks.
    await writeFile(input, floatWav(speechLikeBursts(350_411, channels, 7), channels));
    // A folder name with a space, an accent and a colon, as users' folders have.
    await mkdir(join(scratch.path, 'Música: toma 1'));
    const out = join(scratch.path, 'Música: toma 1', 'out.wav');
    const format = { sampleRate: 48000, channels };
    const output = meteredOutput(outputArgs, format, out);
    if (!output) throw new Error('expected a metered output');
    const progress: number[] = [];
    const metered = await renderMetered(adapter, { input, filters, outputArgs, out, output, durationSec: 350_411 / 48000, onProgress: (f) => progress.push(f) });
    const reread = (await analyzeFile(adapter, out)).analysis;
    expect(metered.durationSec).toBe(reread.durationSec);
    expect(metered.codec).toBe(reread.codec);
    expect([metered.sampleRate, metered.channels]).toEqual([reread.sampleRate, reread.channels]);
    expect(metered.truePeakDbtp).toBe(reread.truePeakDbtp);
    expect(metered.samplePeakDbfs).toBe(reread.samplePeakDbfs);
    expect(metered.integratedLufs).toBeCloseTo(reread.integratedLufs ?? Number.NaN, 9);
    expect(metered.loudnessRangeLu).toBeCloseTo(reread.loudnessRangeLu, 9);
    // And the file is the one a plain render writes, byte for byte.
    const plain = join(scratch.path, 'plain.wav');
    await adapter.runFfmpeg(['-v', 'error', '-i', input, '-map', '0:a:0', '-vn', '-af', filters, ...outputArgs, plain]);
    expect((await readFile(out)).equals(await readFile(plain))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f, i) => f > 0 && f <= 1 && f >= (progress[i - 1] ?? 0))).toBe(true);
  });
});
