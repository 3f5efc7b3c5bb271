import { open } from 'node:fs/promises';
import { WAV_HEADER_BYTES, blockAlign, parseWavHeader, wavHeader, type PcmFormat } from './wav-format.ts';

export interface RepairResult {
  dataBytes: number;
  /** True when the file had to change (sizes, a partial frame, a missing or broken header). */
  changed: boolean;
}

/**
 * Makes an interrupted take a valid WAV again: the audio is whatever whole frames the file holds
 * after the header, a trailing partial frame is cut off, and the header is rewritten in full from
 * the session's format (a power cut can leave the first block zeroed or the file shorter than the
 * header). Synced before returning: a second crash during recovery cannot undo it.
 */
export async function repairWav(path: string, format: PcmFormat): Promise<RepairResult> {
  const fh = await open(path, 'r+');
  try {
    const { size } = await fh.stat();
    const align = blockAlign(format);
    const dataBytes = size <= WAV_HEADER_BYTES ? 0 : Math.floor((size - WAV_HEADER_BYTES) / align) * align;
    const expected = wavHeader(format, dataBytes);
    const current = Buffer.alloc(WAV_HEADER_BYTES);
    await fh.read(current, 0, WAV_HEADER_BYTES, 0);
    const changed = size !== WAV_HEADER_BYTES + dataBytes || !current.equals(expected);
    if (changed) {
      await fh.truncate(WAV_HEADER_BYTES + dataBytes);
      await fh.write(expected, 0, WAV_HEADER_BYTES, 0);
      await fh.sync();
    }
    return { dataBytes, changed };
  } finally {
    await fh.close();
  }
}

/** Format of a WAV our writer made, read from its header (for a file whose database row was lost). */
export async function readWavFormat(path: string): Promise<PcmFormat | null> {
  const fh = await open(path, 'r');
  try {
    const header = Buffer.alloc(WAV_HEADER_BYTES);
    const { bytesRead } = await fh.read(header, 0, WAV_HEADER_BYTES, 0);
    const parsed = parseWavHeader(header.subarray(0, bytesRead));
    return parsed ? { sampleRate: parsed.sampleRate, channels: parsed.channels, bitsPerSample: parsed.bitsPerSample } : null;
  } finally {
    await fh.close();
  }
}
