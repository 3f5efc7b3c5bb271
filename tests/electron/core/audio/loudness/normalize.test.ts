import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { gainStep, LOUDNESS_PRESETS, normalizeFile } from '../../../../../electron/core/audio/loudness/normalize.ts';
import { main } from '../../../../../electron/core/cli.ts';
import { codeOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Normalize on real speech (espeak-ng, repeated by sox): within ±0.5 LU, never above the ceiling,
// in WAV, MP3 and Opus; the CLI over the same engine.

const scratch = useTempDir('cabina-normalize-', 'all');
const adapter = createFfmpegAdapter();
let speech: string;
/** The speech at −30 LUFS: far below every ceiling, so no limiter joins in. */
let quiet: string;
let quietLufs: number;

beforeAll(() => {
  const one = join(scratch.path, 'one.wav');
  speech = join(scratch.path, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', one, 'Buenos días. Hablamos de derechos laborales y de migración segura en la radio comunitaria.']);
  execFileSync('sox', ['-D', one, '-r', '48000', speech, 'repeat', '3']);
  quiet = join(scratch.path, 'quiet.wav');
  execFileSync('sox', ['-D', speech, quiet, 'gain', '-15']);
});

beforeAll(async () => {
  quietLufs = (await analyzeFile(adapter, quiet)).analysis.integratedLufs ?? 0;
});

describe('normalizeFile', () => {
  it.each([
    ['radio', 'wav'],
    ['internet', 'mp3'],
    ['ebu-r128', 'opus'],
  ] as const)('%s preset into %s', async (preset, ext) => {
    const { targetLufs, ceilingDbtp } = LOUDNESS_PRESETS[preset];
    const out = join(scratch.path, `${preset}.${ext}`);
    const result = await normalizeFile(adapter, speech, out, { targetLufs, ceilingDbtp });
    const measured = (await analyzeFile(adapter, out)).analysis;
    expect(Math.abs((measured.integratedLufs ?? 0) - targetLufs)).toBeLessThanOrEqual(0.5);
    expect(measured.truePeakDbtp ?? 0).toBeLessThanOrEqual(ceilingDbtp + 0.05);
    expect(result.after.integratedLufs).toBeCloseTo(measured.integratedLufs ?? 0, 1);
    expect(readdirSync(scratch.path).filter((f) => f.includes('.part'))).toEqual([]);
  });

  it('stops at the gain cap: peaks under the ceiling, the loudness short of the target and said so', async () => {
    // −8 LUFS under a −1.5 dBTP ceiling needs the limiter to crush speech; 2 dB of make-up is the cap.
    const before = (await analyzeFile(adapter, speech)).analysis;
    const out = join(scratch.path, 'capped.wav');
    const result = await normalizeFile(adapter, speech, out, { targetLufs: -8, ceilingDbtp: -1.5, maxMakeupDb: 2, measured: before });
    const measured = (await analyzeFile(adapter, out)).analysis;
    expect(result.capped).toBe(true);
    expect(result.gainDb).toBeLessThanOrEqual(-8 - (before.integratedLufs ?? 0) + 2 + 1e-6);
    expect(measured.truePeakDbtp ?? 0).toBeLessThanOrEqual(-1.45);
    expect(measured.integratedLufs ?? 0).toBeLessThan(-8.4);
  });

  it('keeps the closest attempt under the ceiling when none lands within 0.4 LU', async () => {
    // An encoder that ignores the gain asked for and applies its own: no attempt converges. The
    // third (−18.2) is closest but peaks above 0 dBTP; the fourth (−18.8, −0.3 dBTP) is the one to
    // keep, not the last (−26).
    const applied = [-9, -5, -0.2, -0.8, -4, -7, -8];
    let encodes = 0;
    const stubborn: FfmpegAdapter = {
      ...adapter,
      runFfmpeg: (args, options) => {
        const volume = `volume=${(applied[encodes++] ?? 0) + (-18 - quietLufs)}dB`;
        return adapter.runFfmpeg(args.map((a) => (a.startsWith('volume=') ? volume : a)), options);
      },
    };
    const out = join(scratch.path, 'stubborn.wav');
    // No gain cap: the stub ignores the gain asked for, so a cap would stop the search early.
    const result = await normalizeFile(stubborn, quiet, out, { targetLufs: -18, ceilingDbtp: 0, maxMakeupDb: Infinity });
    expect(encodes).toBe(7);
    const measured = (await analyzeFile(adapter, out)).analysis;
    expect(measured.integratedLufs ?? 0).toBeCloseTo(-18.8, 1);
    expect(measured.truePeakDbtp ?? 0).toBeLessThan(0);
    expect(result.after.integratedLufs).toBeCloseTo(measured.integratedLufs ?? 0, 6);
    expect(readdirSync(scratch.path).filter((f) => f.includes('.part') || f.includes('.best'))).toEqual([]);
  });

  it('refuses silence and unknown formats without leaving a file', async () => {
    const silence = join(scratch.path, 'silence.wav');
    execFileSync('sox', ['-n', '-r', '48000', '-c', '2', silence, 'trim', '0', '2']);
    expect(await codeOf(normalizeFile(adapter, silence, join(scratch.path, 'x.wav')))).toBe('audio.silent');
    expect(await codeOf(normalizeFile(adapter, speech, join(scratch.path, 'x.xyz')))).toBe('invalid_input');
    expect(existsSync(join(scratch.path, 'x.wav'))).toBe(false);
  });
});

describe('cabina analyze | peaks | normalize', () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([...argv, '--data-dir', join(scratch.path, 'data'), '--lang', 'en'], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('analyze --json prints the documented shape', async () => {
    const { code, out } = await run('analyze', speech, '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['channels', 'codec', 'durationSec', 'integratedLufs', 'loudnessRangeLu', 'sampleRate', 'truePeakDbtp']);
    expect(data.sampleRate).toBe(48000);
  });

  it('peaks --out writes a peaks file; normalize --target=-16 hits the target', async () => {
    const peaks = join(scratch.path, 'speech.peaks');
    expect((await run('peaks', speech, '--out', peaks, '--json')).code).toBe(0);
    expect(existsSync(peaks)).toBe(true);
    const out = join(scratch.path, 'cli.wav');
    const normalized = await run('normalize', speech, out, '--target=-16', '--ceiling=-2', '--json');
    expect(normalized.code).toBe(0);
    const data = JSON.parse(normalized.out) as { integratedLufs: number; truePeakDbtp: number };
    expect(Math.abs(data.integratedLufs + 16)).toBeLessThanOrEqual(0.5);
    expect(data.truePeakDbtp).toBeLessThanOrEqual(-2);
  });

  it('says in one sentence when the input is not audio', async () => {
    const { code, err } = await run('analyze', join(scratch.path, 'missing.wav'));
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
  });
});

describe('gainStep', () => {
  it('steps by the miss until two attempts share a limiter setting', () => {
    expect(gainStep(1.5, { gainDb: 6, lufs: -17.5, limitDb: null }, null)).toBe(1.5);
    expect(gainStep(1.5, { gainDb: 8, lufs: -17.5, limitDb: -3.8 }, { gainDb: 6, lufs: -17.7, limitDb: -2 })).toBe(1.5);
  });

  it('scales the step by the loudness each dB of gain gave under the same limiter', () => {
    // 1.25 dB more gain gave 0.5 LU more loudness: the 0.8 LU still missing needs 2 dB.
    expect(gainStep(0.8, { gainDb: 10.75, lufs: -16.8, limitDb: -4.2 }, { gainDb: 9.5, lufs: -17.3, limitDb: -4.2 })).toBeCloseTo(2, 9);
  });

  it('never steps more than four times the miss, nor less than the miss', () => {
    const limited = (gainDb: number, lufs: number) => ({ gainDb, lufs, limitDb: -4 });
    expect(gainStep(0.5, limited(10, -16.5), limited(9, -16.49))).toBeCloseTo(2, 9);
    expect(gainStep(0.5, limited(10, -16.5), limited(9, -18))).toBeCloseTo(0.5, 9);
    expect(gainStep(0.5, limited(10, -16.5), limited(9, -16.2))).toBeCloseTo(2, 9); // noise: loudness fell
  });
});
