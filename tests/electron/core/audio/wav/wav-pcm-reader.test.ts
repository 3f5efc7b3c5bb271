import { execFileSync } from 'node:child_process';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { decodePcm } from '../../../../../electron/core/audio/ffmpeg/pcm-stream.ts';
import { encodePeaks } from '../../../../../electron/core/audio/peaks-file.ts';
import { encodeRiff, readChunks } from '../../../../../electron/core/audio/wav/wav-chunks.ts';
import { readWavPcm, readWavPcmLayout } from '../../../../../electron/core/audio/wav/wav-pcm-reader.ts';
import { codeOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';
import { floatWav, toneSequence } from '../test-signals.ts';

// The direct WAV reader (issue #3 speed) must be indistinguishable from ffmpeg's f32le decode:
// same samples, same frame count, same analysis, on every WAV shape it accepts.

const scratch = useTempDir('cabina-wav-reader-', 'all');
const adapter = createFfmpegAdapter();
/** An adapter that fails if anything asks ffmpeg or ffprobe: what the direct path must never need. */
const noFfmpeg: FfmpegAdapter = {
  paths: adapter.paths,
  probe: () => Promise.reject(new Error('ffprobe was run')),
  runFfmpeg: () => Promise.reject(new Error('ffmpeg was run')),
  hasEncoder: () => Promise.reject(new Error('ffmpeg was run')),
};

/** A sine on the left, pink noise on the right (so a channel swap shows), via sox. */
function sox(name: string, rate: number, channels: number, output: string[]): string {
  const file = join(scratch.path, name);
  const synth = channels === 1 ? ['sine', '997'] : ['sine', '997', 'pinknoise'];
  execFileSync('sox', ['-D', '-n', '-r', String(rate), '-c', String(channels), ...output, file, 'synth', '3', ...synth, 'gain', '-3', 'fade', '0.5', '3', '0.5']);
  return file;
}

/** A RIFF/WAVE file from chunks in this order (odd sizes padded, as RIFF asks). */
const riff = encodeRiff;

async function collect(run: (onFrames: (s: Float32Array) => void) => Promise<{ frames: number }>) {
  const parts: Float32Array[] = [];
  const { frames } = await run((s) => parts.push(s.slice()));
  const samples = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    samples.set(p, at);
    at += p.length;
  }
  return { frames, samples };
}

async function expectSameAsFfmpeg(file: string) {
  const layout = await readWavPcmLayout(file);
  if (!layout) throw new Error(`${file}: not taken by the direct reader`);
  const format = { sampleRate: layout.sampleRate, channels: layout.channels };
  const direct = await collect((onFrames) => readWavPcm(file, layout, onFrames));
  const viaFfmpeg = await collect((onFrames) => decodePcm(adapter, file, format, onFrames));
  expect(direct.frames).toBe(viaFfmpeg.frames);
  expect(direct.samples.length).toBe(viaFfmpeg.samples.length);
  let worst = 0;
  for (let i = 0; i < direct.samples.length; i += 1) worst = Math.max(worst, Math.abs((direct.samples[i] as number) - (viaFfmpeg.samples[i] as number)));
  expect(worst).toBeLessThanOrEqual(1e-7);

  const auto = await analyzeFile(noFfmpeg, file); // the direct path, with no ffprobe either
  const forced = await analyzeFile(adapter, file, { decoder: 'ffmpeg' });
  expect(auto.analysis.durationSec).toBe(forced.analysis.durationSec);
  expect(auto.analysis.codec).toBe(forced.analysis.codec);
  // Chunk boundaries differ between the two paths: allow for summation order, nothing more.
  expect(auto.analysis.integratedLufs).not.toBeNull();
  expect(auto.analysis.integratedLufs).toBeCloseTo(forced.analysis.integratedLufs ?? Number.NaN, 6);
  expect(auto.analysis.loudnessRangeLu).toBeCloseTo(forced.analysis.loudnessRangeLu, 6);
  expect(auto.analysis.truePeakDbtp).toBeCloseTo(forced.analysis.truePeakDbtp ?? Number.NaN, 6);
  expect(auto.analysis.samplePeakDbfs).toBe(forced.analysis.samplePeakDbfs);
  expect(encodePeaks(auto.peaks).equals(encodePeaks(forced.peaks))).toBe(true);
  return { layout, frames: direct.frames };
}

