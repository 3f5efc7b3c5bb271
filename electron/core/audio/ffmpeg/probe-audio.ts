import { open, stat, type FileHandle } from 'node:fs/promises';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { AudioFormat } from '../../../../shared/domain/segment.ts';
import type { FfmpegAdapter, ProbeData, ProbeStream } from './ffmpeg-adapter.ts';

export interface ProbedAudio {
  /** Decoded length (what a player will actually play), else the declared length. */
  durationSec: number;
  format: AudioFormat;
  /** Normalised extension from the detected container, never from the file name. */
  containerExt: string;
}

/*
 * Issue #2 "Bad input": a zero-byte file, a text file named .mp3 and a truncated file must each give
 * one clear error. What catches which truncation was measured on the fixtures
 * (tests/electron/core/audio/ffmpeg/probe-audio.test.ts):
 * - WAV PCM cut short: ffprobe derives the duration from the file length, so decoding agrees with
 *   it; only the RIFF/data chunk sizes reveal the cut (checked here).
 * - WAV float (has a `fact` chunk), MP3 with a Xing/Info header, FLAC (STREAMINFO), M4A with its
 *   moov first: the decoded length falls short of the declared one, and the decoder logs errors.
 * - M4A with moov last (ffmpeg's default): the moov is lost, ffprobe fails; the top-level box sizes
 *   overrun the file, and the file still starts with an audio signature → truncated, not "not audio".
 * - Ogg (Opus/Vorbis) declares no length and the demuxer drops a partial page silently: walking
 *   the page headers shows the last page overruns the file.
 * - AMR declares no length: only the decoder's error on the partial last frame shows the cut.
 * Not detectable: MP3 without a Xing header or AMR cut exactly on a frame boundary.
 */

const SHORTFALL_MIN_SEC = 0.5;
const SHORTFALL_RATIO = 0.05;

const damaged = (name: string, reason: string) => new UserFacingError('import.truncated', `Truncated or damaged audio: ${reason}`, { name, reason });

export async function probeAudio(
  file: string,
  adapter: FfmpegAdapter,
  signal: AbortSignal,
  onProgress?: (fraction: number) => void,
  displayName = file,
): Promise<ProbedAudio> {
  const name = displayName;
  const { size } = await stat(file);
  if (size === 0) throw new UserFacingError('import.empty_file', 'The file is empty', { name });

  let data: ProbeData;
  try {
    data = await adapter.probe(file, { signal });
  } catch (error) {
    if (!(error instanceof UserFacingError) || error.code !== 'ffmpeg.failed') throw error;
    const kind = await sniffContainer(file);
    if (kind !== null) throw damaged(name, `${kind} header unreadable (${String(error.details?.detail ?? '')})`);
    throw new UserFacingError('import.not_audio', 'Not an audio file', { name });
  }

  const audio = data.streams.find((s) => s.codec_type === 'audio');
  if (!audio) {
    const hasOtherStreams = data.streams.some((s) => s.codec_type === 'video' || s.codec_type === 'subtitle');
    if (hasOtherStreams) throw new UserFacingError('import.no_audio_stream', 'No audio stream', { name });
    throw new UserFacingError('import.not_audio', 'Not an audio file', { name });
  }

  const containerExt = normaliseContainer(data, audio);
  const structural = await checkDeclaredSizes(file, size, containerExt);
  if (structural) throw damaged(name, structural);

  const declared = positive(audio.duration) ?? positive(data.format?.duration);
  const run = await adapter.runFfmpeg(['-v', 'error', '-i', file, '-map', '0:a:0', '-f', 'null', '-'], {
    signal,
    durationSec: declared,
    onProgress,
  });
  if (run.stderr.length > 0) throw damaged(name, `decoder: ${run.stderr.at(-1) ?? ''}`);
  const decoded = positive(run.outTimeSec);
  if (decoded === null) throw damaged(name, 'no audio could be decoded');
  if (declared !== null && declared - decoded > Math.max(SHORTFALL_MIN_SEC, declared * SHORTFALL_RATIO)) {
    throw damaged(name, `decoded ${decoded.toFixed(2)} s of ${declared.toFixed(2)} s`);
  }

  const bits = positive(audio.bits_per_sample) ?? positive(audio.bits_per_raw_sample);
  const bitRate = positive(audio.bit_rate) ?? positive(data.format?.bit_rate);
  return {
    durationSec: decoded,
    containerExt,
    format: {
      container: containerExt === 'opus' ? 'ogg' : containerExt,
      codec: audio.codec_name ?? 'unknown',
      sampleRate: Math.round(positive(audio.sample_rate) ?? 0),
      channels: Math.round(positive(audio.channels) ?? 0),
      bitsPerSample: bits === null ? null : Math.round(bits),
      bitRate: bitRate === null ? null : Math.round(bitRate),
    },
  };
}

