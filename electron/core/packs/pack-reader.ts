import { createHash, type KeyObject } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { MAX_MANIFEST_BYTES, manifestFiles, PACK_FORMAT, PACK_FORMAT_VERSION, packManifestSchema, type PackManifest } from '../../../shared/domain/pack-manifest.ts';
import { diskFullError, isDiskFull } from '../files/disk-full.ts';
import { parsePublicKey, verifyBytes } from './keys.ts';
import { DEFAULT_LIMITS, openEntryStream, readEntries, readSmallEntry, type PackLimits } from './zip-entries.ts';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
const MAX_SCRIPT_BYTES = 1024 * 1024;

export interface ReadPackOptions {
  limits?: PackLimits;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /**
   * Where to write an audio entry while verifying it (a fresh path in the store's tmp/), or null to
   * only verify that entry; omit to only verify. Staging only what an import keeps (issue #12).
   */
  stagePath?: ((entry: string) => Promise<string | null>) | undefined;
  /**
   * Called once the manifest and its signature are verified, before any other entry is read: throw
   * to refuse (an untrusted publisher), so a refused pack never gets one byte of audio written.
   */
  authorize?: ((pack: { manifest: PackManifest; manifestBytes: Buffer; fingerprint: string }) => void | Promise<void>) | undefined;
  /** Keep script texts in memory (an import needs them; a preview does not). Default true. */
  keepScripts?: boolean | undefined;
}

export interface VerifiedPack {
  manifest: PackManifest;
  manifestBytes: Buffer;
  fingerprint: string;
  publicKey: KeyObject;
  /** Audio path in the pack → staged file (only when `stagePath` was given). */
  staged: Map<string, string>;
  /** Script path in the pack → text. */
  scripts: Map<string, string>;
  totalBytes: number;
}

function fail(code: 'pack.bad_manifest' | 'pack.unsupported_version' | 'pack.bad_signature' | 'pack.missing_file' | 'pack.unlisted_entry' | 'pack.size_mismatch' | 'pack.hash_mismatch' | 'pack.manifest_too_large' | 'pack.too_large', message: string, details: Record<string, string | number> = {}): UserFacingError {
  return new UserFacingError(code, message, details);
}

/** Schema check with the one distinction users need: a newer Cabina's pack versus a broken one. */
export function parseManifest(bytes: Buffer): PackManifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw fail('pack.bad_manifest', 'manifest.json is not JSON', { field: '' });
  }
  const head = json as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format === PACK_FORMAT && typeof head.formatVersion === 'number' && head.formatVersion > PACK_FORMAT_VERSION) {
    throw fail('pack.unsupported_version', `Format version ${head.formatVersion}`, { version: head.formatVersion });
  }
  const parsed = packManifestSchema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw fail('pack.bad_manifest', parsed.error.message, { field });
  }
  return parsed.data;
}

/** Counts and hashes bytes as they pass, refusing the first byte beyond the declared size. */
function meter(expected: number, name: string, onBytes: (n: number) => void): { transform: Transform; digest: () => { size: number; sha256: string } } {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > expected) return callback(fail('pack.size_mismatch', `More bytes than declared`, { entry: name }));
      hash.update(chunk);
      try {
        onBytes(chunk.length);
      } catch (error) {
        return callback(error as Error);
      }
      callback(null, chunk);
    },
  });
  return { transform, digest: () => ({ size, sha256: hash.digest('hex') }) };
}

/**
 * Verifies a pack completely — structure, manifest schema, signature, every listed file's size and
 * sha256 — optionally staging audio as it goes. On any failure every staged file is removed and a
 * UserFacingError with the reason is thrown; trust is the caller's decision (it needs the fingerprint).
 */
