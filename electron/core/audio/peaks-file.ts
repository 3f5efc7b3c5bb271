/*
 * Waveform peaks, like audiowaveform's .dat but with every zoom level in one file. Little-endian:
 *   "CBPK" | u16 version=1 | u16 levelCount | u32 sampleRate | f64 frames
 *   levelCount × (u32 samplesPerPixel | u32 pairCount | u32 byteOffset)
 *   data: per level, pairCount × (i16 min, i16 max), channels merged (min of mins, max of maxes),
 *   scaled so that ±32767 is full scale.
 * Levels double from BASE_SPP (256 frames per pixel) up to 65 536; each coarser level is built from
 * the finer one, so the whole file is computed in the same single decode pass as the loudness
 * (one-pass-meter.ts collects the finest level).
 */

export const PEAKS_MAGIC = 'CBPK';
export const BASE_SPP = 256;
export const LEVEL_COUNT = 9; // 256 … 65536
const HEADER = 4 + 2 + 2 + 4 + 8;
const LEVEL_ENTRY = 12;

export interface PeakLevel {
  samplesPerPixel: number;
  /** Interleaved min, max. */
  data: Int16Array;
}

export interface PeaksFile {
  sampleRate: number;
  frames: number;
  levels: PeakLevel[];
}

/** A sample (±1 full scale) as a peaks value. */
export const toI16 = (v: number): number => Math.max(-32767, Math.min(32767, Math.round(v * 32767)));

/** Every zoom level from the finest one's pairs (BASE_SPP frames each). */
export function peaksFromPairs(sampleRate: number, frames: number, pairs: Int16Array): PeaksFile {
  const levels: PeakLevel[] = [{ samplesPerPixel: BASE_SPP, data: pairs }];
  for (let l = 1; l < LEVEL_COUNT; l += 1) levels.push(halve(levels[l - 1] as PeakLevel));
  return { sampleRate, frames, levels };
}

function halve(level: PeakLevel): PeakLevel {
  const pairs = level.data.length / 2;
  const out = new Int16Array(Math.ceil(pairs / 2) * 2);
  for (let i = 0; i < pairs; i += 2) {
    const a = i * 2;
    const hasB = i + 1 < pairs;
    out[i] = Math.min(level.data[a] as number, hasB ? (level.data[a + 2] as number) : 32767);
    out[i + 1] = Math.max(level.data[a + 1] as number, hasB ? (level.data[a + 3] as number) : -32767);
  }
  return { samplesPerPixel: level.samplesPerPixel * 2, data: out };
}

export function encodePeaks(file: PeaksFile): Buffer {
  const tableEnd = HEADER + LEVEL_ENTRY * file.levels.length;
  const size = tableEnd + file.levels.reduce((s, l) => s + l.data.byteLength, 0);
  const buf = Buffer.alloc(size);
  buf.write(PEAKS_MAGIC, 0, 'latin1');
  buf.writeUInt16LE(1, 4);
  buf.writeUInt16LE(file.levels.length, 6);
  buf.writeUInt32LE(file.sampleRate, 8);
  buf.writeDoubleLE(file.frames, 12);
  let offset = tableEnd;
  file.levels.forEach((level, i) => {
    const at = HEADER + i * LEVEL_ENTRY;
    buf.writeUInt32LE(level.samplesPerPixel, at);
    buf.writeUInt32LE(level.data.length / 2, at + 4);
    buf.writeUInt32LE(offset, at + 8);
    for (let k = 0; k < level.data.length; k += 1) buf.writeInt16LE(level.data[k] as number, offset + k * 2);
    offset += level.data.byteLength;
  });
  return buf;
}

export interface PeaksIndex {
  sampleRate: number;
  frames: number;
  levels: { samplesPerPixel: number; pairCount: number; byteOffset: number }[];
}

/**
 * Reads the header and level table; throws on anything that is not a peaks file. `fileBytes`: the
 * whole file's size when `buf` holds only its start (the level data is checked against it).
 */
export function readPeaksIndex(buf: Uint8Array, fileBytes = buf.byteLength): PeaksIndex {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const magic = String.fromCharCode(buf[0] ?? 0, buf[1] ?? 0, buf[2] ?? 0, buf[3] ?? 0);
  if (buf.byteLength < HEADER || magic !== PEAKS_MAGIC || view.getUint16(4, true) !== 1) throw new Error('Not a Cabina peaks file');
  const count = view.getUint16(6, true);
  if (HEADER + count * LEVEL_ENTRY > buf.byteLength) throw new Error('Truncated peaks file');
  const levels = [];
  for (let i = 0; i < count; i += 1) {
    const at = HEADER + i * LEVEL_ENTRY;
    const level = { samplesPerPixel: view.getUint32(at, true), pairCount: view.getUint32(at + 4, true), byteOffset: view.getUint32(at + 8, true) };
    if (level.byteOffset + level.pairCount * 4 > fileBytes) throw new Error('Truncated peaks file');
    levels.push(level);
  }
  return { sampleRate: view.getUint32(8, true), frames: view.getFloat64(12, true), levels };
}

export function decodePeaks(buf: Uint8Array): PeaksFile {
  const index = readPeaksIndex(buf);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return {
    sampleRate: index.sampleRate,
    frames: index.frames,
    levels: index.levels.map((l) => {
      const data = new Int16Array(l.pairCount * 2);
      for (let k = 0; k < data.length; k += 1) data[k] = view.getInt16(l.byteOffset + k * 2, true);
      return { samplesPerPixel: l.samplesPerPixel, data };
    }),
  };
}

/** The coarsest level that still gives at least `pixels` points over the whole file. */
export function pickLevel(index: PeaksIndex, pixels: number): PeaksIndex['levels'][number] | undefined {
  const fitting = index.levels.filter((l) => l.pairCount >= pixels);
  return fitting.at(-1) ?? index.levels[0];
}
