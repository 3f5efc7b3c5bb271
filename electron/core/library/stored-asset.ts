import type { AudioFormat } from '../../../shared/domain/segment.ts';

/** An original file that the import pipeline has validated, probed and placed in the content store. */
export interface StoredAsset {
  /** sha256 of the original bytes: the content address. */
  id: string;
  originalName: string;
  /** Lower-case extension without the dot, taken from the detected container (not trusted from the name). */
  ext: string;
  sizeBytes: number;
  durationSec: number;
  format: AudioFormat;
  /** Extension of a browser-playable preview rendition when the original is not playable (AMR…), else null. */
  previewExt: string | null;
  /** sha256 of the decoded audio (pcm-fingerprint.ts), null when not computed (recorded takes). */
  pcmSha256: string | null;
  importedAt: string;
}
