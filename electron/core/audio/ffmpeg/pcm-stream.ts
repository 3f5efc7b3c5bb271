import { Writable } from 'node:stream';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { FfmpegAdapter, ProbeData, RunResult } from './ffmpeg-adapter.ts';

/*
 * One decode of a file to 32-bit float PCM on ffmpeg's stdout (`-f f32le … pipe:1`), handed to the
 * caller in whole frames (a pipe splits anywhere). Memory stays constant: the sink acknowledges each
 * chunk only after the consumer has run, so ffmpeg waits for us (pipe backpressure).
 */

export interface PcmFormat {
  sampleRate: number;
  channels: number;
}

export interface DecodeOptions {
  signal?: AbortSignal | undefined;
  /** Declared length, for progress. */
  durationSec?: number | null | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

/** 'auto': plain PCM WAV read directly (analyze-audio.ts), the rest through ffmpeg; 'ffmpeg': always ffmpeg (tests, benchmarks compare the two). */
export type AnalysisDecoder = 'auto' | 'ffmpeg';

/** Keeps 44.1/48 kHz and mono/stereo as they are (what loudnorm measures); anything else → 48 kHz stereo. */
export function pcmFormatFor(probe: ProbeData): PcmFormat {
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  if (!audio) throw new UserFacingError('import.no_audio_stream', 'No audio stream', {});
  const rate = audio.sample_rate ?? 48000;
  const channels = audio.channels ?? 2;
  return { sampleRate: rate === 44100 || rate === 48000 ? rate : 48000, channels: channels === 1 ? 1 : 2 };
}

const EMPTY = Buffer.alloc(0);

export class FrameSink extends Writable {
  readonly #frameBytes: number;
  #carry: Buffer = EMPTY;
  /** Reused for the chunks that cannot be viewed as floats in place (odd offset, or a frame split across chunks). */
  #scratch = new Float32Array(0);
  readonly #onFrames: (samples: Float32Array) => void;
  bytes = 0;
  onBytes: ((bytes: number) => void) | null = null;

  /** `onFrames` must not keep `samples` past the call: they may be a view on the pipe's buffer or reused. */
  constructor(channels: number, onFrames: (samples: Float32Array) => void) {
    // emitClose: fluent-ffmpeg takes an output stream's 'close' before the child's exit as a failure.
    super({ emitClose: false, highWaterMark: 1 << 20 });
    this.#frameBytes = channels * 4;
    this.#onFrames = onFrames;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.bytes += chunk.length;
      const data = this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk;
      const usable = data.length - (data.length % this.#frameBytes);
      if (usable > 0) this.#onFrames(this.#floats(data, usable));
      this.#carry = usable < data.length ? Buffer.from(data.subarray(usable)) : EMPTY;
      this.onBytes?.(this.bytes);
      done();
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The first `usable` bytes as floats: in place when aligned (a fresh array per pipe chunk cost ~0.1 s per 10 minutes). */
  #floats(data: Buffer, usable: number): Float32Array {
    if (data.byteOffset % 4 === 0) return new Float32Array(data.buffer, data.byteOffset, usable / 4);
    if (this.#scratch.length < usable / 4) this.#scratch = new Float32Array(usable / 4);
    new Uint8Array(this.#scratch.buffer, 0, usable).set(data.subarray(0, usable));
    return this.#scratch.subarray(0, usable / 4);
  }
}

/** Decodes the first audio stream of `file` and feeds interleaved Float32 frames to `onFrames`. */
export async function decodePcm(
  adapter: FfmpegAdapter,
  file: string,
  format: PcmFormat,
  onFrames: (samples: Float32Array) => void,
  options: DecodeOptions = {},
): Promise<RunResult & { frames: number }> {
  const sink = new FrameSink(format.channels, onFrames);
  const expected = options.durationSec && options.durationSec > 0 ? options.durationSec * format.sampleRate * format.channels * 4 : 0;
  let lastReport = 0;
  sink.onBytes = (bytes) => {
    if (expected <= 0 || !options.onProgress || bytes - lastReport < expected / 100) return;
    lastReport = bytes;
    options.onProgress(Math.min(1, bytes / expected));
  };
  // -flush_packets 0: write the pipe in full 32 KiB buffers, not one small write per decoded frame
  // (a third of the wake-ups; the pipe, not the meter, is what an MP3 analysis waits for).
  const args = ['-v', 'error', '-i', file, '-map', '0:a:0', '-vn', '-sn', '-dn', '-ac', String(format.channels), '-ar', String(format.sampleRate), '-c:a', 'pcm_f32le', '-flush_packets', '0', '-f', 'f32le', 'pipe:1'];
  const result = await adapter.runFfmpeg(args, { signal: options.signal, stdout: sink });
  return { ...result, frames: sink.bytes / (format.channels * 4) };
}
