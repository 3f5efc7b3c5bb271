import { PACK_RECORDING_FIELD, taskRecordings, type PackManifest, type PackProduction } from '../../../shared/domain/pack-manifest.ts';
import type { CoreServices } from '../core-types.ts';
import type { Database } from '../db/database.ts';
import type { ContentStore } from '../library/content-store.ts';
import { travellingAudio } from './pack-asset-file.ts';

type Exchange = Pick<CoreServices['production'], 'describe'>;

/** A segment's production as a pack carries it, and the store files behind its recordings' paths. */
export interface ProductionForPack {
  production: PackProduction;
  /** pack path → file in the store. */
  files: Map<string, string>;
}

/**
 * Issue #14: a segment's script, tasks and their recordings (oral translations, spoken
 * back-translations), each recording as the file this station plays. Null when the segment has no
 * production. A recording whose asset is gone (never, short of a hand-edited database) is left out;
 * so are all of them when the pack is built without task recordings (`recordings: false`): the
 * tasks then travel as a pack made before recordings did, which every station imports.
 */
export async function productionForPack(
  deps: { db: Database; store: Pick<ContentStore, 'originalPath' | 'previewPath'>; production: Exchange },
  segmentId: string,
  options: { stripNames: boolean; recordings: boolean },
  signal: AbortSignal,
): Promise<ProductionForPack | null> {
  const described = deps.production.describe(segmentId, options.stripNames);
  if (!described) return null;
  const files = new Map<string, string>();
  const tasks = described.production.tasks.map((t) => ({ ...t }));
  for (const ref of options.recordings ? described.recordings : []) {
    const task = tasks.find((t) => t.languageCode === ref.languageCode);
    const travelling = task ? await travellingAudio(deps, ref.assetId, signal) : null;
    if (!task || !travelling) continue;
    task[PACK_RECORDING_FIELD[ref.role]] = { ...travelling.audio, durationSec: ref.durationSec };
    files.set(travelling.audio.path, travelling.file);
  }
  return { production: { ...described.production, tasks }, files };
}

/** Task recordings of the segments an import keeps that the store does not have yet: what it stages. */
export function taskAudioToStage(segments: readonly PackManifest['segments'][number][], hasAsset: (sha256: string) => boolean): string[] {
  return segments.flatMap((s) => taskRecordings(s.production)).filter((r) => !hasAsset(r.sha256)).map((r) => r.path);
}
