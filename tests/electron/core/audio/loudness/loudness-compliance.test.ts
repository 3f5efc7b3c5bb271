import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { useTempDir } from '../../support/temp-dirs.ts';
import { writeTones, type Tone } from '../test-signals.ts';

// EBU Tech 3341 (integrated loudness, true peak) and Tech 3342 (loudness range) conformance, on
// stereo signals generated here: the whole analysis path. These float WAVs are read directly
// (wav-pcm-reader.ts); the last block forces ffmpeg's decode so both paths stay conformant.

const scratch = useTempDir('cabina-ebu-', 'all');
const adapter = createFfmpegAdapter();
const measure = async (name: string, tones: Tone[], decoder: 'auto' | 'ffmpeg' = 'auto') =>
  (await analyzeFile(adapter, await writeTones(join(scratch.path, `${name}.wav`), tones), { decoder })).analysis;
const s = (dbfs: number, seconds: number): Tone => ({ dbfs, seconds });

describe('EBU Tech 3341 integrated loudness (±0.1 LU)', () => {
  const cases: [string, Tone[], number][] = [
    ['case 1', [s(-23, 20)], -23],
    ['case 2', [s(-33, 20)], -33],
    ['case 3', [s(-36, 10), s(-23, 60), s(-36, 10)], -23],
    ['case 4', [s(-72, 10), s(-36, 10), s(-23, 60), s(-36, 10), s(-72, 10)], -23],
    ['case 5', [s(-26, 20), s(-20, 20.1), s(-26, 20)], -23],
  ];
  it.each(cases)('%s', async (name, tones, expected) => {
    const result = await measure(name.replace(' ', ''), tones);
    expect(Math.abs((result.integratedLufs ?? Number.NaN) - expected)).toBeLessThanOrEqual(0.1);
  });
});

describe('EBU Tech 3342 loudness range (±1 LU)', () => {
  const cases: [string, Tone[], number][] = [
    ['case 1', [s(-20, 20), s(-30, 20)], 10],
    ['case 2', [s(-20, 20), s(-15, 20)], 5],
    ['case 3', [s(-40, 20), s(-20, 20)], 20],
    ['case 4', [s(-50, 20), s(-35, 20), s(-20, 20), s(-35, 20), s(-50, 20)], 15],
  ];
  it.each(cases)('%s', async (name, tones, expected) => {
    const result = await measure(`lra-${name.replace(' ', '')}`, tones);
    expect(Math.abs(result.loudnessRangeLu - expected)).toBeLessThanOrEqual(1);
  });
});

describe('true peak (−0.4 / +0.2 dB)', () => {
  // Sines at −6 dBFS whose samples miss the crests: a sample-peak meter reads up to 3 dB low.
  const cases: [number, number][] = [
    [576, Math.PI / 4],
    [1152, Math.PI / 4],
    [3456, Math.PI / 4],
    [11520, Math.PI / 4],
    [12000, Math.PI / 4],
  ];
  it.each(cases)('%d Hz sine', async (hz, phase) => {
    const result = await measure(`tp-${hz}`, [{ dbfs: -6, seconds: 2, hz, phase }]);
    const tp = result.truePeakDbtp ?? Number.NaN;
    expect(tp - -6).toBeGreaterThanOrEqual(-0.4);
    expect(tp - -6).toBeLessThanOrEqual(0.2);
  });

  it('reads above the sample peak between samples', async () => {
    const result = await measure('tp-between', [{ dbfs: -6, seconds: 1, hz: 12000, phase: Math.PI / 4 }]);
    expect(result.samplePeakDbfs).toBeLessThan(-8.5);
    expect(result.truePeakDbtp).toBeGreaterThan(-6.4);
  });
});

describe('through ffmpeg (decoder forced)', () => {
  it('Tech 3341 case 5 (±0.1 LU)', async () => {
    const result = await measure('ffmpeg-case5', [s(-26, 20), s(-20, 20.1), s(-26, 20)], 'ffmpeg');
    expect(Math.abs((result.integratedLufs ?? Number.NaN) - -23)).toBeLessThanOrEqual(0.1);
  });

  it('Tech 3342 case 4 (±1 LU) and true peak between samples', async () => {
    const lra = await measure('ffmpeg-lra4', [s(-50, 20), s(-35, 20), s(-20, 20), s(-35, 20), s(-50, 20)], 'ffmpeg');
    expect(Math.abs(lra.loudnessRangeLu - 15)).toBeLessThanOrEqual(1);
    const tp = await measure('ffmpeg-tp', [{ dbfs: -6, seconds: 1, hz: 12000, phase: Math.PI / 4 }], 'ffmpeg');
    expect(tp.truePeakDbtp).toBeGreaterThan(-6.4);
  });
});
