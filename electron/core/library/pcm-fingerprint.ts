import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FfmpegAdapter } from '../audio/ffmpeg/ffmpeg-adapter.ts';

/*
 * Issue #11 item 10: the same recording reaches a station twice in different wrappers (a WhatsApp
 * note saved as .ogg and as .opus, re-muxed with `-c copy`), so the bytes differ while the sound does
 * not. Hashing the decoded audio instead catches that. Mono 16 kHz s16le: the codec's own decode is
 * deterministic, and a fixed small format makes the hash independent of the container and keeps the
 * extra decode cheap (speech needs nothing above 8 kHz to be "the same recording").
 */
export const PCM_FINGERPRINT_ARGS = ['-ac', '1', '-ar', '16000', '-f', 's16le'] as const;

class HashSink extends Writable {
  readonly hash = createHash('sha256');
  bytes = 0;
  readonly #onBytes: (bytes: number) => void;

  constructor(onBytes: (bytes: number) => void) {
    // emitClose: fluent-ffmpeg takes an output stream's 'close' before the child's exit as a failure.
    super({ emitClose: false, highWaterMark: 1 << 20 });
    this.#onBytes = onBytes;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    this.#onBytes(this.bytes);
    done();
  }
}

/** sha256 (hex) of the first audio stream decoded to mono 16 kHz s16le; null when nothing decodes. */
export async function pcmFingerprint(
  adapter: FfmpegAdapter,
  file: string,
  options: { signal: AbortSignal; durationSec: number; onProgress?: ((fraction: number) => void) | undefined },
): Promise<string | null> {
  // Progress comes from bytes: with a stdout stream the adapter leaves `-progress` out.
  const expected = Math.max(1, options.durationSec * 16000 * 2);
  const sink = new HashSink((bytes) => options.onProgress?.(Math.min(1, bytes / expected)));
  await adapter.runFfmpeg(['-v', 'error', '-i', file, '-map', '0:a:0', '-vn', '-map_metadata', '-1', ...PCM_FINGERPRINT_ARGS, 'pipe:1'], {
    signal: options.signal,
    stdout: sink,
  });
  return sink.bytes > 0 ? sink.hash.digest('hex') : null;
}
