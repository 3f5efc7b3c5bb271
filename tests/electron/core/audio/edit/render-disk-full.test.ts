import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../shared/api/errors.ts';
import { resolve } from '../../../../../electron/core/audio/edit/edit-list.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { renderTimeline, type RenderFormat } from '../../../../../electron/core/audio/edit/render.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Issue #3 "disk full during a render": the render fails with the translated audio.disk_full
// error and leaves nothing behind — neither the target nor any of its temporary files. ffmpeg's
// own report of a full disk ("No space left on device") is reproduced by an adapter that writes
// part of the file it was asked for, then fails the way ffmpeg does.

const scratch = useTempDir('cabina-disk-full-');
const real = createFfmpegAdapter();

/** The real ffmpeg for the first `okCalls` runs that write a file, then a full disk (analysis reads into a pipe and always runs). */
function fillsUpAfter(okCalls: number): FfmpegAdapter {
  let calls = 0;
  return {
    paths: real.paths,
    probe: (file, options) => real.probe(file, options),
    hasEncoder: (name, signal) => real.hasEncoder(name, signal),
    async runFfmpeg(args, options) {
      const target = args.at(-1) ?? '';
      if (target.startsWith('pipe:')) return real.runFfmpeg(args, options);
      calls += 1;
      if (calls <= okCalls) return real.runFfmpeg(args, options);
      writeFileSync(target, Buffer.alloc(4096)); // what ffmpeg had written when the disk filled
      throw new UserFacingError('ffmpeg.failed', 'ffmpeg failed', { detail: 'av_interleaved_write_frame(): No space left on device' });
    },
  };
}

async function renderWith(adapter: FfmpegAdapter, format: RenderFormat, normalize: boolean) {
  const original = path.join(scratch.path, 'tono.wav');
  execFileSync('sox', ['-n', '-r', '48000', '-c', '2', original, 'synth', '3', 'sine', '440', 'vol', '0.3']);
  const timeline = { ...resolve([{ type: 'cut', startSec: 1, endSec: 1.5 }], 3), normalize: normalize ? { targetLufs: -18, ceilingDbtp: -1.5 } : null };
  const out = path.join(scratch.path, 'renders', `salida.${format === 'master' ? 'wav' : format}`);
  mkdirSync(path.dirname(out), { recursive: true });
  const error = await renderTimeline(adapter, {
    originalPath: original,
    assetPaths: new Map(),
    timeline,
    format,
    out,
    metadata: { title: 'Tono', producer: 'Radio', languageCode: 'spa', validFrom: null, validUntil: null, segmentId: 's', versionId: 'v', description: '' },
    now: new Date('2026-11-29T12:00:00Z'),
    appVersion: 'test',
  }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, left: readdirSync(path.dirname(out)) };
}

describe('render on a full disk', () => {
  it.each([
    ['the edit pass', 0, 'mp3', false],
    ['the encode', 1, 'mp3', false],
    ['the normalized encode', 1, 'master', true],
  ] as const)('fills up during %s: disk.full (issue #12) with what is missing, and no file left behind', async (_stage, okCalls, format, normalize) => {
    const { error, left } = await renderWith(fillsUpAfter(okCalls), format, normalize);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('disk.full');
    expect((error as UserFacingError).details).toMatchObject({ path: expect.any(String), neededBytes: expect.any(Number), missing: expect.stringMatching(/B$/) });
    expect(left).toEqual([]);
  });

  it('renders normally with the same inputs when the disk has room (the harness is not what fails)', async () => {
    const { error, left } = await renderWith(real, 'mp3', false);
    expect(error).toBeNull();
    expect(left).toEqual(['salida.mp3']);
  });
});
