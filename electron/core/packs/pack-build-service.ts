import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { PackEncode } from '../../../shared/domain/pack-manifest.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import type { CoreServices } from '../core-types.ts';
import { toDiskFull } from '../files/disk-full.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import type { AudioService } from '../audio/audio-service.ts';
import type { EffectiveAudio } from '../audio/edit/effective-audio.ts';
import { setStationPublisherName, stationPublisherName } from '../schedule/station-store.ts';
import { ensureStationKey } from './keys.ts';
import { measureTravelling, versionAudio } from './pack-version-audio.ts';
import { buildPack, type BuildItem } from './pack-builder.ts';
import { estimateEncodeBytes } from './pack-encode.ts';
import { promptFiles } from './pack-prompts.ts';
import { productionForPack } from './pack-task-audio.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock' | 'store' | 'segments' | 'helpPrompts' | 'production' | 'testimonies' | 'catalogIndex' | 'ffmpeg' | 'transport'> & {
  effective: Pick<EffectiveAudio, 'timeline' | 'render' | 'originalSec'>;
  audio: Pick<AudioService, 'assetPath' | 'analyzePath'>;
};
type BuildSelection = Pick<ParsedInput<'packs.build'>, 'segmentIds' | 'versionIds' | 'encodes' | 'redact' | 'promptIds' | 'includeTaskRecordings'>;

// The station store owns who the station is (issue #11); packs only ask it.
export function publisherName(db: Database): string {
  return stationPublisherName(db);
}

export function setPublisherName(db: Database, name: string): void {
  setStationPublisherName(db, name);
}

/**
 * The (pack segment id, version) a segment is published as: an imported segment keeps its pack's
 * identity; a local one is version 1, bumped whenever it changed since it was last published.
 */
function packIdentity(db: Database, segment: Segment): { packSegmentId: string; version: number; bump: boolean } {
  const mapped = db.prepare('SELECT pack_segment_id, version FROM pack_segment_map WHERE segment_id = ?').get(segment.id) as { pack_segment_id: string; version: number } | undefined;
  if (mapped) return { packSegmentId: mapped.pack_segment_id, version: mapped.version, bump: false };
  const row = db.prepare('SELECT version, updated_at FROM pack_published WHERE segment_id = ?').get(segment.id) as { version: number; updated_at: string } | undefined;
  if (!row) return { packSegmentId: segment.id, version: 1, bump: true };
  return row.updated_at === segment.updatedAt ? { packSegmentId: segment.id, version: row.version, bump: false } : { packSegmentId: segment.id, version: row.version + 1, bump: true };
}

function selection(deps: Deps, input: BuildSelection): BuildItem[] {
  return input.segmentIds.map((id) => {
    const segment = deps.segments.get(id);
    const versionIds = input.versionIds.filter((v) => segment.versions.some((sv) => sv.id === v));
    const { packSegmentId, version } = packIdentity(deps.db, segment);
    return { packSegmentId, version, segment, versionIds };
  });
}

/** Size shown before building: originals are exact, encodes are bitrate × duration. */
export function estimatePack(deps: Deps, input: BuildSelection): MethodOutput<'packs.estimate'> {
  const items = selection(deps, input);
  let sizeBytes = 2048;
  let versions = 0;
  for (const item of items) {
    const chosen = item.versionIds.length === 0 ? item.segment.versions : item.segment.versions.filter((v) => item.versionIds.includes(v.id));
    for (const v of chosen) {
      versions += 1;
      sizeBytes += 200 + Buffer.byteLength(v.script);
      for (const e of input.encodes as PackEncode[]) sizeBytes += e === 'master' ? v.asset.sizeBytes : estimateEncodeBytes(e, v.durationSec);
    }
  }
  // A prompt travels as its stored file (pack-prompts.ts): its size is known; so does a task recording (issue #14).
  const assetSize = deps.db.prepare('SELECT size_bytes FROM assets WHERE id = ?').pluck();
  for (const item of input.includeTaskRecordings ? items : []) {
    for (const r of deps.production.describe(item.segment.id, false)?.recordings ?? []) sizeBytes += 300 + ((assetSize.get(r.assetId) as number | undefined) ?? 0);
  }
  for (const id of input.promptIds) sizeBytes += 300 + ((assetSize.get(deps.helpPrompts.get(id).assetId) as number | undefined) ?? 0);
  return { sizeBytes, segments: items.length, versions };
}

