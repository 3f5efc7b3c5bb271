import { open, rename, rm } from 'node:fs/promises';

/*
 * The Opus header's output gain (RFC 7845 §5.1: a signed Q7.8 dB value every decoder MUST apply).
 * Why it matters here (issue #11): a low-bit-rate Opus encode lifts true peaks by an amount no
 * excerpt predicts for a whole file (20 minutes at 32 kb/s: 2 dB past a 30-second excerpt), and a
 * second encode of 20 minutes costs a minute. Scaling the decoded signal through the header is exact
 * (loudness and peaks move by the same dB) and costs rewriting the first Ogg page.
 */

const OGG_CAPTURE = Buffer.from('OggS');
const OPUS_HEAD = Buffer.from('OpusHead');
/** Byte offsets in an Ogg page header (RFC 3533 §6) and in the OpusHead packet. */
const CRC_AT = 22;
const SEGMENT_COUNT_AT = 26;
const GAIN_IN_HEAD_AT = 16;
const FIRST_PAGE_MAX = 27 + 255 + 255 * 255;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i += 1) {
    let r = i << 24;
    for (let bit = 0; bit < 8; bit += 1) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32: polynomial 0x04c11db7, initial 0, no reflection, no final xor. */
export function oggCrc(page: Uint8Array): number {
  let crc = 0;
  for (const byte of page) crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
  return crc;
}

interface FirstPage {
  page: Buffer;
  gainAt: number;
}

function findHead(head: Buffer): FirstPage | null {
  if (head.length < 27 || !head.subarray(0, 4).equals(OGG_CAPTURE)) return null;
  const segments = head[SEGMENT_COUNT_AT] ?? 0;
  let bodyLength = 0;
  for (let i = 0; i < segments; i += 1) bodyLength += head[27 + i] ?? 0;
  const bodyAt = 27 + segments;
  const page = head.subarray(0, bodyAt + bodyLength);
  if (page.length < bodyAt + bodyLength || !page.subarray(bodyAt, bodyAt + 8).equals(OPUS_HEAD)) return null;
  return { page: Buffer.from(page), gainAt: bodyAt + GAIN_IN_HEAD_AT };
}

/** The output gain in dB, or null when the file is not Ogg Opus. */
export async function readOpusGainDb(file: string): Promise<number | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(FIRST_PAGE_MAX);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const first = findHead(head.subarray(0, bytesRead));
    return first ? first.page.readInt16LE(first.gainAt) / 256 : null;
  } finally {
    await handle.close();
  }
}

/**
 * Adds `deltaDb` to the file's output gain, writing a copy and renaming it over the file (a power
 * cut leaves the old file or the new one). Returns the gain now in the header, or null when the
 * file is not Ogg Opus (the file is then untouched).
 */
export async function addOpusGain(file: string, deltaDb: number): Promise<number | null> {
  const current = await readOpusGainDb(file);
  if (current === null) return null;
  const q78 = Math.max(-32768, Math.min(32767, Math.round((current + deltaDb) * 256)));
  const temp = `${file}.gain.part`;
  const source = await open(file, 'r');
  try {
    const head = Buffer.alloc(FIRST_PAGE_MAX);
    const { bytesRead } = await source.read(head, 0, head.length, 0);
    const first = findHead(head.subarray(0, bytesRead));
    if (!first) return null;
    first.page.writeInt16LE(q78, first.gainAt);
    first.page.writeUInt32LE(0, CRC_AT);
    first.page.writeUInt32LE(oggCrc(first.page), CRC_AT);
    const target = await open(temp, 'w');
    try {
      await target.write(first.page, 0, first.page.length, 0);
      const chunk = Buffer.alloc(1 << 20);
      let at = first.page.length;
      for (;;) {
        const { bytesRead: n } = await source.read(chunk, 0, chunk.length, at);
        if (n === 0) break;
        await target.write(chunk, 0, n, at);
        at += n;
      }
      await target.sync();
    } finally {
      await target.close();
    }
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await source.close();
  }
  await rename(temp, file);
  return q78 / 256;
}