describe('direct WAV reader = ffmpeg f32le decode', () => {
  it.each([
    ['16-bit stereo 48 kHz', 48000, 2, ['-b', '16'], 'int', 16],
    ['16-bit mono 44.1 kHz', 44100, 1, ['-b', '16'], 'int', 16],
    ['24-bit stereo 48 kHz, extensible', 48000, 2, ['-b', '24'], 'int', 24],
    ['24-bit mono 44.1 kHz, plain', 44100, 1, ['-b', '24', '-t', 'wavpcm'], 'int', 24],
    ['32-bit int stereo 44.1 kHz, extensible', 44100, 2, ['-e', 'signed-integer', '-b', '32'], 'int', 32],
    ['32-bit float stereo 48 kHz', 48000, 2, ['-e', 'floating-point', '-b', '32'], 'float', 32],
    ['32-bit float mono 44.1 kHz', 44100, 1, ['-e', 'floating-point', '-b', '32'], 'float', 32],
  ] as const)('%s', async (name, rate, channels, output, encoding, bits) => {
    const file = sox(`${name.replace(/[^\w]+/g, '-')}.wav`, rate, channels, [...output]);
    const { layout, frames } = await expectSameAsFfmpeg(file);
    expect(layout).toMatchObject({ encoding, bitsPerSample: bits, sampleRate: rate, channels });
    expect(frames).toBe(rate * 3);
  });

  it('finds data after LIST, bext and an odd-sized chunk', async () => {
    const plain = readChunks(await readFile(sox('plain.wav', 48000, 2, ['-b', '24', '-t', 'wavpcm'])));
    const fmt = plain.find((c) => c.id === 'fmt ');
    const data = plain.find((c) => c.id === 'data');
    if (!fmt || !data) throw new Error('sox wrote no fmt/data');
    const list = Buffer.concat([Buffer.from('INFOICMT', 'latin1'), Buffer.from([5, 0, 0, 0]), Buffer.from('hola\0', 'latin1'), Buffer.alloc(1)]);
    const file = join(scratch.path, 'chunky.wav');
    await writeFile(file, riff([fmt, { id: 'LIST', data: list }, { id: 'bext', data: Buffer.alloc(603, 0x20) }, { id: 'odd ', data: Buffer.from('xyz') }, data]));
    expect((await readFile(file)).toString('latin1', 36, 40)).toBe('LIST');
    const { frames } = await expectSameAsFfmpeg(file);
    expect(frames).toBe(48000 * 3);
  });

  it('reads what exists of a truncated file, in whole frames', async () => {
    const file = sox('cut.wav', 48000, 2, ['-b', '24', '-t', 'wavpcm']);
    await truncate(file, 44 + 6 * 72000 + 4);
    const { frames, layout } = await expectSameAsFfmpeg(file);
    expect(frames).toBe(72000);
    expect(layout.dataBytes).toBe(6 * 72000);
  });

  it('reads an RF64 file (ds64 sizes, as ffmpeg writes it)', async () => {
    const file = join(scratch.path, 'rf64.wav');
    await adapter.runFfmpeg(['-v', 'error', '-i', sox('rf64-src.wav', 44100, 2, ['-b', '16']), '-c:a', 'pcm_s16le', '-rf64', 'always', file]);
    expect((await readFile(file)).toString('latin1', 0, 4)).toBe('RF64');
    expect((await expectSameAsFfmpeg(file)).frames).toBe(44100 * 3);
  });
});

describe('direct WAV reader behaviour', () => {
  it('passes float samples above full scale through (true peak > +3 dBTP)', async () => {
    const file = join(scratch.path, 'hot.wav');
    await writeFile(file, floatWav(toneSequence([{ dbfs: 20 * Math.log10(1.5), seconds: 1, hz: 997 }])));
    const { analysis } = await analyzeFile(noFfmpeg, file);
    expect(analysis.truePeakDbtp).toBeGreaterThan(3);
    expect(analysis.samplePeakDbfs).toBeGreaterThan(3);
  });

  it('rejects with cancelled, aborted before or during the read', async () => {
    const file = sox('cancel.wav', 48000, 2, ['-b', '16']);
    const layout = await readWavPcmLayout(file);
    if (!layout) throw new Error('not eligible');
    const before = new AbortController();
    before.abort();
    expect(await codeOf(readWavPcm(file, layout, () => undefined, { signal: before.signal }))).toBe('cancelled');
    const during = new AbortController();
    expect(await codeOf(readWavPcm(file, layout, () => during.abort(), { signal: during.signal }))).toBe('cancelled');
    const whole = new AbortController();
    expect(await codeOf(analyzeFile(noFfmpeg, file, { signal: whole.signal, onProgress: () => whole.abort() }))).toBe('cancelled');
  });

  it('reports progress as a fraction of the data bytes, ending at 1', async () => {
    const file = sox('progress.wav', 48000, 2, ['-e', 'floating-point', '-b', '32']);
    const seen: number[] = [];
    await analyzeFile(adapter, file, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it.each([
    ['22.05 kHz', 22050, 2, ['-b', '16']],
    ['8-bit', 48000, 2, ['-b', '8']],
    ['6 channels', 48000, 6, ['-b', '16']],
  ] as const)('leaves %s to ffmpeg', async (name, rate, channels, output) => {
    const file = join(scratch.path, `ffmpeg-${name.replace(/[^\w]+/g, '-')}.wav`);
    execFileSync('sox', ['-D', '-n', '-r', String(rate), '-c', String(channels), ...output, file, 'synth', '2', 'sine', '1000', 'vol', '-20dB']);
    expect(await readWavPcmLayout(file)).toBeNull();
    await expect(analyzeFile(noFfmpeg, file)).rejects.toThrow(/was run/);
    const { analysis } = await analyzeFile(adapter, file);
    expect(analysis.durationSec).toBeCloseTo(2, 2);
    expect(analysis.sampleRate).toBe(rate);
    expect(analysis.channels).toBe(channels);
    // A −20 dBFS 1 kHz sine on both channels of the stereo we measure reads −20 LUFS (EBU Tech 3341).
    if (channels === 2) expect(Math.abs((analysis.integratedLufs ?? 0) + 20)).toBeLessThan(0.2);
    else expect(analysis.integratedLufs).not.toBeNull();
  });

  it('is not fooled by things that are not PCM WAV', async () => {
    const missing = join(scratch.path, 'missing.wav');
    expect(await readWavPcmLayout(missing)).toBeNull();
    const text = join(scratch.path, 'text.wav');
    await writeFile(text, 'RIFF....WAVE but not really');
    expect(await readWavPcmLayout(text)).toBeNull();
  });
});
