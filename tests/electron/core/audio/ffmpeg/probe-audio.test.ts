import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../shared/api/errors.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { checkDeclaredSizes, probeAudio } from '../../../../../electron/core/audio/ffmpeg/probe-audio.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { BAD_AUDIO_FIXTURES } from '../../support/bad-audio.ts';

let fixtures: string;
let adapter: FfmpegAdapter;
const signal = new AbortController().signal;

beforeAll(async () => {
  fixtures = await makeFixtures();
  adapter = createFfmpegAdapter({});
});

const good = [
  { file: 'speech-es-16.wav', ext: 'wav', codec: 'pcm_s16le', sampleRate: 48000, channels: 1, bits: 16 },
  { file: 'speech-es-24.wav', ext: 'wav', codec: 'pcm_s24le', sampleRate: 44100, channels: 2, bits: 24 },
  { file: 'speech-es-float.wav', ext: 'wav', codec: 'pcm_f32le', sampleRate: 48000, channels: 1, bits: 32 },
  { file: 'speech-es.mp3', ext: 'mp3', codec: 'mp3', sampleRate: 44100, channels: 1, bits: null },
  { file: 'speech-es.m4a', ext: 'm4a', codec: 'aac', sampleRate: 44100, channels: 1, bits: null },
  { file: 'speech-es.ogg', ext: 'opus', codec: 'opus', sampleRate: 48000, channels: 1, bits: null },
  { file: 'speech-es.opus', ext: 'opus', codec: 'opus', sampleRate: 48000, channels: 1, bits: null },
  { file: 'speech-es.amr', ext: 'amr', codec: 'amr_nb', sampleRate: 8000, channels: 1, bits: null },
  { file: 'speech-es.flac', ext: 'flac', codec: 'flac', sampleRate: 22050, channels: 1, bits: 16 },
];

describe('probeAudio on good files', () => {
  it.each(good)('$file → $ext / $codec', async ({ file, ext, codec, sampleRate, channels, bits }) => {
    const fractions: number[] = [];
    const result = await probeAudio(join(fixtures, file), adapter, signal, (f) => fractions.push(f));
    expect(result.containerExt).toBe(ext);
    expect(result.format).toMatchObject({ codec, sampleRate, channels, bitsPerSample: bits });
    expect(result.format.bitRate).toBeGreaterThan(0);
    // espeak-ng says the sentence in about 3.8 s.
    expect(result.durationSec).toBeGreaterThan(3.5);
    expect(result.durationSec).toBeLessThan(4.2);
    expect(fractions.at(-1)).toBe(1);
  });

  it('measures a sox tone exactly', async () => {
    const result = await probeAudio(join(fixtures, 'tone-1k.wav'), adapter, signal);
    expect(result.durationSec).toBeCloseTo(2, 3);
  });

  it('uses the content, not the file name, for the container', async () => {
    // speech-es.ogg holds Opus: stored as .opus whatever the user called it.
    expect((await probeAudio(join(fixtures, 'speech-es.ogg'), adapter, signal)).format.container).toBe('ogg');
  });
});

async function codeOf(file: string): Promise<string> {
  try {
    await probeAudio(join(fixtures, file), adapter, signal, undefined, file);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    expect(error.details?.['name']).toBe(file);
    return error.code;
  }
}

describe('probeAudio on bad files (issue #2 "Bad input")', () => {
  it.each(BAD_AUDIO_FIXTURES)('%s → %s', async (file, code) => {
    expect(await codeOf(file)).toBe(code);
  });

  it('honours an aborted signal', async () => {
    await expect(probeAudio(join(fixtures, 'speech-es.mp3'), adapter, AbortSignal.abort())).rejects.toMatchObject({ code: 'cancelled' });
  });
});

/*
 * Which check catches which truncation, measured on the fixtures rather than assumed. Each
 * truncation must be caught by at least one check; the table documents which, so a change of
 * ffmpeg build or of the checks shows up here.
 */
describe('truncation detection matrix', () => {
  const matrix = {
    // PCM WAV cut on a 4 KiB boundary: ffprobe takes the length from the file size, the decoder is happy.
    'truncated.wav': { ext: 'wav', structural: true, probeFails: false, shortfall: false, decoderErrors: false },
    // Float WAV has a `fact` chunk with the true sample count, so the decoded length falls short too.
    'truncated-float.wav': { ext: 'wav', structural: true, probeFails: false, shortfall: true, decoderErrors: false },
    'truncated.mp3': { ext: 'mp3', structural: false, probeFails: false, shortfall: true, decoderErrors: true },
    // Without a Xing header the length is estimated from the size: only the cut last frame shows.
    'truncated-noxing.mp3': { ext: 'mp3', structural: false, probeFails: false, shortfall: false, decoderErrors: true },
    'truncated.m4a': { ext: 'm4a', structural: true, probeFails: true, shortfall: false, decoderErrors: false },
    'truncated-faststart.m4a': { ext: 'm4a', structural: true, probeFails: false, shortfall: true, decoderErrors: true },
    'truncated.flac': { ext: 'flac', structural: false, probeFails: false, shortfall: true, decoderErrors: true },
    // Ogg declares no total length and the demuxer drops the partial page silently.
    'truncated.ogg': { ext: 'opus', structural: true, probeFails: false, shortfall: false, decoderErrors: false },
    'truncated.amr': { ext: 'amr', structural: false, probeFails: false, shortfall: false, decoderErrors: true },
  } as const;

  it.each(Object.entries(matrix))('%s', async (file, expected) => {
    const path = join(fixtures, file);
    const structural = (await checkDeclaredSizes(path, (await stat(path)).size, expected.ext)) !== null;
    let probeFails = false;
    let shortfall = false;
    let decoderErrors = false;
    try {
      const data = await adapter.probe(path);
      const declared = data.streams[0]?.duration ?? data.format?.duration ?? 0;
      const run = await adapter.runFfmpeg(['-v', 'error', '-i', path, '-map', '0:a:0', '-f', 'null', '-']);
      shortfall = declared - (run.outTimeSec ?? 0) > 0.5;
      decoderErrors = run.stderr.length > 0;
    } catch {
      probeFails = true;
    }
    expect({ structural, probeFails, shortfall, decoderErrors }).toEqual({
      structural: expected.structural,
      probeFails: expected.probeFails,
      shortfall: expected.shortfall,
      decoderErrors: expected.decoderErrors,
    });
  });

  it('finds nothing wrong with the sizes of the intact fixtures', async () => {
    for (const { file, ext } of good) {
      const path = join(fixtures, file);
      expect(await checkDeclaredSizes(path, (await stat(path)).size, ext), file).toBeNull();
    }
  });
});
