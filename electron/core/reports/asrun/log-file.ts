import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UserFacingError } from '../../../../shared/api/errors.ts';

/**
 * A year of a busy station's log is ~1.5 MB (15 k lines); 32 MB is twenty years. Anything bigger is
 * not a playout log (a video, a disk image, a database dump): refused from its size, before a byte
 * is read, so a 500 MB file never fills the memory of a 2-core station PC.
 */
export const MAX_LOG_BYTES = 32 * 1024 * 1024;

export type LogEncoding = 'utf-8' | 'latin1' | 'utf-16';

export interface LogText {
  text: string;
  encoding: LogEncoding;
  sha256: string;
  bytes: number;
}

/**
 * Reads a log as text. Station PCs write logs in UTF-8 or in Windows' Latin-1 (cp1252): the bytes
 * are decoded as strict UTF-8 while they stream in, and on the first invalid sequence decoding
 * restarts in Latin-1 (a Latin-1 "ó" is never valid UTF-8, so a right guess is never lost). A BOM
 * is dropped. A UTF-16 BOM (what Windows Notepad calls "Unicode") is honoured; otherwise NUL bytes
 * mean a binary file, not a log.
 */
export async function readLogText(file: string, name: string, signal: AbortSignal, onProgress: (fraction: number) => void = () => undefined): Promise<LogText> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new UserFacingError('import.unreadable', `Cannot read ${file}`, { name });
  if (info.size === 0) throw new UserFacingError('import.empty_file', `${name} is empty`, { name });
  if (info.size > MAX_LOG_BYTES) throw new UserFacingError('asrun.too_large', `${name} is larger than ${MAX_LOG_BYTES} bytes`, { name, maxMb: MAX_LOG_BYTES / 1024 / 1024 });
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let bytes = 0;
  let utf8: string[] | null = [];
  let utf16: 'utf-16le' | 'utf-16be' | null = null;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of createReadStream(file, { signal }) as AsyncIterable<Buffer>) {
      bytes += chunk.byteLength;
      // Counted as read: a file that grows while it is read is refused all the same.
      if (bytes > MAX_LOG_BYTES) throw new UserFacingError('asrun.too_large', `${name} grew past ${MAX_LOG_BYTES} bytes`, { name, maxMb: MAX_LOG_BYTES / 1024 / 1024 });
      if (chunks.length === 0 && chunk[0] === 0xff && chunk[1] === 0xfe) utf16 = 'utf-16le';
      if (chunks.length === 0 && chunk[0] === 0xfe && chunk[1] === 0xff) utf16 = 'utf-16be';
      if (!utf16 && chunk.includes(0)) throw new UserFacingError('asrun.not_a_log', `${name} is binary`, { name });
      hash.update(chunk);
      chunks.push(chunk);
      if (utf8) {
        try {
          utf8.push(decoder.decode(chunk, { stream: true }));
        } catch {
          utf8 = null;
        }
      }
      onProgress(bytes / info.size);
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    throw new UserFacingError('import.unreadable', `Cannot read ${file}`, { name });
  }
  let text: string;
  let encoding: LogEncoding = 'utf-8';
  if (utf16) return { text: new TextDecoder(utf16).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, ''), encoding: 'utf-16', sha256: hash.digest('hex'), bytes };
  try {
    if (!utf8) throw new Error('not utf-8');
    text = utf8.join('') + decoder.decode();
  } catch {
    encoding = 'latin1';
    // windows-1252, Latin-1's Windows superset: what Notepad and old playout PCs call "ANSI" (“ ” – €).
    text = new TextDecoder('windows-1252').decode(Buffer.concat(chunks));
  }
  return { text: text.replace(/^\uFEFF/, ''), encoding, sha256: hash.digest('hex'), bytes };
}
