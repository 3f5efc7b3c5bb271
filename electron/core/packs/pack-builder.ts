import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import yazl from 'yazl';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackAudio, type PackEncode, type PackManifest, type PackSegment, type PackVersion } from '../../../shared/domain/pack-manifest.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import type { FfmpegAdapter } from '../audio/ffmpeg-adapter.ts';
import { encodeAudio, type EncodeKind } from './pack-encode.ts';
import { MANIFEST, SIGNATURE } from './pack-reader.ts';
import { signBytes, type StationKey } from './keys.ts';

export interface BuildItem {
  /** The segment's id inside packs (kept across rebuilds and stations) and its published version. */
  packSegmentId: string;
  version: number;
  segment: Segment;
  /** Only these versions (all when empty). */
  versionIds: readonly string[];
}

export interface BuildPackOptions {
  items: readonly BuildItem[];
  encodes: readonly PackEncode[];
  redact: boolean;
  title: string;
  description: string;
  packId: string;
  packVersion: number;
  publisherName: string;
  key: StationKey;
  outPath: string;
  now: Date;
  /** Where the original of an asset lives. */
  originalPath: (assetId: string) => string;
  languageName: (code: string) => string | null;
  ffmpeg: () => FfmpegAdapter;
  newTmpPath: (suffix: string) => Promise<string>;
  signal: AbortSignal;
  onProgress: (stage: 'encode' | 'write', fraction: number) => void;
  /** For the progress bar when yazl cannot know the final size up front. */
  expectedBytes: number;
}

type FileSource = { kind: 'file'; path: string } | { kind: 'text'; text: string };

/**
 * Builds and signs a pack: encodes first (so every size and sha256 is known), then the manifest and
 * its signature, then a zip whose audio is STORED (already compressed; stored entries are also what
 * lets a verifier stream-hash without inflating). Written to `<out>.part` and renamed when complete.
 */
export async function buildPack(o: BuildPackOptions): Promise<{ manifest: PackManifest; sizeBytes: number }> {
  if (o.items.length === 0 || o.encodes.length === 0) throw new UserFacingError('pack.nothing_to_build', 'Nothing to build');
  const tmp: string[] = [];
  const files = new Map<string, FileSource>();
  const encodeKinds = o.encodes.filter((e): e is EncodeKind => e !== 'master');
  const jobs = o.items.reduce((n, i) => n + selected(i).length, 0) * encodeKinds.length;
  let doneJobs = 0;
  try {
    const segments: PackSegment[] = [];
    for (const item of o.items) {
      const versions: PackVersion[] = [];
      for (const v of selected(item)) {
        const audio: PackAudio[] = [];
        const originalPath = o.originalPath(v.asset.id);
        const ext = originalPath.slice(originalPath.lastIndexOf('.') + 1);
        if (o.encodes.includes('master')) {
          const f = v.asset.format;
          const path = `audio/${v.asset.id}.${ext}`;
          files.set(path, { kind: 'file', path: originalPath });
          audio.push({ path, role: 'master', container: ext, codec: f.codec, bitRate: f.bitRate, sampleRate: f.sampleRate, channels: f.channels, bitsPerSample: f.bitsPerSample, sizeBytes: v.asset.sizeBytes, sha256: v.asset.id });
        }
        for (const kind of encodeKinds) {
          const target = await o.newTmpPath(kind === 'opus' ? '.ogg' : '.mp3');
          tmp.push(target);
          const source = { path: originalPath, durationSec: v.asset.durationSec, channels: v.asset.format.channels };
          const described = await encodeAudio(o.ffmpeg(), kind, source, target, o.signal, (f) => o.onProgress('encode', (doneJobs + f) / jobs));
          doneJobs += 1;
          const path = `audio/${described.sha256}.${described.container}`;
          files.set(path, { kind: 'file', path: target });
          audio.push({ ...described, path });
        }
        let script: PackVersion['script'] = null;
        if (v.script.trim() !== '') {
          const bytes = Buffer.from(v.script, 'utf8');
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          script = { path: `scripts/${sha256}.txt`, sizeBytes: bytes.length, sha256 };
          files.set(script.path, { kind: 'text', text: v.script });
        }
        versions.push({
          languageCode: v.languageCode,
          languageName: v.languageCode ? o.languageName(v.languageCode) : null,
          regions: v.regions,
          durationSec: v.asset.durationSec,
          loudness: null,
          script,
          audio,
        });
      }
      const s = item.segment;
      segments.push({
        id: item.packSegmentId,
        version: item.version,
        title: s.title,
        description: s.description,
        topics: s.topics,
        validFrom: s.validFrom,
        validUntil: s.validUntil,
        license: s.license,
        credits: { producer: o.redact ? '' : s.producer },
        ...(o.redact ? {} : { consentNotes: s.consentNotes }),
        versions,
      });
    }
    const manifest: PackManifest = {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      packId: o.packId,
      packVersion: o.packVersion,
      title: o.title,
      description: o.description,
      publisher: { name: o.publisherName, fingerprint: o.key.fingerprint, publicKeyPem: o.key.publicKeyPem },
      createdAt: o.now.toISOString(),
      segments,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const sizeBytes = await writeZip(o, manifestBytes, signBytes(o.key, manifestBytes), files);
    return { manifest, sizeBytes };
  } finally {
    await Promise.all(tmp.map((p) => rm(p, { force: true })));
  }
}

function selected(item: BuildItem): Segment['versions'] {
  return item.versionIds.length === 0 ? item.segment.versions : item.segment.versions.filter((v) => item.versionIds.includes(v.id));
}

async function writeZip(o: BuildPackOptions, manifestBytes: Buffer, signature: Buffer, files: Map<string, FileSource>): Promise<number> {
  const zip = new yazl.ZipFile();
  const mtime = o.now;
  zip.addBuffer(manifestBytes, MANIFEST, { compress: true, mtime });
  zip.addBuffer(signature, SIGNATURE, { compress: false, mtime });
  for (const [name, source] of files) {
    if (source.kind === 'file') zip.addFile(source.path, name, { compress: false, mtime, mode: 0o100644 });
    else zip.addBuffer(Buffer.from(source.text, 'utf8'), name, { compress: true, mtime });
  }
  const part = `${o.outPath}.${randomUUID().slice(0, 8)}.part`;
  let written = 0;
  return new Promise<number>((resolve, reject) => {
    // @types/yazl omits the callback's argument: the final size, or -1 when not yet known.
    const onSize = (total: number) => {
      const expected = total > 0 ? total : o.expectedBytes;
      const out = createWriteStream(part, { flags: 'wx' });
      const abort = () => zip.outputStream.unpipe(out) && out.destroy(new UserFacingError('cancelled', 'Cancelled'));
      o.signal.addEventListener('abort', abort, { once: true });
      zip.outputStream.on('data', (chunk: Buffer) => {
        written += chunk.length;
        o.onProgress('write', Math.min(1, written / expected));
      });
      const failed = (error: unknown) => {
        o.signal.removeEventListener('abort', abort);
        out.destroy();
        void rm(part, { force: true }).then(() => reject(o.signal.aborted ? new UserFacingError('cancelled', 'Cancelled') : error));
      };
      zip.outputStream.on('error', failed);
      out.on('error', failed);
      out.on('close', () => {
        if (o.signal.aborted || out.errored) return;
        o.signal.removeEventListener('abort', abort);
        rename(part, o.outPath).then(() => resolve(written), failed);
      });
      zip.outputStream.pipe(out);
    };
    zip.end({ forceZip64Format: false, comment: '' }, onSize as unknown as () => void);
  });
}
