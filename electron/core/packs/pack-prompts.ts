import type { HelpPrompt } from '../../../shared/api/methods/help.ts';
import type { PackManifest, PackPrompt } from '../../../shared/domain/pack-manifest.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { ContentStore } from '../library/content-store.ts';
import type { HelpPromptStore } from '../library/help-prompts.ts';
import type { Database } from '../db/database.ts';
import { travellingAudio } from './pack-asset-file.ts';

/** A prompt as a pack carries it: its manifest entry and the store file behind `audio.path`. */
export interface PromptFile {
  entry: PackPrompt;
  file: string;
}

/**
 * Issue #15: the prompts a pack carries, each as the file this station plays (pack-asset-file.ts).
 * Prompts are seconds long: no encode, the file travels as it is.
 */
export async function promptFiles(deps: { db: Database; store: ContentStore; languageName: (code: string) => string | null }, prompts: readonly HelpPrompt[], signal: AbortSignal): Promise<PromptFile[]> {
  const out: PromptFile[] = [];
  for (const p of prompts) {
    const travelling = await travellingAudio(deps, p.assetId, signal);
    if (!travelling) continue;
    out.push({
      file: travelling.file,
      entry: { target: p.target, languageCode: p.languageCode, languageName: deps.languageName(p.languageCode), durationSec: p.durationSec, audio: { ...travelling.audio, role: 'playout' } },
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
