import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackAudio, type PackEncode, type PackManifest, type PackSegment, type PackVersion } from '../../../shared/domain/pack-manifest.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import type { FfmpegAdapter } from '../audio/ffmpeg/ffmpeg-adapter.ts';
import { assertSize, syncFile } from '../files/checked-write.ts';
import { toDiskFull } from '../files/disk-full.ts';
import { encodeAudio, type EncodeKind } from './pack-encode.ts';
import { MANIFEST, SIGNATURE } from './pack-reader.ts';
import { signBytes, type StationKey } from './keys.ts';
import type { PromptFile } from './pack-prompts.ts';
import type { ProductionForPack } from './pack-task-audio.ts';

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
  /** Spoken help prompts to carry (issue #15), already described (pack-prompts.ts). */
  prompts: readonly PromptFile[];
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
  /** What each version sounds like now (issue #11): the files a pack carries for it, and its edit list. */
  versionAudio: (version: Segment['versions'][number], signal: AbortSignal) => Promise<VersionAudio>;
  /**
   * Loudness of what travels (issue #16: the manifest carries each version's): `source` is the
   * encode source, `known` the sha256 when the source is the master file itself (its analysis is cached by it).
   */
  measure: (source: string, known: string | null) => Promise<PackVersion['loudness']>;
  languageName: (code: string) => string | null;
  /** The segment's script, translations and their recordings (issue #14), null when it has none. */
  production: (segmentId: string, signal: AbortSignal) => Promise<ProductionForPack | null>;
  ffmpeg: () => FfmpegAdapter;
  newTmpPath: (suffix: string) => Promise<string>;
  signal: AbortSignal;
  onProgress: (stage: 'encode' | 'write', fraction: number) => void;
  /** For the progress bar when yazl cannot know the final size up front. */
  expectedBytes: number;
}

/** A version's audio as a pack carries it (pack-build-service.ts asks the effective-audio service). */
export interface VersionAudio {
  /** The `master` entry: the untouched original, or the rendered edit when the edit cannot travel. */
  master: { path: string } & Omit<PackAudio, 'path' | 'role'>;
  /** What the encodes start from: the original when nothing audible was edited, else the lossless render. */
  encodeSource: { path: string; durationSec: number; channels: number };
  /** Length as it airs. */
  durationSec: number;
  edits: PackVersion['edits'];
}

type FileSource = { kind: 'file'; path: string } | { kind: 'text'; text: string };

/**
 * Builds and signs a pack: encodes first (so every size and sha256 is known), then the manifest and
 * its signature, then a zip whose audio is STORED (already compressed; stored entries are also what
 * lets a verifier stream-hash without inflating). Written to `<out>.part` and renamed when complete.
 */
export async function buildPack(o: BuildPackOptions): Promise<{ manifest: PackManifest; sizeBytes: number }> {
  if ((o.items.length === 0 && o.prompts.length === 0) || o.encodes.length === 0) throw new UserFacingError('pack.nothing_to_build', 'Nothing to build');
  const tmp: string[] = [];
  const files = new Map<string, FileSource>();
  const encodeKinds = o.encodes.filter((e): e is EncodeKind => e !== 'master');
  const jobs = Math.max(1, o.items.reduce((n, i) => n + selected(i).length, 0) * encodeKinds.length);
  let doneJobs = 0;
  try {
    const segments: PackSegment[] = [];
    for (const item of o.items) {
      const versions: PackVersion[] = [];
      for (const v of selected(item)) {
        const audio: PackAudio[] = [];
        const made = await o.versionAudio(v, o.signal);
        const withMaster = o.encodes.includes('master');
        if (withMaster) {
          const { path: file, ...described } = made.master;
          const path = `audio/${described.sha256}.${described.container}`;
          files.set(path, { kind: 'file', path: file });
          audio.push({ ...described, path, role: 'master' });
        }
        // An edit list travels with a rendition beside it, so a station that cannot render still airs the edit.
        const kinds: EncodeKind[] = withMaster && made.edits && encodeKinds.length === 0 && made.encodeSource.path !== made.master.path ? ['mp3'] : encodeKinds;
        for (const kind of kinds) {
          const target = await o.newTmpPath(kind === 'opus' ? '.ogg' : '.mp3');
          tmp.push(target);
          const described = await encodeAudio(o.ffmpeg(), kind, made.encodeSource, target, o.signal, (f) => o.onProgress('encode', Math.min(1, (doneJobs + f) / jobs)));
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
          durationSec: made.durationSec,
          loudness: await o.measure(made.encodeSource.path, made.encodeSource.path === made.master.path ? made.master.sha256 : null),
          script,
          audio,
          ...(withMaster && made.edits ? { edits: made.edits } : {}),
        });
      }
      const s = item.segment;
      const production = await o.production(s.id, o.signal);
      for (const [name, file] of production?.files ?? []) files.set(name, { kind: 'file', path: file });
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
        // Issue #14: the script and every language's translation and status travel too; a station can
        // record a translation whose audio is not in the pack yet.
        ...(production ? { production: production.production } : {}),
      });
    }
    for (const p of o.prompts) files.set(p.entry.audio.path, { kind: 'file', path: p.file });
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
      ...(o.prompts.length > 0 ? { prompts: o.prompts.map((p) => p.entry) } : {}),
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
        void rm(part, { force: true })
          .then(async () => (o.signal.aborted ? new UserFacingError('cancelled', 'Cancelled') : toDiskFull(error, path.dirname(o.outPath), expected)))
          .then(reject);
      };
      zip.outputStream.on('error', failed);
      out.on('error', failed);
      out.on('close', () => {
        if (o.signal.aborted || out.errored) return;
        o.signal.removeEventListener('abort', abort);
        // Issue #12: the bytes on disk, synced, must be the bytes yazl produced before the name is given.
        syncedOfSize(part, written)
          .then(() => rename(part, o.outPath))
          .then(() => resolve(written), failed);
      });
      zip.outputStream.pipe(out);
    };
    zip.end({ forceZip64Format: false, comment: '' }, onSize as unknown as () => void);
  });
}

async function syncedOfSize(file: string, expected: number): Promise<void> {
  await syncFile(file);
  await assertSize(file, expected);
}
