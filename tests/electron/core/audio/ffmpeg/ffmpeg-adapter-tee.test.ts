import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../../shared/api/errors.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// A `-f tee` run with a stdout slave: one encode into a file and into the caller's stream.

const scratch = useTempDir('cabina-tee-');
const adapter = createFfmpegAdapter();
const tone = ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=3'];

describe('runFfmpeg with a tee to stdout', () => {
  it('writes the file and streams the same bytes, and ends only after the stream took the last one', async () => {
    const out = join(scratch.path, 'tone.wav');
    const chunks: Buffer[] = [];
    let finishedBeforeEnd = false;
    const sink = new Writable({
      highWaterMark: 1 << 14,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        // A slow consumer: backpressure holds ffmpeg, the run waits for us.
        setImmediate(done);
      },
    });
    sink.on('finish', () => (finishedBeforeEnd = true));
    await adapter.runFfmpeg(['-v', 'error', ...tone, '-map', '0:a:0', '-c:a', 'pcm_s16le', '-f', 'tee', `[f=wav]file:${out}|[f=s16le]pipe:1`], { stdout: sink });
    expect(finishedBeforeEnd).toBe(true);
    const file = await readFile(out);
    const streamed = Buffer.concat(chunks);
    expect(streamed.length).toBe(3 * 48000 * 2);
    expect(file.subarray(file.length - streamed.length).equals(streamed)).toBe(true);
  });

  it('stops ffmpeg and reports the stream\'s own error when the consumer fails', async () => {
    const out = join(scratch.path, 'failed.wav');
    const sink = new Writable({
      write(_chunk, _encoding, done) {
        done(new UserFacingError('import.unreadable', 'consumer gave up', { name: out, reason: 'test' }));
      },
    });
    const run = adapter.runFfmpeg(['-v', 'error', '-re', ...tone, '-map', '0:a:0', '-c:a', 'pcm_s16le', '-f', 'tee', `[f=wav]file:${out}|[f=s16le]pipe:1`], { stdout: sink });
    await expect(run).rejects.toMatchObject({ code: 'import.unreadable' });
  });

  it('still refuses a stream with a file target that does not tee to stdout', async () => {
    const sink = new Writable({ write: (_c, _e, done) => done() });
    await expect(adapter.runFfmpeg(['-v', 'error', ...tone, '-f', 'wav', join(scratch.path, 'x.wav')], { stdout: sink })).rejects.toMatchObject({ code: 'ffmpeg.failed' });
  });
});
