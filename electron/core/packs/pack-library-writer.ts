import { randomUUID } from 'node:crypto';
import type { PackManifest } from '../../../shared/domain/pack-manifest.ts';
import { resolve } from '../audio/edit/edit-list.ts';
import { saveEditState } from '../audio/edit/version-source.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import type { Database } from '../db/database.ts';
import { archiveSegment, insertAsset, insertRegions, insertSegment, insertTopics, insertVersion, reindexSegment } from '../library/library-rows.ts';
import { chooseAudio, type PlanItem } from './pack-plan.ts';

export interface WriteImportInput {
  manifest: PackManifest;
  items: readonly PlanItem[];
  /** pack path → script text. */
  scripts: ReadonlyMap<string, string>;
  /** Assets whose files are already committed to the store (sha256 → extension). */
  now: string;
}

/**
 * Writes an import's rows — through the library's writers: assets, segments (origin 'pack'),
 * versions, regions, topics, FTS rows; then this domain's own pack mapping and each version's edit
 * list — and archives superseded segments. Must run inside the caller's one write transaction; the
 * audio files are already in the store, so a rollback leaves only orphan files.
 */
export function writeImportRows(db: Database, catalogs: CatalogIndex, input: WriteImportInput): string[] {
  const { manifest, now } = input;
  const insertMap = db.prepare(
    `INSERT INTO pack_segment_map (pack_segment_id, version, segment_id, pack_id, pack_version, publisher_fingerprint, publisher_name, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const created: string[] = [];
  for (const item of input.items) {
    const s = item.segment;
    const segmentId = randomUUID();
    insertSegment(db, {
      id: segmentId, title: s.title, description: s.description, status: 'ready', validFrom: s.validFrom, validUntil: s.validUntil, license: s.license,
      producer: s.credits.producer, consentNotes: s.consentNotes ?? '', origin: { packId: manifest.packId, packVersion: String(manifest.packVersion) }, now,
    });
    s.versions.forEach((v, position) => {
      const audio = chooseAudio(v.audio);
      // Issue #11: the edit list applies to the master (the original) only; any other file is the edit already rendered.
      const edits = audio.role === 'master' ? v.edits : undefined;
      insertAsset(db, {
        id: audio.sha256, originalName: audio.path.slice('audio/'.length), ext: audio.container, sizeBytes: audio.sizeBytes, durationSec: edits ? edits.originalDurationSec : v.durationSec,
        format: { container: audio.container, codec: audio.codec, sampleRate: audio.sampleRate, channels: audio.channels, bitsPerSample: audio.bitsPerSample, bitRate: audio.bitRate },
        // No decoded-audio hash for pack files: they are matched by their bytes (issue #11 duplicates).
        previewExt: null, importedAt: now, pcmSha256: null,
      });
      const versionId = randomUUID();
      const languageCode = v.languageCode && catalogs.languages.has(v.languageCode) ? v.languageCode : null;
      insertVersion(db, { id: versionId, segmentId, position, languageCode, script: v.script ? (input.scripts.get(v.script.path) ?? '') : '', assetId: audio.sha256, now });
      insertRegions(db, versionId, v.regions.filter((r) => catalogs.states.has(r.stateCode)));
      if (edits) saveEditState(db, versionId, { ops: edits.ops, undone: [] }, resolve(edits.ops, edits.originalDurationSec).durationSec, new Date(now));
    });
    // Topics outside this station's catalog would be invisible chips; the text still reaches search.
    insertTopics(db, segmentId, s.topics.filter((topic) => catalogs.topics.has(topic)));
    insertMap.run(s.id, s.version, segmentId, manifest.packId, manifest.packVersion, manifest.publisher.fingerprint, manifest.publisher.name, now);
    reindexSegment(db, catalogs, segmentId, null);
    for (const old of item.supersedes) archiveSegment(db, catalogs, old, now);
    created.push(segmentId);
  }
  return created;
}
