import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFfmpegAdapter, formatCommandLine, locateFfmpeg } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import type { Logger } from '../../../../../electron/core/logger.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { codeOf, errorOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Where the binaries are found, and the adapter's contract: probe, run, progress, cancel, errors.
// Its behaviour through fluent-ffmpeg (parity, process cleanup) is in ffmpeg-adapter-fluent.test.ts.

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);
const scratch = useTempDir('cabina-ffmpeg-', 'all');
let fixtures: string;

async function fakeBinary(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

beforeAll(async () => {
  fixtures = await makeFixtures();
});

describe('locateFfmpeg', () => {
  it('prefers the user setting (a folder with both tools)', async () => {
    const setting = join(scratch.path, 'setting');
    const ffmpeg = await fakeBinary(join(setting, exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(setting, exe('ffprobe')));
    expect(locateFfmpeg({ settingPath: setting, resourcesPath: join(scratch.path, 'nowhere') })).toEqual({ ffmpeg, ffprobe });
  });

  it('accepts the setting as the ffmpeg binary itself, with ffprobe beside it', async () => {
    const setting = join(scratch.path, 'setting');
    expect(locateFfmpeg({ settingPath: join(setting, exe('ffmpeg')) }).ffprobe).toBe(join(setting, exe('ffprobe')));
  });

  it('then the packaged resources folder', async () => {
    const resources = join(scratch.path, 'resources');
    const ffmpeg = await fakeBinary(join(resources, 'ffmpeg', exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(resources, 'ffmpeg', exe('ffprobe')));
    expect(locateFfmpeg({ settingPath: join(scratch.path, 'missing'), resourcesPath: resources })).toEqual({ ffmpeg, ffprobe });
  });

  it('finds binaries unpacked from the asar by electron-builder', async () => {
    const resources = join(scratch.path, 'packaged');
    const platform = `${process.platform}-${process.arch}`;
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules');
    const ffmpeg = await fakeBinary(join(unpacked, '@ffmpeg-installer', platform, exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(unpacked, '@ffprobe-installer', platform, exe('ffprobe')));
    expect(locateFfmpeg({ resourcesPath: resources })).toEqual({ ffmpeg, ffprobe });
  });

  it('falls back to the @ffmpeg-installer packages', () => {
    const found = locateFfmpeg({ settingPath: join(scratch.path, 'missing') });
    expect(found.ffmpeg).toMatch(/@ffmpeg-installer/);
    expect(found.ffprobe).toMatch(/@ffprobe-installer/);
  });
});

describe('ffmpeg adapter', () => {
  const commands: string[] = [];
  const logger: Logger = { debug: (_m, f) => commands.push(String(f?.['command'])), info() {}, warn() {}, error() {} };
  const adapter = () => createFfmpegAdapter({ logger });

  it('probes a file into typed JSON', async () => {
    const data = await adapter().probe(join(fixtures, 'speech-es-24.wav'));
    expect(data.format?.format_name).toBe('wav');
    expect(data.streams[0]).toMatchObject({ codec_type: 'audio', codec_name: 'pcm_s24le', sample_rate: 44100, channels: 2, bits_per_sample: 24 });
  });

  it('reports a file ffprobe cannot read as ffmpeg.failed with its last stderr line', async () => {
    const error = await errorOf(adapter().probe(join(fixtures, 'text.mp3')));
    expect(error.code).toBe('ffmpeg.failed');
    expect(String(error.details?.['detail'])).toMatch(/Invalid/);
  });

  it('runs ffmpeg with -nostdin and -progress, reports progress and logs a pasteable command', async () => {
    const fractions: number[] = [];
    const result = await adapter().runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=440:d=3', '-f', 'null', '-'], {
      durationSec: 3,
      onProgress: (f) => fractions.push(f),
    });
    expect(result.outTimeSec).toBeCloseTo(3, 1);
    expect(result.stderr).toEqual([]);
    expect(fractions.at(-1)).toBe(1);
    const command = commands.find((c) => c.includes('sine=f=440'));
    expect(command).toMatch(/ -nostdin -hide_banner .*-progress pipe:1 /);
  });

  it('maps a non-zero exit to ffmpeg.failed with the last stderr line as detail', async () => {
    const error = await errorOf(adapter().runFfmpeg(['-v', 'error', '-i', join(scratch.path, 'does-not-exist.wav'), '-f', 'null', '-']));
    expect(error.code).toBe('ffmpeg.failed');
    expect(String(error.details?.['detail'])).toMatch(/No such file/);
  });

  it('kills the child on abort and rejects with cancelled', async () => {
    const controller = new AbortController();
    // -re makes ffmpeg run in real time, so it is certainly still running when we abort.
    const run = adapter().runFfmpeg(['-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=d=60', '-f', 'null', '-'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    // ffmpeg would run for 60 s: settling within the test's timeout shows the child was killed.
    expect(await codeOf(run)).toBe('cancelled');
  });

  it('rejects at once when the signal is already aborted', async () => {
    expect(await codeOf(adapter().runFfmpeg(['-version'], { signal: AbortSignal.abort() }))).toBe('cancelled');
  });

  it('reports a missing binary as ffmpeg.missing', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(scratch.path, 'no-ffmpeg'), ffprobe: join(scratch.path, 'no-ffprobe') } });
    expect(await codeOf(broken.runFfmpeg(['-version']))).toBe('ffmpeg.missing');
    expect(await codeOf(broken.probe(join(fixtures, 'tone-1k.wav')))).toBe('ffmpeg.missing');
  });

  it('lists encoders', async () => {
    const ff = adapter();
    expect(await ff.hasEncoder('flac')).toBe(true);
    expect(await ff.hasEncoder('no_such_encoder')).toBe(false);
  });

  it('quotes arguments so the logged command can be pasted into a shell', () => {
    if (process.platform === 'win32') return;
    expect(formatCommandLine('/bin/ffmpeg', ['-i', "/tmp/it's here.wav", '-f', 'null', '-'])).toBe(
      `/bin/ffmpeg -i '/tmp/it'\\''s here.wav' -f null -`,
    );
  });
});