function positive(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** ffprobe's format_name (e.g. `mov,mp4,m4a,3gp,3g2,mj2`) → the extension Cabina stores the original under. */
export function normaliseContainer(data: ProbeData, audio: ProbeStream): string {
  const names = (data.format?.format_name ?? '').split(',');
  const first = names[0] ?? '';
  const hasVideo = data.streams.some((s) => s.codec_type === 'video');
  if (names.includes('mp4')) {
    const brand = data.format?.tags?.['major_brand'];
    if (typeof brand === 'string' && brand.startsWith('3g')) return '3gp';
    return hasVideo ? 'mp4' : 'm4a';
  }
  if (first === 'ogg') return audio.codec_name === 'opus' ? 'opus' : 'ogg';
  if (names.includes('webm')) return hasVideo || !['opus', 'vorbis'].includes(audio.codec_name ?? '') ? 'mka' : 'webm';
  const known: Record<string, string> = { asf: 'wma', aiff: 'aiff', mp3: 'mp3', wav: 'wav', flac: 'flac', amr: 'amr', aac: 'aac' };
  return known[first] ?? (first.replace(/[^a-z0-9]/g, '').slice(0, 8) || 'bin');
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** A recognisable audio container signature: the file was meant to be audio, so a parse failure means damage. */
async function sniffContainer(file: string): Promise<string | null> {
  const fh = await open(file, 'r');
  try {
    const head = await readAt(fh, 0, 16);
    const ascii = head.toString('latin1');
    if (/^(RIFF|RF64|BW64)/.test(ascii)) return 'WAV';
    if (ascii.startsWith('FORM')) return 'AIFF';
    if (ascii.slice(4, 8) === 'ftyp') return 'MP4';
    if (ascii.startsWith('OggS')) return 'Ogg';
    if (ascii.startsWith('fLaC')) return 'FLAC';
    if (ascii.startsWith('#!AMR')) return 'AMR';
    if (ascii.startsWith('ID3') || (head.length >= 2 && head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'MPEG audio';
    if (head.readUInt32BE(0) === 0x1a45dfa3) return 'Matroska/WebM';
    return null;
  } finally {
    await fh.close();
  }
}

/** Compares the sizes a container declares with the bytes actually present; a reason, or null when they agree. */
export async function checkDeclaredSizes(file: string, size: number, ext: string): Promise<string | null> {
  if (!['wav', 'm4a', 'mp4', '3gp', 'ogg', 'opus'].includes(ext)) return null;
  const fh = await open(file, 'r');
  try {
    if (ext === 'wav') return await checkWav(fh, size);
    if (ext === 'ogg' || ext === 'opus') return await checkOggPages(fh, size);
    return await checkMp4Boxes(fh, size);
  } finally {
    await fh.close();
  }
}

// 0 and 0xFFFFFFFF mean "unknown length" (streamed WAV, RF64): nothing to compare.
const unknownSize = (n: number) => n === 0 || n === 0xffffffff;

async function checkWav(fh: FileHandle, size: number): Promise<string | null> {
  const head = await readAt(fh, 0, 12);
  if (head.length < 12 || head.toString('latin1', 0, 4) !== 'RIFF') return null;
  const riffSize = head.readUInt32LE(4);
  let pos = 12;
  while (pos + 8 <= size) {
    const chunk = await readAt(fh, pos, 8);
    const id = chunk.toString('latin1', 0, 4);
    const chunkSize = chunk.readUInt32LE(4);
    if (id === 'data') {
      if (unknownSize(chunkSize)) return null;
      const missing = pos + 8 + chunkSize - size;
      if (missing > 0) return `WAV data chunk declares ${chunkSize} bytes, ${missing} missing`;
      break;
    }
    pos += 8 + chunkSize + (chunkSize & 1);
  }
  if (pos + 8 > size && pos < size) return 'WAV chunk header cut';
  // One byte of slack: some writers leave the final pad byte out of the file.
  if (!unknownSize(riffSize) && riffSize + 8 > size + 1) return `RIFF size ${riffSize + 8} > file ${size}`;
  return null;
}

async function checkMp4Boxes(fh: FileHandle, size: number): Promise<string | null> {
  let pos = 0;
  while (pos + 8 <= size) {
    const head = await readAt(fh, pos, 16);
    const size32 = head.readUInt32BE(0);
    if (size32 === 0) return null; // the last box runs to the end of the file
    const boxSize = size32 === 1 && head.length >= 16 ? Number(head.readBigUInt64BE(8)) : size32;
    if (boxSize < 8) return `MP4 box at ${pos} has size ${boxSize}`;
    if (pos + boxSize > size) return `MP4 box '${head.toString('latin1', 4, 8)}' declares ${boxSize} bytes, ${pos + boxSize - size} missing`;
    pos += boxSize;
  }
  return pos < size ? 'MP4 box header cut' : null;
}

async function checkOggPages(fh: FileHandle, size: number): Promise<string | null> {
  let pos = 0;
  while (pos < size) {
    const head = await readAt(fh, pos, 27 + 255);
    if (head.length < 27) return 'Ogg page header cut';
    if (head.toString('latin1', 0, 4) !== 'OggS') return pos === 0 ? null : `no Ogg page at ${pos}`;
    const segments = head[26] ?? 0;
    if (head.length < 27 + segments) return 'Ogg segment table cut';
    let body = 0;
    for (let i = 0; i < segments; i += 1) body += head[27 + i] ?? 0;
    pos += 27 + segments + body;
  }
  return pos > size ? `last Ogg page overruns the file by ${pos - size} bytes` : null;
}
