import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { UserFacingError } from '../../../shared/api/errors.ts';

/** Limits against zip bombs and hostile archives (DESIGN.md §10: yauzl leaves sizes to us). */
export interface PackLimits {
  maxEntries: number;
  /** Sum of declared and of actually written bytes over all entries. */
  maxTotalBytes: number;
  /** uncompressed / compressed, for entries large enough for the ratio to mean something. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: PackLimits = { maxEntries: 10_000, maxTotalBytes: 8 * 1024 ** 3, maxRatio: 100 };

export interface PackEntry {
  name: string;
  entry: Entry;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const SAFE_NAME = /^[A-Za-z0-9._/-]+$/;
const STORED = 0;
const MANIFEST_NAME = 'manifest.json';

/** Why a raw entry name is unsafe, or null. Checked on the raw bytes, before yauzl or the schema. */
export function unsafeNameReason(name: string): string | null {
  if (name.includes('\\')) return 'backslash';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.startsWith('/')) return 'absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.' || part === '')) return 'relative segment';
  if (!SAFE_NAME.test(name)) return 'character';
  return null;
}

export function packError(code: 'pack.unsafe_name' | 'pack.symlink' | 'pack.duplicate_entry' | 'pack.too_many_entries' | 'pack.too_large' | 'pack.compression_ratio' | 'pack.compressed_audio' | 'pack.truncated' | 'pack.not_a_pack', message: string, name?: string): UserFacingError {
  return new UserFacingError(code, message, name === undefined ? {} : { entry: name });
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings: false hands us raw names so every name rule is ours and gives our error codes.
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) {
        const message = error?.message ?? 'no zip';
        reject(packError(/signature|end of central|truncated|offset/i.test(message) ? 'pack.truncated' : 'pack.not_a_pack', message));
      } else {
        resolve(zip);
      }
    });
  });
}

/**
 * Reads the central directory and refuses, before one byte is extracted: unsafe names, symlinks,
 * duplicates, too many entries, declared totals and ratios beyond the limits.
 */
export async function readEntries(file: string, limits: PackLimits): Promise<{ zip: ZipFile; entries: Map<string, PackEntry> }> {
  const zip = await openZip(file);
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw packError('pack.too_many_entries', `${zip.entryCount} entries`);
  }
  const entries = new Map<string, PackEntry>();
  let declared = 0;
  let inflated = 0;
  let deflated = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => reject(error instanceof UserFacingError ? error : packError('pack.truncated', error.message)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const raw = entry.fileName as unknown as Buffer | string;
        const name = typeof raw === 'string' ? raw : raw.toString('utf8');
        const reason = unsafeNameReason(name);
        if (reason) return reject(packError('pack.unsafe_name', `Unsafe entry name (${reason})`, name));
        if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return reject(packError('pack.symlink', 'Symbolic link', name));
        if (entries.has(name)) return reject(packError('pack.duplicate_entry', 'Duplicate entry', name));
        declared += entry.uncompressedSize;
        if (declared > limits.maxTotalBytes) return reject(packError('pack.too_large', `Declared ${declared} bytes`, name));
        // The spec's rule (docs/pack-format.md): audio is stored, so its bytes are bounded by the pack's own size.
        if (name.startsWith('audio/') && entry.compressionMethod !== STORED) return reject(packError('pack.compressed_audio', `Method ${entry.compressionMethod}`, name));
        // manifest.json is deflated text capped at 4 MiB as it is read (readSmallEntry): a 2,000-segment
        // manifest compresses beyond 100:1 and is not suspicious (issue #12).
        if (name === MANIFEST_NAME || entry.compressionMethod === STORED) {
          entries.set(name, { name, entry });
          zip.readEntry();
          return;
        }
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * limits.maxRatio) {
          return reject(packError('pack.compression_ratio', `Ratio ${entry.uncompressedSize}/${entry.compressedSize}`, name));
        }
        // Many small bombs add up (1,000 scripts of 1 MiB from 1 KiB each): the ratio holds for their sum too.
        inflated += entry.uncompressedSize;
        deflated += entry.compressedSize;
        if (inflated > 1024 * 1024 && inflated > deflated * limits.maxRatio) return reject(packError('pack.compression_ratio', `Ratio ${inflated}/${deflated} over all entries`, name));
        entries.set(name, { name, entry });
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return { zip, entries };
}

export function openEntryStream(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(packError('pack.truncated', error?.message ?? 'no stream', String(entry.fileName)));
      else resolve(stream);
    });
  });
}

/** Reads a small entry whole, refusing more than `max` bytes as they arrive. */
export async function readSmallEntry(zip: ZipFile, entry: Entry, max: number, onTooLarge: () => Error): Promise<Buffer> {
  if (entry.uncompressedSize > max) throw onTooLarge();
  const stream = await openEntryStream(zip, entry);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) throw onTooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw packError('pack.truncated', error instanceof Error ? error.message : String(error));
  }
  return Buffer.concat(chunks);
}
