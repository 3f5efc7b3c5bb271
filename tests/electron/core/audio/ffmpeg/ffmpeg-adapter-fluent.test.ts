import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ffmpeg, { type FfmpegCommand } from 'fluent-ffmpeg';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import type { Logger } from '../../../../../electron/core/logger.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { codeOf, errorOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// The adapter as built on fluent-ffmpeg: the same probe values as ffprobe's JSON, progress through
// FfmpegCommand.run, no process left behind on cancel, and adapters with different binaries kept apart.

const scratch = useTempDir('cabina-ffmpeg-fluent-', 'all');
let fixtures: string;

beforeAll(async () => {
  fixtures = await makeFixtures();
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
    long = join(scratch.path, 'ten-minutes.wav');
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
    let aborted = false;
    const run = ff.runFfmpeg(['-v', 'error', '-re', '-i', long, '-map', '0:a:0', '-c:a', 'flac', '-f', 'null', '-'], {
      signal: controller.signal,
      durationSec: 600,
      onProgress: (f) => {
        if (f > 0 && !aborted) {
          aborted = true;
          controller.abort();
        }
      },
    });
    expect(await codeOf(run)).toBe('cancelled');
    // Aborted once it had started; a 10-minute real-time run settling within the test's timeout shows it was killed.
    expect(aborted).toBe(true);
    const pid = runFor('-c:a flac -f null')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(alive(pid ?? 0)).toBe(false);
  });

  it('kills a run aborted before fluent-ffmpeg has spawned it', async () => {
    const controller = new AbortController();
    const run = ff.runFfmpeg(['-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=f=555:d=60', '-f', 'null', '-'], { signal: controller.signal });
    controller.abort(); // fluent prepares asynchronously: no process exists yet
    expect(await codeOf(run)).toBe('cancelled');
    const pid = runFor('sine=f=555')?.pid;
    expect(pid).toBeTypeOf('number');
    expect(alive(pid ?? 0)).toBe(false);
  });

  it('gives ffmpeg.missing for a bad binary path, after fluent has cached capabilities, without crashing', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(scratch.path, 'gone', 'ffmpeg'), ffprobe: join(scratch.path, 'gone', 'ffprobe') } });
    const args = ['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=0.2', '-f', 'null', '-'];
    // The good adapter runs first, so fluent's process-wide formats/encoders cache is warm and
    // fluent's run() reaches its own spawn (where 2.1.3 throws from the child's 'error' listener).
    await ff.runFfmpeg(args);
    expect(await codeOf(broken.runFfmpeg(args))).toBe('ffmpeg.missing');
    expect(await codeOf(broken.probe(join(fixtures, 'tone-1k.wav')))).toBe('ffmpeg.missing');
    expect(await codeOf(broken.hasEncoder('flac'))).toBe('ffmpeg.missing');
  });

  it('keeps two adapters with different binaries apart when they run at once', async () => {
    const broken = createFfmpegAdapter({ paths: { ffmpeg: join(scratch.path, 'gone', 'ffmpeg'), ffprobe: join(scratch.path, 'gone', 'ffprobe') } });
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
    const out = join(scratch.path, 'tagged.flac');
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
