import { UserFacingError } from '../../../shared/api/errors.ts';
import type { AudioFormat } from '../../../shared/domain/segment.ts';
import type { FfmpegAdapter } from '../audio/ffmpeg/ffmpeg-adapter.ts';
import { probeAudio } from '../audio/ffmpeg/probe-audio.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { toDiskFull } from '../files/disk-full.ts';
import type { ContentStore } from './content-store.ts';
import { pcmFingerprint } from './pcm-fingerprint.ts';
import type { StoredAsset } from './stored-asset.ts';

export type ImportStage = 'copy' | 'probe' | 'preview';

export interface PrepareImportOptions {
  sourcePath: string;
  originalName: string;
  store: ContentStore;
  adapter: FfmpegAdapter;
  signal: AbortSignal;
  /** Fraction is 0–1 across the whole preparation, not per stage. */
  onProgress?: ((stage: ImportStage, fraction: number) => void) | undefined;
  isKnownAsset: (sha256: string) => boolean | Promise<boolean>;
  /**
   * The asset already holding this decoded audio, if any (pcm-fingerprint.ts); null to skip the
   * extra decode (a recorded take is a new version even when it sounds like another: two silent takes).
   */
  findAssetByPcm: ((pcmSha256: string) => string | null) | null;
  clock: () => Date;
  logger?: Logger | undefined;
}

/** `match`: 'bytes' for the same file, 'pcm' for the same decoded audio in another file (re-muxed, other container). */
export type PrepareImportResult = { kind: 'duplicate'; assetId: string; match: 'bytes' | 'pcm' } | { kind: 'new'; asset: StoredAsset };

// Share of the 0–1 bar per stage: copying and decoding cost about the same; a preview encode a bit more.
const SPAN: Record<ImportStage, [number, number]> = { copy: [0, 0.3], probe: [0.3, 0.6], preview: [0.6, 1] };

/*
 * What Chromium's <audio> plays (Electron and browser mode alike): anything else — AMR voice
 * memos, AIFF, WMA, 3GP, raw ADTS, audio inside video — gets an Opus preview (issue #2: "see each
 * become a segment with … a player"). Keys are containerExt from probe-audio.
 */