/**
 * Issue #14 §2: a testimony travels only as its redacted segment and only while its consent covers
 * broadcast. A consent withdrawn after "Llevar a la Biblioteca" stops the pack, naming the segment.
 */
function refuseUnconsentedTestimonies(deps: Deps, items: readonly BuildItem[]): void {
  const refused = deps.testimonies.originsOf(items.map((i) => i.segment.id)).find((o) => !o.broadcast);
  if (!refused) return;
  const title = items.find((i) => i.segment.id === refused.segmentId)?.segment.title ?? refused.segmentId;
  throw new UserFacingError('voices.pack_consent', `Segment ${refused.segmentId} comes from testimony ${refused.testimonyId} without broadcast consent`, { segmentId: refused.segmentId, title });
}

function safeFileName(title: string): string {
  const base = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return `${(base || 'paquete').slice(0, 60)}.cabina`;
}

export async function buildPackFor(deps: Deps, input: ParsedInput<'packs.build'>, signal: AbortSignal, report: (stage: 'encode' | 'write' | 'sign', f: number) => void): Promise<MethodOutput<'packs.build'>> {
  if (input.outPath && deps.transport === 'web') throw new UserFacingError('forbidden', 'Output paths are not available in browser mode');
  const items = selection(deps, input);
  refuseUnconsentedTestimonies(deps, items);
  const packId = randomUUID();
  const fileName = input.outPath ? path.basename(input.outPath) : safeFileName(input.title);
  const outDir = input.outPath ? path.dirname(path.resolve(input.outPath)) : path.join(deps.dataDir, 'packs', 'built', packId);
  await mkdir(outDir, { recursive: true });
  const outPath = path.join(outDir, fileName);
  const key = ensureStationKey(deps.dataDir);
  const hasEncodes = input.encodes.some((e) => e !== 'master');
  report('sign', 0);
  const expectedBytes = Math.max(1, estimatePack(deps, input).sizeBytes);
  const languageName = (code: string) => deps.catalogIndex.languages.get(code)?.nameEs ?? null;
  const prompts = await promptFiles({ db: deps.db, store: deps.store, languageName }, input.promptIds.map((id) => deps.helpPrompts.get(id)), signal);
  const built = buildPack({
    items,
    prompts,
    encodes: input.encodes,
    redact: input.redact,
    title: input.title,
    description: input.description,
    packId,
    packVersion: 1,
    publisherName: publisherName(deps.db),
    key,
    outPath,
    now: deps.clock(),
    versionAudio: (v, signal) => versionAudio(deps.effective, (assetId) => deps.audio.assetPath(assetId), v, signal),
    measure: (source, original) => measureTravelling(deps.audio, source, original),
    languageName,
    production: (segmentId, signal) => productionForPack(deps, segmentId, { stripNames: input.redact, recordings: input.includeTaskRecordings }, signal),
    ffmpeg: deps.ffmpeg,
    newTmpPath: (suffix) => deps.store.newTmpPath(suffix),
    signal,
    expectedBytes,
    onProgress: (stage, f) => report(stage, hasEncodes ? (stage === 'encode' ? f * 0.6 : 0.6 + f * 0.4) : stage === 'write' ? f : 0),
  });
  const { manifest } = await built.catch(async (error: unknown) => {
    // A failed build leaves no empty packs/built/<id> folder behind; a full disk is the one disk.full sentence (issue #12).
    if (!input.outPath) await rm(outDir, { recursive: true, force: true });
    throw await toDiskFull(error, outDir, expectedBytes);
  });
  writeTransaction(deps.db, () => {
    const upsert = deps.db.prepare('INSERT INTO pack_published (segment_id, version, updated_at) VALUES (?, ?, ?) ON CONFLICT (segment_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at');
    for (const item of items) if (item.packSegmentId === item.segment.id) upsert.run(item.segment.id, item.version, item.segment.updatedAt);
  });
  return { packId, packVersion: manifest.packVersion, path: outPath, fileName, sizeBytes: (await stat(outPath)).size, segments: items.length };
}
