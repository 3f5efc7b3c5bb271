import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import type { ContentStore } from './content-store.ts';

/** An asset row a deletion removed: its files go next, after the commit. */
export interface FreedAsset {
  id: string;
  ext: string;
  previewExt: string | null;
}

/**
 * Removes an asset's row (and its cached analysis) when nothing names those bytes any more: a
 * segment's version, a spoken-help prompt, a take, a testimony, a language task's oral translation or
 * back-translation. Issues #14 and #15 ask that a deleted prompt, testimony or task recording leaves
 * no orphan in the store. Runs inside the caller's transaction;
 * returns what to remove from disk after the commit (a row without its file is a broken library,
 * a file without its row is only swept later).
 */
export function freeAssetIfUnnamed(db: Database, assetId: string): FreedAsset | null {
  const named = db
    .prepare(`SELECT EXISTS (SELECT 1 FROM versions WHERE asset_id = @a) OR EXISTS (SELECT 1 FROM help_prompts WHERE asset_id = @a)
      OR EXISTS (SELECT 1 FROM recording_sessions WHERE asset_id = @a) OR EXISTS (SELECT 1 FROM testimonies WHERE asset_id = @a)
      OR EXISTS (SELECT 1 FROM task_recordings WHERE asset_id = @a)`)
    .pluck()
    .get({ a: assetId }) as number;
  if (named) return null;
  const freed = db.prepare('SELECT id, ext, preview_ext AS previewExt FROM assets WHERE id = ?').get(assetId) as FreedAsset | undefined;
  db.prepare('DELETE FROM audio_analysis WHERE asset_id = ?').run(assetId);
  db.prepare('DELETE FROM assets WHERE id = ?').run(assetId);
  return freed ?? null;
}

/** The original, its preview and its peaks file (the store layout of content-store.ts and audio-store.ts). */
export async function removeAssetFiles(s: { dataDir: string; store: Pick<ContentStore, 'originalPath' | 'previewPath'> }, asset: FreedAsset): Promise<void> {
  const files = [s.store.originalPath(asset.id, asset.ext), path.join(s.dataDir, 'store', 'peaks', `${asset.id}.peaks`)];
  if (asset.previewExt) files.push(s.store.previewPath(asset.id, asset.previewExt));
  await Promise.all(files.map((file) => rm(file, { force: true })));
}
