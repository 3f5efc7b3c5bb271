import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../electron/core/audio/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../electron/core/audio/ffmpeg-adapter.ts';
import { LOUDNESS_PRESETS, normalizeFile } from '../../../../electron/core/audio/normalize.ts';
import { main } from '../../../../electron/core/cli.ts';
import { codeOf } from '../support/errors.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// Normalize on real speech (espeak-ng, repeated by sox): within ±0.5 LU, never above the ceiling,
// in WAV, MP3 and Opus; the CLI over the same engine.

const scratch = useTempDir('cabina-normalize-', 'all');
const adapter = createFfmpegAdapter();
let speech: string;

beforeAll(() => {
  const one = join(scratch.path, 'one.wav');
  speech = join(scratch.path, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', one, 'Buenos días. Hablamos de derechos laborales y de migración segura en la radio comunitaria.']);
  execFileSync('sox', [one, '-r', '48000', speech, 'repeat', '3']);
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
