import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../../../../../electron/core/audio/edit/edit-list.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { renderTimeline, type RenderFormat } from '../../../../../electron/core/audio/edit/render.ts';
import { codeOf } from '../../support/errors.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Issue #11 "cancelling kills ffmpeg and removes every temporary file": a real render of two minutes
// of speech, aborted from its own progress callback while the ffmpeg of one stage runs — the edit
// pass, the normalize search, the codec's encode — rejects as cancelled, leaves no ffmpeg and no
// `.edit.wav`, `.level.wav`, `.part`, `.best` or `.bwf` beside the output.

const scratch = useTempDir('cabina-render-cancel-', 'all');
const adapter = createFfmpegAdapter();
let original: string;

beforeAll(() => {
  const one = path.join(scratch.path, 'one.wav');
  original = path.join(scratch.path, 'entrevista.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', one, 'Pida su contrato por escrito antes de migrar. Nadie puede quedarse con sus documentos.']);
  execFileSync('sox', ['-D', one, '-r', '48000', '-c', '2', original, 'repeat', '20']);
});

/** ffmpeg processes whose command line names this test's folder (Linux /proc). */
function ffmpegChildrenIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('ffmpeg') && cmdline.includes(dir);
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}

describe('a cancelled render', () => {
  it.each([
    ['the edit pass', 'opus', '-filter_complex'],
    ['the normalize search', 'opus', 'volume='],
    ['the normalize search', 'master', 'volume='],
    ['the encode', 'mp3', 'libmp3lame'],
  ] as const)('cancelled during %s (%s): cancelled, no ffmpeg left, no temporary file', async (stage, format: RenderFormat, marker) => {
    const dir = path.join(scratch.path, `renders-${format}-${stage.replace(/\W/g, '')}`);
    mkdirSync(dir);
    const duration = Number(execFileSync('soxi', ['-D', original]).toString());
    const timeline = { ...resolve([{ type: 'fadeIn', durationSec: 0.5 }], duration), normalize: { targetLufs: -16, ceilingDbtp: -1.5 } };
    const controller = new AbortController();
    // Cancelled when the stage's ffmpeg is started (an event), not when a poll of /proc happens to
    // catch it: a short pass on a loaded machine can end between two progress reports.
    let stageStarted = false;
    const watching: FfmpegAdapter = {
      ...adapter,
      runFfmpeg: (args, options) => {
        const run = adapter.runFfmpeg(args, options);
        if (!controller.signal.aborted && args.join(' ').includes(marker)) {
          stageStarted = true;
          setImmediate(() => controller.abort());
        }
        return run;
      },
    };
    const rendering = renderTimeline(watching, {
      originalPath: original,
      assetPaths: new Map(),
      timeline,
      format,
      out: path.join(dir, `salida.${format === 'master' ? 'wav' : format}`),
      metadata: { title: 'Entrevista', producer: 'Radio', languageCode: 'spa', validFrom: null, validUntil: null, segmentId: 's', versionId: 'v', description: '' },
      now: new Date('2026-11-29T12:00:00Z'),
      appVersion: 'test',
      signal: controller.signal,
    });
    expect(await codeOf(rendering)).toBe('cancelled');
    expect(stageStarted).toBe(true);
    expect(ffmpegChildrenIn(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});