const PLAYABLE: Readonly<Record<string, readonly string[]>> = {
  wav: ['pcm_u8', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le'],
  mp3: ['mp3'],
  m4a: ['aac'],
  ogg: ['opus', 'vorbis'],
  opus: ['opus'],
  webm: ['opus', 'vorbis'],
  flac: ['flac'],
};

export function isBrowserPlayable(containerExt: string, format: AudioFormat): boolean {
  return PLAYABLE[containerExt]?.includes(format.codec) ?? false;
}

/**
 * Copies, hashes, validates and (when needed) transcodes one file, then places it in the content
 * store. The database row is written afterwards by the caller: a committed file without a row is
 * a harmless orphan, a row without its file is not. On failure or cancel every tmp file is removed.
 */
export async function prepareImport(options: PrepareImportOptions): Promise<PrepareImportResult> {
  const { store, adapter, signal, originalName } = options;
  const report = (stage: ImportStage, fraction: number) => {
    const [from, to] = SPAN[stage];
    options.onProgress?.(stage, from + (to - from) * Math.min(1, Math.max(0, fraction)));
  };
  const logger = options.logger ?? silentLogger;
  const tmpFiles: string[] = [];
  // What a retry needs at least: the original once more (a preview is a fraction of it).
  let sizeHint = 0;
  try {
    report('copy', 0);
    const ingested = await store.ingest(options.sourcePath, { signal, name: originalName, onProgress: (f) => report('copy', f) });
    tmpFiles.push(ingested.tmpPath);
    sizeHint = ingested.sizeBytes;
    if (await options.isKnownAsset(ingested.sha256)) {
      // Issue #12: the library's copy may have been cut short by a full disk; this verified one heals it.
      const repaired = await store.repairOriginals(ingested.tmpPath, ingested.sha256);
      logger.info('import: duplicate', { name: originalName, sha256: ingested.sha256, repaired });
      return { kind: 'duplicate', assetId: ingested.sha256, match: 'bytes' };
    }

    report('probe', 0);
    const fingerprinting = options.findAssetByPcm !== null;
    // With a fingerprint the probe stage is two decodes: validation, then the PCM hash.
    const probeShare = fingerprinting ? 0.5 : 1;
    const probed = await probeAudio(ingested.tmpPath, adapter, signal, (f) => report('probe', f * probeShare), originalName);
    let pcmSha256: string | null = null;
    if (options.findAssetByPcm) {
      pcmSha256 = await pcmFingerprint(adapter, ingested.tmpPath, {
        signal,
        durationSec: probed.durationSec,
        onProgress: (f) => report('probe', probeShare + f * (1 - probeShare)),
      });
      const known = pcmSha256 === null ? null : options.findAssetByPcm(pcmSha256);
      if (known !== null) {
        logger.info('import: duplicate audio', { name: originalName, sha256: ingested.sha256, of: known });
        return { kind: 'duplicate', assetId: known, match: 'pcm' };
      }
    }
    report('probe', 1);

    let previewExt: string | null = null;
    let previewTmp: string | null = null;
    if (!isBrowserPlayable(probed.containerExt, probed.format)) {
      report('preview', 0);
      previewTmp = await store.newTmpPath();
      tmpFiles.push(previewTmp);
      previewExt = await renderPreview(adapter, ingested.tmpPath, previewTmp, probed.durationSec, signal, (f) => report('preview', f));
      report('preview', 1);
    }

    // Last point to honour a cancel: what follows is two quick renames, which are not interrupted.
    if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    // Preview first: if committing the original then fails, only a harmless orphan preview remains.
    if (previewTmp && previewExt) await store.commit(previewTmp, ingested.sha256, previewExt, 'preview');
    await store.commit(ingested.tmpPath, ingested.sha256, probed.containerExt, 'original');

    logger.info('import: prepared', { name: originalName, sha256: ingested.sha256, ext: probed.containerExt, previewExt });
    return {
      kind: 'new',
      asset: {
        id: ingested.sha256,
        originalName,
        ext: probed.containerExt,
        sizeBytes: ingested.sizeBytes,
        durationSec: probed.durationSec,
        format: probed.format,
        previewExt,
        pcmSha256,
        importedAt: options.clock().toISOString(),
      },
    };
  } catch (caught) {
    // ffmpeg writing the preview says "No space left on device" only on stderr (issue #12).
    const error = await toDiskFull(caught, store.tmpDir, sizeHint);
    // The reason (which truncation check fired, ffmpeg's last line) goes to the log, not the sentence.
    if (error instanceof UserFacingError) logger.info('import: rejected', { name: originalName, code: error.code, message: error.message });
    throw error;
  } finally {
    // Committed files were renamed away, so this only removes leftovers of a failed or duplicate import.
    await Promise.all(tmpFiles.map((path) => store.discard(path)));
  }
}

/**
 * Listening preview: mono Opus in Ogg at 32 kbps is clear for speech and tiny; MP3 is the fallback
 * for an ffmpeg build without libopus. Returns the preview's extension.
 */
async function renderPreview(
  adapter: FfmpegAdapter,
  source: string,
  target: string,
  durationSec: number,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<string> {
  const opus = await adapter.hasEncoder('libopus', signal);
  const codecArgs = opus
    ? // No -ar: libopus takes 8/12/16/24/48 kHz as they come (AMR is 8 kHz), and forcing 48 kHz
      // made the resampler cost 3× the encode (measured: 103 ms vs 31 ms for 4 s of AMR).
      ['-c:a', 'libopus', '-b:a', '32k', '-f', 'ogg']
    : ['-c:a', 'libmp3lame', '-b:a', '64k', '-f', 'mp3'];
  await adapter.runFfmpeg(['-v', 'error', '-y', '-i', source, '-map', '0:a:0', '-vn', '-sn', '-map_metadata', '-1', '-ac', '1', ...codecArgs, target], {
    signal,
    durationSec,
    onProgress,
  });
  return opus ? 'ogg' : 'mp3';
}
