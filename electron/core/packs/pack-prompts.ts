import type { HelpPrompt } from '../../../shared/api/methods/help.ts';
import type { PackManifest, PackPrompt } from '../../../shared/domain/pack-manifest.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { ContentStore } from '../library/content-store.ts';
import type { HelpPromptStore } from '../library/help-prompts.ts';
import type { Database } from '../db/database.ts';
import { hashFile } from '../files/checked-write.ts';

/** A prompt as a pack carries it: its manifest entry and the store file behind `audio.path`. */
export interface PromptFile {
  entry: PackPrompt;
  file: string;
}

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

/**
 * Issue #15: the prompts a pack carries, each as the file this station plays — the original, or its
 * browser-playable preview when the original is not (an AMR voice note), so the receiving station
 * can play it without ffmpeg. Prompts are seconds long: no encode, the file travels as it is.
 */
export async function promptFiles(deps: { db: Database; store: ContentStore; languageName: (code: string) => string | null }, prompts: readonly HelpPrompt[], signal: AbortSignal): Promise<PromptFile[]> {
  const row = deps.db.prepare('SELECT ext, preview_ext, size_bytes, codec, sample_rate, channels, bits_per_sample, bit_rate FROM assets WHERE id = ?');
  const out: PromptFile[] = [];
  for (const p of prompts) {
    const a = row.get(p.assetId) as AssetRow | undefined;
    if (!a) continue;
    const preview = a.preview_ext;
    const file = preview ? deps.store.previewPath(p.assetId, preview) : deps.store.originalPath(p.assetId, a.ext);
    // The preview's bytes are not the asset's: they are hashed here, as the manifest must say what travels.
    const described = preview ? await hashFile(file, signal) : { sha256: p.assetId, sizeBytes: a.size_bytes };
    const container = preview ?? a.ext;
    out.push({
      file,
      entry: {
        target: p.target,
        languageCode: p.languageCode,
        languageName: deps.languageName(p.languageCode),
        durationSec: p.durationSec,
        audio: {
          path: `audio/${described.sha256}.${container}`, sizeBytes: described.sizeBytes, sha256: described.sha256, role: 'playout', container,
          codec: preview ? (preview === 'ogg' ? 'opus' : 'mp3') : a.codec, bitRate: preview ? null : a.bit_rate,
          sampleRate: a.sample_rate, channels: preview ? 1 : a.channels, bitsPerSample: preview ? null : a.bits_per_sample,
        },
      },
    });
  }
  return out;
}

/** Audio of the pack's prompts the store does not have yet: what the import stages. */
export function promptAudioToStage(manifest: PackManifest, hasAsset: (sha256: string) => boolean): string[] {
  return (manifest.prompts ?? []).filter((p) => !hasAsset(p.audio.sha256)).map((p) => p.audio.path);
}

/**
 * Writes the pack's prompts through the library's prompt store, inside the import's one transaction.
 * Returns how many were written (a prompt recorded at this station is never replaced by a pack's).
 */
export function writePromptRows(prompts: Pick<HelpPromptStore, 'writeInTransaction'>, catalogs: CatalogIndex, manifest: PackManifest, now: string): number {
  let written = 0;
  for (const p of manifest.prompts ?? []) {
    // A language this station's catalog lacks could not be chosen as its prompt language: skipped.
    if (!catalogs.languages.has(p.languageCode)) continue;
    const { audio } = p;
    const id = prompts.writeInTransaction({
      target: p.target,
      languageCode: p.languageCode,
      assetId: audio.sha256,
      asset: {
        id: audio.sha256, originalName: audio.path.slice('audio/'.length), ext: audio.container, sizeBytes: audio.sizeBytes, durationSec: p.durationSec,
        format: { container: audio.container, codec: audio.codec, sampleRate: audio.sampleRate, channels: audio.channels, bitsPerSample: audio.bitsPerSample, bitRate: audio.bitRate },
        previewExt: null, pcmSha256: null, importedAt: now,
      },
      origin: { kind: 'pack', packId: manifest.packId },
    });
    if (id !== null) written += 1;
  }
  return written;
}
