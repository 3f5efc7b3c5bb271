import type { PackVersion } from '../../../shared/domain/pack-manifest.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import type { AudioAnalysis } from '../audio/loudness/analyze-audio.ts';
import type { AudioService } from '../audio/audio-service.ts';
import { changesAudio, type EffectiveAudio } from '../audio/edit/effective-audio.ts';
import type { VersionAudio } from './pack-builder.ts';
import { hashFile } from './pack-encode.ts';

type Version = Segment['versions'][number];

/**
 * Issue #11: a pack carries what the version sounds like now. The master is the untouched original
 * with the edit list beside it (the receiving station airs the edit and can still re-edit); encodes
 * start from the lossless render of the edit. An edit that inserts jingles cannot travel (the jingle
 * files are not in the pack), so then the rendered edit itself is the master.
 */
export async function versionAudio(effective: Pick<EffectiveAudio, 'timeline' | 'render' | 'originalSec'>, originalPath: (assetId: string) => string, v: Version, signal: AbortSignal): Promise<VersionAudio> {
  const original = originalPath(v.asset.id);
  const f = v.asset.format;
  const originalEntry = { path: original, container: original.slice(original.lastIndexOf('.') + 1), codec: f.codec, bitRate: f.bitRate, sampleRate: f.sampleRate, channels: f.channels, bitsPerSample: f.bitsPerSample, sizeBytes: v.asset.sizeBytes, sha256: v.asset.id };
  const { version, edits, timeline } = await effective.timeline(v.id);
  const travelling = edits.ops.length > 0 ? { originalDurationSec: await effective.originalSec(version), ops: edits.ops } : undefined;
  if (!changesAudio(edits)) {
    return { master: originalEntry, encodeSource: { path: original, durationSec: timeline.durationSec, channels: f.channels }, durationSec: timeline.durationSec, edits: travelling };
  }
  const rendered = await effective.render(v.id, 'master', { signal });
  // A render keeps a mono original mono (issue #16) unless jingles join it, which may be stereo.
  const renderedChannels = f.channels === 1 && !edits.ops.some((op) => op.type === 'insert') ? 1 : 2;
  const encodeSource = { path: rendered.path, durationSec: rendered.durationSec, channels: renderedChannels };
  if (!edits.ops.some((op) => op.type === 'insert')) return { master: originalEntry, encodeSource, durationSec: rendered.durationSec, edits: travelling };
  const { sha256, sizeBytes } = await hashFile(rendered.path, signal);
  const master = { path: rendered.path, container: 'wav', codec: 'pcm_s24le', bitRate: null, sampleRate: 48_000, channels: 2, bitsPerSample: 24, sizeBytes, sha256 };
  return { master, encodeSource, durationSec: rendered.durationSec, edits: undefined };
}

/**
 * The manifest's loudness of a version (issue #16): measured on what the encodes start from, so a
 * receiving station (and its reports) knows the level of what airs, not of an original it never hears.
 * The analysis is cached by content hash, so an unedited version costs a lookup.
 */
export async function measureTravelling(audio: Pick<AudioService, 'analyzePath'>, source: string, known: string | null): Promise<PackVersion['loudness']> {
  return packLoudness(await audio.analyzePath(source, known ? { sha256: known } : {}));
}

export function packLoudness(a: Pick<AudioAnalysis, 'integratedLufs' | 'loudnessRangeLu' | 'truePeakDbtp'>): PackVersion['loudness'] {
  if (a.integratedLufs === null || a.truePeakDbtp === null) return null;
  return { integrated: round(a.integratedLufs), lra: round(a.loudnessRangeLu), truePeak: round(a.truePeakDbtp) };
}

const round = (x: number) => Math.round(x * 100) / 100;
