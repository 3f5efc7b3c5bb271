import type { PackAudio } from '../../../shared/domain/pack-manifest.ts';
import type { Database } from '../db/database.ts';
import { hashFile } from '../files/checked-write.ts';
import type { ContentStore } from '../library/content-store.ts';

interface AssetRow {
  ext: string;
  preview_ext: string | null;
  size_bytes: number;
  codec: string;
  sample_rate: number;
  channels: number;
  bits_per_sample: number | null;
  bit_rate: number | null;
}

/** A stored asset as a pack carries it, with no encode: its manifest description and the file behind `path`. */
export interface TravellingAudio {
  file: string;
  audio: Omit<PackAudio, 'role'>;
}

/**
 * The file this station plays for an asset — the original, or its browser-playable preview when
 * the original is not (an AMR voice note) — so the receiving station plays it without ffmpeg. For
 * short audio that travels as it is: spoken help prompts (issue #15), task recordings (issue #14).
 * Null when the library has no such asset.
 */
export async function travellingAudio(deps: { db: Database; store: Pick<ContentStore, 'originalPath' | 'previewPath'> }, assetId: string, signal: AbortSignal): Promise<TravellingAudio | null> {
  const a = deps.db.prepare('SELECT ext, preview_ext, size_bytes, codec, sample_rate, channels, bits_per_sample, bit_rate FROM assets WHERE id = ?').get(assetId) as AssetRow | undefined;
  if (!a) return null;
  const preview = a.preview_ext;
  const file = preview ? deps.store.previewPath(assetId, preview) : deps.store.originalPath(assetId, a.ext);
  // The preview's bytes are not the asset's: they are hashed here, as the manifest must say what travels.
  const described = preview ? await hashFile(file, signal) : { sha256: assetId, sizeBytes: a.size_bytes };
  const container = preview ?? a.ext;
  return {
    file,
    audio: {
      path: `audio/${described.sha256}.${container}`, sizeBytes: described.sizeBytes, sha256: described.sha256, container,
      codec: preview ? (preview === 'ogg' ? 'opus' : 'mp3') : a.codec, bitRate: preview ? null : a.bit_rate,
      sampleRate: a.sample_rate, channels: preview ? 1 : a.channels, bitsPerSample: preview ? null : a.bits_per_sample,
    },
  };
}