export async function readPack(file: string, options: ReadPackOptions = {}): Promise<VerifiedPack> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { zip, entries } = await readEntries(file, limits);
  const staged = new Map<string, string>();
  try {
    const manifestEntry = entries.get(MANIFEST);
    const sigEntry = entries.get(SIGNATURE);
    if (!manifestEntry || !sigEntry) throw fail('pack.missing_file', 'No manifest', { entry: manifestEntry ? SIGNATURE : MANIFEST });
    const manifestBytes = await readSmallEntry(zip, manifestEntry.entry, MAX_MANIFEST_BYTES, () => fail('pack.manifest_too_large', 'Manifest too large'));
    const signature = await readSmallEntry(zip, sigEntry.entry, 64, () => fail('pack.bad_signature', 'Signature is not 64 bytes'));
    const manifest = parseManifest(manifestBytes);

    let key: ReturnType<typeof parsePublicKey>;
    try {
      key = parsePublicKey(manifest.publisher.publicKeyPem);
    } catch {
      throw fail('pack.bad_signature', 'Publisher key unreadable');
    }
    if (key.fingerprint !== manifest.publisher.fingerprint) throw fail('pack.bad_signature', 'Fingerprint does not match the key');
    if (!verifyBytes(key.publicKey, manifestBytes, signature)) throw fail('pack.bad_signature', 'Signature does not verify');
    // Issue #12 defect 3: trust is decided on the signed manifest alone, before any audio is read.
    await options.authorize?.({ manifest, manifestBytes, fingerprint: key.fingerprint });

    const listed = new Map<string, { sizeBytes: number; sha256: string }>();
    for (const f of manifestFiles(manifest)) {
      const seen = listed.get(f.path);
      if (seen && (seen.sha256 !== f.sha256 || seen.sizeBytes !== f.sizeBytes)) throw fail('pack.bad_manifest', 'One path, two contents', { field: f.path });
      listed.set(f.path, f);
    }
    for (const name of entries.keys()) {
      if (name !== MANIFEST && name !== SIGNATURE && !listed.has(name)) throw fail('pack.unlisted_entry', 'Entry not in manifest', { entry: name });
    }
    let total = 0;
    for (const [name, f] of listed) {
      const entry = entries.get(name);
      if (!entry) throw fail('pack.missing_file', 'Listed file missing', { entry: name });
      if (entry.entry.uncompressedSize !== f.sizeBytes) throw fail('pack.size_mismatch', 'Declared size differs', { entry: name });
      total += f.sizeBytes;
    }
    // The budget is what the signed manifest declares (issue #12): nothing beyond it is ever written.
    const budget = Math.min(total, limits.maxTotalBytes);
    if (total > limits.maxTotalBytes) throw fail('pack.too_large', `Declared ${total} bytes`);
    const keepScripts = options.keepScripts ?? true;

    let done = 0;
    let written = 0;
    const scripts = new Map<string, string>();
    const onBytes = (n: number) => {
      written += n;
      if (written > budget) throw fail('pack.too_large', `Wrote ${written} bytes`);
      done += n;
      options.onProgress?.(total > 0 ? done / total : 1);
    };
    for (const [name, f] of listed) {
      if (options.signal?.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      const entry = entries.get(name)?.entry;
      if (!entry) continue;
      const isScript = name.startsWith('scripts/');
      if (isScript && f.sizeBytes > MAX_SCRIPT_BYTES) throw fail('pack.too_large', 'Script too large', { entry: name });
      const source = await openEntryStream(zip, entry);
      const m = meter(f.sizeBytes, name, onBytes);
      const chunks: Buffer[] = [];
      const target = !isScript && options.stagePath ? await options.stagePath(name) : null;
      if (target) staged.set(name, target);
      const sink = target
        ? createWriteStream(target, { flags: 'wx' })
        : new Transform({
            transform(chunk: Buffer, _e, cb) {
              if (isScript && keepScripts) chunks.push(chunk);
              cb();
            },
          });
      try {
        await pipeline(source, m.transform, sink, { signal: options.signal ?? new AbortController().signal });
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        if (options.signal?.aborted) throw new UserFacingError('cancelled', 'Cancelled');
        const message = error instanceof Error ? error.message : String(error);
        // Issue #12: staging on a full disk is the one disk.full sentence, sized by the whole pack's audio.
        if (target && isDiskFull(error)) {
          await rm(target, { force: true });
          throw await diskFullError(path.dirname(target), Math.min(total, total - done + f.sizeBytes));
        }
        throw new UserFacingError('pack.truncated', message, { entry: name });
      }
      const got = m.digest();
      if (got.size !== f.sizeBytes) throw fail('pack.size_mismatch', 'Size differs', { entry: name });
      if (got.sha256 !== f.sha256) throw fail('pack.hash_mismatch', 'sha256 differs', { entry: name });
      if (isScript && keepScripts) scripts.set(name, Buffer.concat(chunks).toString('utf8'));
    }
    return { manifest, manifestBytes, fingerprint: key.fingerprint, publicKey: key.publicKey, staged, scripts, totalBytes: total };
  } catch (error) {
    await Promise.all([...staged.values()].map((p) => rm(p, { force: true })));
    throw error;
  } finally {
    zip.close();
  }
}
