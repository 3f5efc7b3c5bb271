import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { PackAudio } from '../../../shared/domain/pack-manifest.ts';
import type { FfmpegAdapter } from '../audio/ffmpeg/ffmpeg-adapter.ts';

/**
 * Distribution: Opus mono at 16 kbps in voice mode — wideband speech (to 8 kHz, what a phone
 * speaker plays), ~7.8 MB per hour, so an hour travels by WhatsApp (issue #16 goal ≤ 8 MB; the
 * packs bench's listening check compares its level and octave bands with the source). Playout: MP3 128 kbps 44.1 kHz, what automation systems
 * (Rivendell, LibreTime, AzuraCast) all accept.
 */
export const ENCODES = {
  opus: { role: 'distribution', container: 'ogg', codec: 'opus', bitRate: 16_000, sampleRate: 48_000, encoder: 'libopus', args: ['-ac', '1', '-c:a', 'libopus', '-b:a', '16k', '-application', 'voip', '-f', 'ogg'] },
  mp3: { role: 'playout', container: 'mp3', codec: 'mp3', bitRate: 128_000, sampleRate: 44_100, encoder: 'libmp3lame', args: ['-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '128k', '-f', 'mp3'] },
} as const;

export type EncodeKind = keyof typeof ENCODES;

export async function hashFile(file: string, signal?: AbortSignal): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, signal }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    sizeBytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** Encodes one source into `target` and describes it as a manifest audio entry (path set by the caller). */
export async function encodeAudio(
  adapter: FfmpegAdapter,
  kind: EncodeKind,
  source: { path: string; durationSec: number; channels: number },
  target: string,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<Omit<PackAudio, 'path'>> {
  const spec = ENCODES[kind];
  if (!(await adapter.hasEncoder(spec.encoder, signal))) {
    throw new UserFacingError('ffmpeg.failed', `ffmpeg has no ${spec.encoder}`, { tool: spec.encoder, detail: 'encoder missing' });
  }
  await adapter.runFfmpeg(['-v', 'error', '-y', '-i', source.path, '-map', '0:a:0', '-vn', '-map_metadata', '-1', ...spec.args, target], {
    signal,
    durationSec: source.durationSec,
    onProgress,
  });
  const { sha256, sizeBytes } = await hashFile(target, signal);
  if ((await stat(target)).size !== sizeBytes) throw new Error('encode changed while hashing');
  return {
    role: spec.role,
    container: spec.container,
    codec: spec.codec,
    bitRate: spec.bitRate,
    sampleRate: spec.sampleRate,
    channels: kind === 'opus' ? 1 : Math.min(2, Math.max(1, source.channels)),
    bitsPerSample: null,
    sizeBytes,
    sha256,
  };
}

/** Rough bytes per second of each encode, for the size shown before building. */
export function estimateEncodeBytes(kind: EncodeKind, durationSec: number): number {
  return Math.ceil((ENCODES[kind].bitRate / 8) * durationSec * 1.03) + 4096;
}
