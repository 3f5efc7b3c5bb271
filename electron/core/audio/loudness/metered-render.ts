import { Writable } from 'node:stream';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { AudioAnalysis } from './analyze-audio.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import type { PcmFormat } from '../ffmpeg/pcm-stream.ts';
import { mergeSegments, SegmentAnalyzer } from './segment-analysis.ts';
import { toFloat32, type WavPcmLayout } from '../wav/wav-pcm-reader.ts';

/*
 * One gain attempt of normalize (gain-search.ts) rendered and measured in the same ffmpeg run
 * (issue #16: normalize ≥ 10× two-pass loudnorm). ffmpeg's tee muxer writes the one encoded stream
 * twice: into the WAV file and, as the bare PCM of its data chunk, to the meter on stdout. The meter
 * therefore reads exactly the bytes the file holds (the test compares it with a re-analysis of the
 * file), without a second pass that reads the file back once ffmpeg is done, and it runs on the
 * other core while ffmpeg limits and writes.
 * Only a PCM WAV output at a rate and channel count the analysis reads unchanged qualifies
 * (meteredOutput); anything else is rendered, then analysed, as before.
 */

type SampleLayout = Pick<WavPcmLayout, 'encoding' | 'bitsPerSample'>;

/** The WAV PCM codecs whose raw stream is the file's data chunk, byte for byte. */
const RAW_STREAMS: Record<string, { muxer: string; layout: SampleLayout }> = {
  pcm_s16le: { muxer: 's16le', layout: { encoding: 'int', bitsPerSample: 16 } },
  pcm_s24le: { muxer: 's24le', layout: { encoding: 'int', bitsPerSample: 24 } },
  pcm_f32le: { muxer: 'f32le', layout: { encoding: 'float', bitsPerSample: 32 } },
};

export interface MeteredOutput {
  codec: string;
  muxer: string;
  layout: SampleLayout;
  format: PcmFormat;
}

const argAfter = (args: readonly string[], flag: string) => {
  const at = args.lastIndexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};

/** The only output options a metered render takes: codec, rate, container (encoderArgs' WAV). */
const PLAIN_OPTIONS = new Set(['-c:a', '-ar', '-f']);
/** Characters the tee muxer reads as its own syntax: such a path is rendered the plain way (\ becomes /). */
const TEE_SYNTAX = /[|[\]']/;

/** How to meter an output as it is written to `out`, or null when it must be analysed from the file. */
export function meteredOutput(outputArgs: readonly string[], format: PcmFormat | undefined, out = 'out.wav'): MeteredOutput | null {
  if (!format || (format.channels !== 1 && format.channels !== 2) || (format.sampleRate !== 44100 && format.sampleRate !== 48000)) return null;
  if (outputArgs.length % 2 !== 0 || outputArgs.some((arg, i) => i % 2 === 0 && !PLAIN_OPTIONS.has(arg))) return null;
  const codec = argAfter(outputArgs, '-c:a') ?? '';
  const raw = RAW_STREAMS[codec];
  if (!raw || argAfter(outputArgs, '-f') !== 'wav' || TEE_SYNTAX.test(out)) return null;
  // Another rate would be resampled after the meter's copy: not what the file holds.
  const rate = argAfter(outputArgs, '-ar');
  if (rate !== undefined && Number(rate) !== format.sampleRate) return null;
  return { codec, muxer: raw.muxer, layout: raw.layout, format };
}

/** Whole frames of raw PCM from a pipe (split anywhere) as floats, each chunk handed on before the next is taken. */
class RawFrameSink extends Writable {
  readonly #frameBytes: number;
  readonly #layout: SampleLayout;
  readonly #onFrames: (samples: Float32Array) => void;
  /**
   * The bytes not yet handed on (a frame split by the pipe), then the next chunk, copied in: one copy
   * per chunk into an aligned buffer that is reused. Concatenating per chunk (6-byte frames never
   * fill a 64 KiB pipe chunk evenly) made the metered render slower than render plus re-read.
   */
  #staging = Buffer.alloc(0);
  #pending = 0;
  #floats = new Float32Array(0);
  bytes = 0;
  onBytes: ((bytes: number) => void) | null = null;

  constructor(channels: number, layout: SampleLayout, onFrames: (samples: Float32Array) => void) {
    // emitClose: fluent-ffmpeg takes an output stream's 'close' before the child's exit as a failure.
    super({ emitClose: false, highWaterMark: 1 << 20 });
    this.#frameBytes = channels * (layout.bitsPerSample / 8);
    this.#layout = layout;
    this.#onFrames = onFrames;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    try {
      this.bytes += chunk.length;
      const total = this.#pending + chunk.length;
      if (this.#staging.length < total) {
        const grown = Buffer.allocUnsafeSlow(Math.max(total, 1 << 17));
        this.#staging.copy(grown, 0, 0, this.#pending);
        this.#staging = grown;
      }
      chunk.copy(this.#staging, this.#pending);
      const usable = total - (total % this.#frameBytes);
      if (usable > 0) this.#onFrames(this.#toFloats(this.#staging.subarray(0, usable)));
      this.#staging.copyWithin(0, usable, total);
      this.#pending = total - usable;
      this.onBytes?.(this.bytes);
      done();
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The staging buffer starts a fresh allocation: aligned for every sample type. */
  #toFloats(raw: Buffer): Float32Array {
    const count = raw.length / (this.#layout.bitsPerSample / 8);
    if (this.#layout.encoding === 'int' && this.#floats.length < count) this.#floats = new Float32Array(count);
    return toFloat32(raw, this.#layout, this.#floats);
  }
}

export interface MeteredRender {
  input: string;
  /** The -af chain of the attempt (levelFilters). */
  filters: string;
  outputArgs: readonly string[];
  out: string;
  output: MeteredOutput;
  durationSec: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

/** Renders `filters` of `input` into `out` and returns the analysis of what was written. */
export async function renderMetered(adapter: FfmpegAdapter, r: MeteredRender): Promise<AudioAnalysis> {
  const { format, layout, codec, muxer } = r.output;
  const analyzer = new SegmentAnalyzer(format.sampleRate, format.channels, 0);
  const sink = new RawFrameSink(format.channels, layout, (samples) => analyzer.push(samples));
  const expected = r.durationSec * format.sampleRate * format.channels * (layout.bitsPerSample / 8);
  let lastReport = 0;
  sink.onBytes = (bytes) => {
    if (expected <= 0 || !r.onProgress || bytes - lastReport < expected / 100) return;
    lastReport = bytes;
    r.onProgress(Math.min(1, bytes / expected));
  };
  // file: so that a drive letter (C:/…) is not read as a protocol; ffmpeg takes / on Windows too.
  const slaves = `[f=wav]file:${r.out.replaceAll('\\', '/')}|[f=${muxer}]pipe:1`;
  const codecOnly = r.outputArgs.filter((_, i, all) => all[i - (i % 2)] === '-c:a');
  await adapter.runFfmpeg(['-v', 'error', '-i', r.input, '-map', '0:a:0', '-vn', '-af', r.filters, ...codecOnly, '-ar', String(format.sampleRate), '-f', 'tee', slaves], {
    signal: r.signal,
    stdout: sink,
  });
  const measured = mergeSegments([analyzer.result()], format.sampleRate);
  if (measured.frames === 0) throw new UserFacingError('import.truncated', 'No audio could be decoded', { name: r.out, reason: 'no samples' });
  return {
    durationSec: measured.frames / format.sampleRate,
    sampleRate: format.sampleRate,
    channels: format.channels,
    codec,
    ...measured.loudness,
  };
}
