import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { cancelled, UserFacingError } from '../../../shared/api/errors.ts';
import { docxText, odtText } from './script-xml.ts';

/** A script is words, not a book: a bigger file is almost surely the wrong one. */
export const MAX_SCRIPT_FILE_BYTES = 20 * 1024 * 1024;
/** The `script` field's own maximum (versionPatchSchema). */
export const MAX_SCRIPT_CHARS = 100_000;
// The document XML inflates from at most 20 MB; this bounds a zip bomb's damage while reading it.
const MAX_XML_BYTES = 64 * 1024 * 1024;

const unreadable = (name: string, why: string) => new UserFacingError('library.script_unreadable', `Cannot read a script from ${name}: ${why}`, { name });
const tooLarge = (name: string, why: string) => new UserFacingError('library.script_too_large', `Script file ${name} is too large: ${why}`, { name });

/** Old Windows Notepad files are windows-1252; anything that is valid UTF-8 is read as UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/\r\n?/g, '\n');
}

function openZip(file: string, name: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(unreadable(name, error?.message ?? 'not a zip'));
      else resolve(zip);
    });
  });
}

function findEntry(zip: ZipFile, wanted: string): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    zip.on('error', (error: Error) => reject(error));
    zip.on('end', () => resolve(null));
    zip.on('entry', (entry: Entry) => {
      if (entry.fileName === wanted) resolve(entry);
      else zip.readEntry();
    });
    zip.readEntry();
  });
}

async function readEntry(zip: ZipFile, entry: Entry, name: string): Promise<Buffer> {
  if (entry.uncompressedSize > MAX_XML_BYTES) throw tooLarge(name, `${entry.fileName} declares ${entry.uncompressedSize} bytes`);
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(error ?? new Error('no stream')) : resolve(s)));
  });
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    // Counted as inflated, not as declared: a hostile header can lie.
    if (total > MAX_XML_BYTES) throw tooLarge(name, `${entry.fileName} inflates past ${MAX_XML_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The XML part a document keeps its body in, read with the same caution as a pack. */
async function readZipPart(file: string, part: string, name: string, signal?: AbortSignal): Promise<string> {
  const zip = await openZip(file, name);
  try {
    const entry = await findEntry(zip, part);
    if (!entry) throw unreadable(name, `no ${part}`);
    if (signal?.aborted) throw cancelled();
    return decodeText(await readEntry(zip, entry, name));
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw unreadable(name, error instanceof Error ? error.message : String(error));
  } finally {
    zip.close();
  }
}

/**
 * The plain text of a script file (.txt, .docx, .odt). `name` is the user's file name: it picks the
 * format (an upload's path has no extension) and names the file in errors.
 */
export async function readScriptFile(path: string, signal?: AbortSignal, name: string = basename(path)): Promise<{ text: string }> {
  const ext = extname(name).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx' && ext !== '.odt') throw unreadable(name, `unsupported type ${ext || '(none)'}`);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw unreadable(name, 'not a file');
  if (info.size > MAX_SCRIPT_FILE_BYTES) throw tooLarge(name, `${info.size} bytes`);
  if (signal?.aborted) throw cancelled();
  let text: string;
  if (ext === '.txt') text = decodeText(await readFile(path, { signal }));
  else if (ext === '.docx') text = docxText(await readZipPart(path, 'word/document.xml', name, signal));
  else text = odtText(await readZipPart(path, 'content.xml', name, signal));
  if (text.length > MAX_SCRIPT_CHARS) throw tooLarge(name, `${text.length} characters`);
  return { text };
}
