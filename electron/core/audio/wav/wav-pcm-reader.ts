import { open, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
// Not errors.ts or ffmpeg-support.ts: this module runs in analysis worker threads, which should not load zod.
import { cancelled, UserFacingError } from '../../../../shared/api/user-facing-error.ts';
import type { DecodeOptions } from '../ffmpeg/pcm-stream.ts';
import { fileChunks, readAt, riffForm } from './riff-walk.ts';

/*
 * Plain PCM WAV read straight from the file, for analysis (issue #3: analysis ≤ 2× a bare decode).
 * Shipping 32-bit floats through ffmpeg's stdout pipe cost more than the whole meter on this class
 * of machine, and a PCM WAV needs no decoding: only the int → float scaling ffmpeg's swresample does
 * (x / 2^15, 2^23, 2^31, rounded once to float), so the samples are bit-identical to its f32le output.
 * Only what ffmpeg would pass through unchanged is taken here (44.1/48 kHz, mono/stereo, see
 * pcmFormatFor); everything else returns null and goes through ffmpeg as before.
 */

export interface WavPcmLayout {
  encoding: 'int' | 'float';
  bitsPerSample: 16 | 24 | 32;
  channels: number;
  sampleRate: number;
  /** Bytes per frame (all channels). */
  blockAlign: number;
  /** Where the samples start in the file. */
  dataOffset: number;
  /** Whole frames' bytes that exist: the declared size clamped to the file (a cut-short WAV, DESIGN.md §10). */
  dataBytes: number;
}

/** 1 MiB reads: large enough that syscalls do not matter, small enough to keep memory flat. */
const READ_BYTES = 1 << 20;
/**
 * What the consumer gets at a time: 128 KiB of file (256 KiB of floats for 16-bit) stays in the CPU's
 * L2 cache from the int → float scaling through the meters; whole 1 MiB chunks did not, and cost
 * ~15 % more on a 10-minute file.
 */
const HAND_BYTES = 1 << 17;
/** A header walk that never finds `data` (or a file of tiny chunks) is left to ffmpeg. */
const MAX_CHUNKS = 256;
const MAX_FMT_BYTES = 4096;
/** KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT = {0000000X-0000-0010-8000-00aa00389b71}, bytes 2..15. */
const SUBTYPE_TAIL = '000000001000800000aa00389b71';
const WAVE_FORMAT_PCM = 1;
const WAVE_FORMAT_IEEE_FLOAT = 3;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;
/** Channel masks ffmpeg maps to the layout `-ac 1/2` asks for (anything else might be remixed). */
const DEFAULT_MASK: Record<number, number> = { 1: 0x4, 2: 0x3 };

type Fmt = Omit<WavPcmLayout, 'dataOffset' | 'dataBytes'>;

function parseFmt(fmt: Buffer): Fmt | null {
  if (fmt.length < 16) return null;
  let tag = fmt.readUInt16LE(0);
  const channels = fmt.readUInt16LE(2);
  const sampleRate = fmt.readUInt32LE(4);
  const blockAlign = fmt.readUInt16LE(12);
  const bits = fmt.readUInt16LE(14);
  if (tag === WAVE_FORMAT_EXTENSIBLE) {
    if (fmt.length < 40 || fmt.toString('hex', 26, 40) !== SUBTYPE_TAIL) return null;
    const mask = fmt.readUInt32LE(20);
    if (mask !== 0 && mask !== DEFAULT_MASK[channels]) return null;
    tag = fmt.readUInt16LE(24);
  }
  if (channels !== 1 && channels !== 2) return null;
  if (sampleRate !== 44100 && sampleRate !== 48000) return null;
  if (blockAlign !== channels * (bits / 8)) return null;
  if (tag === WAVE_FORMAT_PCM && (bits === 16 || bits === 24 || bits === 32)) return { encoding: 'int', bitsPerSample: bits, channels, sampleRate, blockAlign };
  if (tag === WAVE_FORMAT_IEEE_FLOAT && bits === 32) return { encoding: 'float', bitsPerSample: 32, channels, sampleRate, blockAlign };
  return null;
}

/**
 * Walks the RIFF (or RF64/BW64) chunks up to `data`, skipping LIST/bext/cart/… and odd-size padding.
 * Sizes follow ffmpeg's wav demuxer: a data size of 0 or 0xFFFFFFFF (streaming writers) reads to the
 * end, and RF64 takes the size from `ds64`.
 */
async function walkChunks(fh: FileHandle, fileSize: number): Promise<WavPcmLayout | null> {
  const kind = await riffForm(fh);
  if (!kind) return null;
  let ds64DataSize: number | null = null;
  let fmt: Fmt | null = null;
  for await (const { id, body, size } of fileChunks(fh, fileSize, MAX_CHUNKS)) {
    if (id === 'ds64' && kind !== 'RIFF') {
      const ds64 = await readAt(fh, body, 16);
      if (ds64.length < 16) return null;
      ds64DataSize = ds64.readUInt32LE(8) + ds64.readUInt32LE(12) * 2 ** 32;
    } else if (id === 'fmt ') {
      if (size < 16 || size > MAX_FMT_BYTES) return null;
      fmt = parseFmt(await readAt(fh, body, size));
      if (!fmt) return null;
    } else if (id === 'data') {
      if (!fmt) return null; // ffmpeg refuses data before fmt: let it say so
      let declared = size === 0 || size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      if (kind !== 'RIFF') {
        if (ds64DataSize === null) return null;
        declared = ds64DataSize;
      }
      const present = Math.min(declared, fileSize - body);
      return { ...fmt, dataOffset: body, dataBytes: present - (present % fmt.blockAlign) };
    }
  }
  return null;
}

/** The layout of `file` when it is a WAV this reader takes; null for anything (or any error) else. */
export async function readWavPcmLayout(file: string): Promise<WavPcmLayout | null> {
  // Typed-array views below read the host's byte order; WAV is little-endian.
  if (endianness() !== 'LE') return null;
  let fh: FileHandle | undefined;
  try {
    fh = await open(file, 'r');
    const { size } = await fh.stat();
    return await walkChunks(fh, size);
  } catch {
    return null;
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** ffprobe's codec name for what this reader takes. */
export function wavCodecName(layout: Pick<WavPcmLayout, 'encoding' | 'bitsPerSample'>): string {
  return layout.encoding === 'float' ? 'pcm_f32le' : `pcm_s${layout.bitsPerSample}le`;
}

/**
 * Interleaved floats from whole frames of raw WAV bytes. A float WAV's floats are used in place; ints
 * are scaled into `into` when given (reused between chunks: fresh memory costs page faults here).
 */
export function toFloat32(raw: Buffer, layout: Pick<WavPcmLayout, 'encoding' | 'bitsPerSample'>, into?: Float32Array): Float32Array {
  // Typed-array views need an aligned start; our reads always are, a caller's slice may not be.
  let bytes = raw;
  if (raw.byteOffset % 4 !== 0) {
    bytes = Buffer.allocUnsafeSlow(raw.length);
    raw.copy(bytes);
  }
  const { buffer, byteOffset, length } = bytes;
  if (layout.encoding === 'float') return new Float32Array(buffer, byteOffset, length / 4);
  const count = length / (layout.bitsPerSample / 8);
  const out = into && into.length >= count ? into.subarray(0, count) : new Float32Array(count);
  if (layout.bitsPerSample === 16) {
    const src = new Int16Array(buffer, byteOffset, count);
    for (let i = 0; i < count; i += 1) out[i] = (src[i] as number) * 2 ** -15;
  } else if (layout.bitsPerSample === 32) {
    // Double division then one rounding to float: what swresample's (float)int32 * 2^-31 gives.
    const src = new Int32Array(buffer, byteOffset, count);
    for (let i = 0; i < count; i += 1) out[i] = (src[i] as number) * 2 ** -31;
  } else {
    for (let i = 0, j = 0; i < count; i += 1, j += 3) {
      // Little-endian 24-bit, sign-extended by placing it in the top of an int32.
      const v = (((bytes[j] as number) << 8) | ((bytes[j + 1] as number) << 16) | ((bytes[j + 2] as number) << 24)) >> 8;
      out[i] = v * 2 ** -23;
    }
  }
  return out;
}

function unreadable(file: string, error: unknown): UserFacingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  return new UserFacingError('import.unreadable', `Cannot read ${file}: ${code}`, { name: file, reason: code });
}

/**
 * Feeds the samples of `layout`'s data chunk to `onFrames` in pieces of whole frames (≤ 128 KiB of
 * file, see HAND_BYTES) cut from 1 MiB reads. The next read is already in flight (into the other of
 * two buffers) while the consumer works on the current one. Buffers are reused, so `samples` is valid only during the call: copy what you keep. Stops
 * early, without error, if the file turns out shorter than it was.
 */
export async function readWavPcm(
  file: string,
  layout: WavPcmLayout,
  onFrames: (samples: Float32Array) => void,
  options: Omit<DecodeOptions, 'durationSec'> = {},
): Promise<{ frames: number }> {
  if (options.signal?.aborted) throw cancelled();
  const step = Math.max(layout.blockAlign, READ_BYTES - (READ_BYTES % layout.blockAlign));
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (error) {
    throw unreadable(file, error);
  }
  let buffer = Buffer.allocUnsafeSlow(step);
  let spare = Buffer.allocUnsafeSlow(step);
  // Whole frames, and a multiple of 4 bytes so that every piece can be viewed as floats in place.
  const hand = Math.max(4 * layout.blockAlign, HAND_BYTES - (HAND_BYTES % (4 * layout.blockAlign)));
  const floats = layout.encoding === 'int' ? new Float32Array(hand / (layout.bitsPerSample / 8)) : undefined;
  const readChunk = async (done: number): Promise<Buffer> => {
    [buffer, spare] = [spare, buffer];
    const into = buffer;
    const { bytesRead } = await fh.read(into, 0, Math.min(step, layout.dataBytes - done), layout.dataOffset + done);
    return into.subarray(0, bytesRead);
  };
  let done = 0;
  let lastReport = 0;
  let pending: Promise<Buffer> | null = layout.dataBytes > 0 ? readChunk(0) : null;
  try {
    while (pending) {
      let bytes: Buffer;
      try {
        bytes = await pending;
      } catch (error) {
        throw unreadable(file, error);
      }
      if (options.signal?.aborted) throw cancelled();
      const usable = bytes.length - (bytes.length % layout.blockAlign);
      const expected = Math.min(step, layout.dataBytes - done);
      done += usable;
      pending = usable === expected && done < layout.dataBytes ? readChunk(done) : null;
      for (let at = 0; at < usable; at += hand) onFrames(toFloat32(bytes.subarray(at, Math.min(usable, at + hand)), layout, floats));
      if (options.onProgress && (done - lastReport >= layout.dataBytes / 100 || !pending)) {
        lastReport = done;
        options.onProgress(Math.min(1, done / layout.dataBytes));
      }
    }
    // Aborted during the last chunk: still a cancel, as the caller asked.
    if (options.signal?.aborted) throw cancelled();
  } finally {
    // A read still in flight (cancel, consumer error) must settle before its handle closes.
    await pending?.catch(() => undefined);
    await fh.close().catch(() => undefined);
  }
  return { frames: done / layout.blockAlign };
}
