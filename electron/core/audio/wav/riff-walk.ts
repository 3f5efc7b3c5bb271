import type { FileHandle } from 'node:fs/promises';

/*
 * The one walk over a WAVE file's chunks on disk (issue #16 §5), for the PCM reader and the Broadcast
 * WAV writer: it reads 8-byte chunk headers only, so a 3-hour master is never loaded to find `data`.
 * What a chunk means (ds64 sizes, streaming writers' 0xFFFFFFFF) stays with the reader that needs it.
 */

export type RiffForm = 'RIFF' | 'RF64' | 'BW64';

export interface ChunkAt {
  id: string;
  /** File offset of the chunk's body. */
  body: number;
  /** Size its header declares (may run past the end of a cut-short file). */
  size: number;
}

export async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafeSlow(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** RIFF, RF64 or BW64 when the file is a WAVE file; null otherwise. */
export async function riffForm(fh: FileHandle): Promise<RiffForm | null> {
  const head = await readAt(fh, 0, 12);
  if (head.length < 12 || head.toString('latin1', 8, 12) !== 'WAVE') return null;
  const form = head.toString('latin1', 0, 4);
  return form === 'RIFF' || form === 'RF64' || form === 'BW64' ? form : null;
}

/** The first chunk header sits after "RIFF", the form size and "WAVE". */
const FIRST_CHUNK = 12;

/** The chunk whose 8-byte header starts at `at`. */
function chunkAt(header: Buffer, at: number): ChunkAt {
  return { id: header.toString('latin1', 0, 4), body: at + 8, size: header.readUInt32LE(4) };
}

/** Where the next chunk header is: after the body and the pad byte an odd size needs. */
const nextChunk = (c: ChunkAt) => c.body + c.size + (c.size % 2);

/** Chunk headers in file order, odd sizes padded; stops at the end of the file or after `limit` chunks. */
export async function* fileChunks(fh: FileHandle, fileSize: number, limit = Number.POSITIVE_INFINITY): AsyncGenerator<ChunkAt> {
  let at = FIRST_CHUNK;
  for (let n = 0; n < limit && at + 8 <= fileSize; n += 1) {
    const header = await readAt(fh, at, 8);
    if (header.length < 8) return;
    const chunk = chunkAt(header, at);
    yield chunk;
    at = nextChunk(chunk);
  }
}

/** The same walk over a file already in memory (small files: tests, a header read whole). */
export function bufferChunks(file: Buffer): ChunkAt[] {
  const chunks: ChunkAt[] = [];
  for (let at = FIRST_CHUNK; at + 8 <= file.length; ) {
    const chunk = chunkAt(file.subarray(at, at + 8), at);
    chunks.push(chunk);
    at = nextChunk(chunk);
  }
  return chunks;
}
