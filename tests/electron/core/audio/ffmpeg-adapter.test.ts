import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ffmpeg, { type FfmpegCommand } from 'fluent-ffmpeg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { createFfmpegAdapter, formatCommandLine, locateFfmpeg, type FfmpegAdapter } from '../../../../electron/core/audio/ffmpeg-adapter.ts';
import type { Logger } from '../../../../electron/core/logger.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);
let dir: string;
let fixtures: string;

async function fakeBinary(path: string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return path;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof UserFacingError ? error.code : `other: ${String(error)}`;
  }
}

beforeAll(async () => {
  fixtures = await makeFixtures();
  dir = await mkdtemp(join(tmpdir(), 'cabina-ffmpeg-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


async function errorOf(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('expected a UserFacingError');
}

describe('locateFfmpeg', () => {
  it('prefers the user setting (a folder with both tools)', async () => {
    const setting = join(dir, 'setting');
    const ffmpeg = await fakeBinary(join(setting, exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(setting, exe('ffprobe')));
    expect(locateFfmpeg({ settingPath: setting, resourcesPath: join(dir, 'nowhere') })).toEqual({ ffmpeg, ffprobe });
  });

  it('accepts the setting as the ffmpeg binary itself, with ffprobe beside it', async () => {
    const setting = join(dir, 'setting');
    expect(locateFfmpeg({ settingPath: join(setting, exe('ffmpeg')) }).ffprobe).toBe(join(setting, exe('ffprobe')));
  });

  it('then the packaged resources folder', async () => {
    const resources = join(dir, 'resources');
    const ffmpeg = await fakeBinary(join(resources, 'ffmpeg', exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(resources, 'ffmpeg', exe('ffprobe')));
    expect(locateFfmpeg({ settingPath: join(dir, 'missing'), resourcesPath: resources })).toEqual({ ffmpeg, ffprobe });
  });

  it('finds binaries unpacked from the asar by electron-builder', async () => {
    const resources = join(dir, 'packaged');
    const platform = `${process.platform}-${process.arch}`;
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules');
    const ffmpeg = await fakeBinary(join(unpacked, '@ffmpeg-installer', platform, exe('ffmpeg')));
    const ffprobe = await fakeBinary(join(unpacked, '@ffprobe-installer', platform, exe('ffprobe')));
    expect(locateFfmpeg({ resourcesPath: resources })).toEqual({ ffmpeg, ffprobe });
  });

  it('falls back to the @ffmpeg-installer packages', () => {
    const found = locateFfmpeg({ settingPath: join(dir, 'missing') });
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
    const error = await errorOf(adapter().runFfmpeg(['-v', 'error', '-i', join(dir, 'does-not-exist.wav'), '-f', 'null', '-']));
    expect(error.code).toBe('ffmpeg.failed');
    expect(String(error.details?.['detail'])).toMatch(/No such file/);
  });

  it('kills the child on abort and rejects with cancelled', async () => {
    const controller = new AbortController();
    // -re makes ffmpeg run in real time, so it is certainly still running when we abort.
    const run = adapter().runFfmpeg(['-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=d=60', '-f', 'null', '-'], { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    expect(await codeOf(run)).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects at once when the signal is already aborted', async () => {
    expect(await codeOf(adapter().runFfmpeg(['-version'], { signal: AbortSignal.abort() }))).toBe('cancelled');
  });

  it('reports a missing binary as ffmpeg.missing', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(dir, 'no-ffmpeg'), ffprobe: join(dir, 'no-ffprobe') } });
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

describe('ffmpeg adapter through fluent-ffmpeg', () => {
  // fluent-ffmpeg's module.exports is the FfmpegCommand constructor: spying on its prototype sees every command.
  const fluent: FfmpegCommand = Ffmpeg.prototype;
  const runs: { command: string; pid: number | undefined }[] = [];
  const logger: Logger = {
    debug: (message, fields) => {
      if (message === 'ffmpeg') runs.push({ command: String(fields?.['command']), pid: typeof fields?.['pid'] === 'number' ? fields['pid'] : undefined });
    },
    info() {},
    warn() {},
    error() {},
  };
  let ff: FfmpegAdapter;
  let long: string;
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const runFor = (marker: string) => runs.find((run) => run.command.includes(marker));

  beforeAll(async () => {
    ff = createFfmpegAdapter({ logger });
    // A 10-minute input (8 kHz mono WAV, 9.6 MB).
    long = join(dir, 'ten-minutes.wav');
    await ff.runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=300:d=600:sample_rate=8000', '-c:a', 'pcm_s16le', long]);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('probes through fluent-ffmpeg with the same values as ffprobe -print_format json', async () => {
    const ffprobe = vi.spyOn(fluent, 'ffprobe');
    const num = (value: unknown) => (value === undefined || value === 'N/A' ? null : Number(value));
    const files = (await readdir(fixtures)).filter((name) => !name.startsWith('.'));
    let compared = 0;
    for (const name of files) {
      const file = join(fixtures, name);
      const direct = await promisify(execFile)(ff.paths.ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]).then(
        ({ stdout }) => JSON.parse(stdout) as { streams: Record<string, unknown>[]; format: Record<string, unknown> & { tags?: Record<string, unknown> } },
        () => null,
      );
      if (direct === null) {
        expect(await codeOf(ff.probe(file)), name).toBe('ffmpeg.failed');
        continue;
      }
      const data = await ff.probe(file);
      expect(data.format?.format_name, name).toBe(direct.format['format_name']);
      expect(data.format?.duration ?? null, name).toBe(num(direct.format['duration']));
      expect(data.format?.bit_rate ?? null, name).toBe(num(direct.format['bit_rate']));
      expect(data.format?.tags?.['major_brand'], name).toBe(direct.format.tags?.['major_brand']);
      expect(data.streams.length, name).toBe(direct.streams.length);
      direct.streams.forEach((stream, i) => {
        const ours = data.streams[i];
        expect(ours?.codec_type, name).toBe(stream['codec_type']);
        expect(ours?.codec_name, name).toBe(stream['codec_name']);
        for (const key of ['sample_rate', 'channels', 'bits_per_sample', 'duration', 'bit_rate'] as const) {
          expect(ours?.[key] ?? null, `${name} ${key}`).toBe(num(stream[key]));
        }
      });
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(15);
    expect(ffprobe).toHaveBeenCalledTimes(files.length);
  });

  it('rejects a probe with cancelled as soon as its signal aborts', async () => {
    const controller = new AbortController();
    const probe = ff.probe(join(fixtures, 'speech-es.flac'), { signal: controller.signal });
    controller.abort();
    expect(await codeOf(probe)).toBe('cancelled');
  });

  it('decodes to null through FfmpegCommand.run, reporting fractions and the decoded length', async () => {
    const run = vi.spyOn(fluent, 'run');
    const file = join(fixtures, 'tone-1k.wav');
    const declared = (await ff.probe(file)).format?.duration ?? 0;
    const fractions: number[] = [];
    // -re decodes in real time, so ffmpeg reports progress every 0.5 s of the 2 s file.
    const result = await ff.runFfmpeg(['-v', 'error', '-re', '-i', file, '-map', '0:a:0', '-f', 'null', '-'], {
      durationSec: declared,
      onProgress: (f) => fractions.push(f),
    });
    expect(run).toHaveBeenCalledTimes(1);
    expect(result.outTimeSec).toBeCloseTo(2, 1);
    expect(result.stderr).toEqual([]);
    const partial = fractions.filter((f) => f > 0 && f < 1);
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    // The logged line is what was spawned: our global options first, fluent's -y before the output options.
    expect(runFor('tone-1k.wav')?.command).toBe(
      `${ff.paths.ffmpeg} -nostdin -hide_banner -nostats -progress pipe:1 -v error -re -i ${file} -y -map 0:a:0 -f null -`,
    );
  });

  it('cancels a 10-minute run quickly and leaves no ffmpeg process behind', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const run = ff.runFfmpeg(['-v', 'error', '-re', '-i', long, '-map', '0:a:0', '-c:a', 'flac', '-f', 'null', '-'], {
      signal: controller.signal,
      durationSec: 600,
      onProgress: (f) => {
        if (f > 0 && abortedAt === 0) {
          abortedAt = Date.now();
          controller.abort();
        }
      },
    });
    expect(await codeOf(run)).toBe('cancelled');
    expect(abortedAt).toBeGreaterThan(0);
    expect(Date.now() - abortedAt).toBeLessThan(2000);
    const pid = runFor('-c:a flac -f null')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(alive(pid ?? 0)).toBe(false);
  });

  it('kills a run aborted before fluent-ffmpeg has spawned it', async () => {
    const controller = new AbortController();
    const run = ff.runFfmpeg(['-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=f=555:d=60', '-f', 'null', '-'], { signal: controller.signal });
    controller.abort(); // fluent prepares asynchronously: no process exists yet
    const started = Date.now();
    expect(await codeOf(run)).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(2000);
    const pid = runFor('sine=f=555')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(alive(pid ?? 0)).toBe(false);
  });

  it('gives ffmpeg.missing for a bad binary path, after fluent has cached capabilities, without crashing', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(dir, 'gone', 'ffmpeg'), ffprobe: join(dir, 'gone', 'ffprobe') } });
    const args = ['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=0.2', '-f', 'null', '-'];
    // The good adapter runs first, so fluent's process-wide formats/encoders cache is warm and
    // fluent's run() reaches its own spawn (where 2.1.3 throws from the child's 'error' listener).
    await ff.runFfmpeg(args);
    expect(await codeOf(broken.runFfmpeg(args))).toBe('ffmpeg.missing');
    expect(await codeOf(broken.probe(join(fixtures, 'tone-1k.wav')))).toBe('ffmpeg.missing');
    expect(await codeOf(broken.hasEncoder('flac'))).toBe('ffmpeg.missing');
  });

  it('keeps two adapters with different binaries apart when they run at once', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(dir, 'gone', 'ffmpeg'), ffprobe: join(dir, 'gone', 'ffprobe') } });
    const args = ['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=0.2', '-f', 'null', '-'];
    const tone = join(fixtures, 'tone-1k.wav');
    const codes = await Promise.all([
      codeOf(broken.runFfmpeg(args)),
      codeOf(ff.runFfmpeg(args)),
      codeOf(broken.runFfmpeg(args)),
      codeOf(ff.probe(tone)),
      codeOf(broken.probe(tone)),
      codeOf(ff.runFfmpeg(args)),
    ]);
    expect(codes).toEqual(['ffmpeg.missing', 'resolved', 'ffmpeg.missing', 'resolved', 'ffmpeg.missing', 'resolved']);
  });

  it('passes option values with spaces through fluent-ffmpeg intact', async () => {
    const out = join(dir, 'tagged.flac');
    await ff.runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=0.2', '-metadata', 'title=Hola mundo', '-c:a', 'flac', out]);
    expect((await ff.probe(out)).format?.tags?.['title']).toBe('Hola mundo');
  });

  it('rejects an argv with no output as ffmpeg.failed without spawning', async () => {
    const run = vi.spyOn(fluent, 'run');
    const error = await errorOf(ff.runFfmpeg(['-v', 'error', '-i', join(fixtures, 'tone-1k.wav')]));
    expect(error.code).toBe('ffmpeg.failed');
    expect(run).not.toHaveBeenCalled();
  });
});
