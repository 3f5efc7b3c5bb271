/** Canonical 44-byte PCM WAV header: the only layout our writer produces, so repair can rebuild it. */
export const WAV_HEADER_BYTES = 44;
/** RIFF sizes are 32-bit: a take stops before its data would overflow them. */
export const MAX_WAV_DATA_BYTES = 0xffff_ffff - WAV_HEADER_BYTES - 8;

export interface PcmFormat {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
}

export function blockAlign(format: PcmFormat): number {
  return format.channels * (format.bitsPerSample / 8);
}

export function bytesPerSecond(format: PcmFormat): number {
  return format.sampleRate * blockAlign(format);
}

export function wavHeader(format: PcmFormat, dataBytes: number): Buffer {
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(format.channels, 22);
  header.writeUInt32LE(format.sampleRate, 24);
  header.writeUInt32LE(bytesPerSecond(format), 28);
  header.writeUInt16LE(blockAlign(format), 32);
  header.writeUInt16LE(format.bitsPerSample, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

export interface ParsedWavHeader extends PcmFormat {
  riffSize: number;
  dataBytes: number;
}

/** Reads our canonical header; null when the bytes are not one (truncated, zeroed, foreign). */
export function parseWavHeader(bytes: Uint8Array): ParsedWavHeader | null {
  if (bytes.length < WAV_HEADER_BYTES) return null;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, WAV_HEADER_BYTES);
  if (b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE') return null;
  if (b.toString('ascii', 12, 16) !== 'fmt ' || b.readUInt32LE(16) !== 16 || b.readUInt16LE(20) !== 1) return null;
  if (b.toString('ascii', 36, 40) !== 'data') return null;
  const format = { channels: b.readUInt16LE(22), sampleRate: b.readUInt32LE(24), bitsPerSample: b.readUInt16LE(34) };
  if (format.channels < 1 || format.channels > 8 || format.sampleRate < 1000 || ![8, 16, 24, 32].includes(format.bitsPerSample)) return null;
  return { ...format, riffSize: b.readUInt32LE(4), dataBytes: b.readUInt32LE(40) };
}
